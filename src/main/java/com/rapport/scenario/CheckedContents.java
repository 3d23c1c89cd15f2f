package com.rapport.scenario;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the checks other features add to a scenario (its examples, scored with the sentence model) found in one
 * content, kept per checker fingerprint (table {@code scenario_check}). The same bytes checked by the same checks
 * find the same problems, so the import at start reuses them instead of checking again: a file changed since, or
 * any change to the checks' code, model or rubric (a new fingerprint), is checked as before. Callers hold the
 * library's import lock, so two nodes starting together do not both check and both store one content.
 */
@Component
class CheckedContents {

    /** A problem as kept: the file it is in is the one being imported now, whatever it was called then. */
    record Kept(int line, int column, Problem.Severity severity, String message) {
    }

    private static final int MAX_STORED = 100_000;
    private static final TypeReference<List<Kept>> KEPT = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    CheckedContents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What running the checks returned, and whether they were run (false: reused from an earlier check). */
    record Outcome(List<Problem> problems, boolean ran) {
    }

    /**
     * The checks' problems for this content: those kept from an earlier check by the same checker, or those
     * {@code check} finds now (then kept). Without a checker fingerprint the checks always run and nothing is kept.
     */
    Outcome problems(String fileName, byte[] content, @Nullable String checker, Supplier<List<Problem>> check) {
        if (checker == null) {
            return new Outcome(check.get(), true);
        }
        String hash = StrictYaml.sha256(content);
        var kept = find(hash, checker, fileName);
        if (kept.isPresent()) {
            return new Outcome(kept.get(), false);
        }
        var problems = check.get();
        keep(hash, checker, problems);
        return new Outcome(problems, true);
    }

    private Optional<List<Problem>> find(String hash, String checker, String fileName) {
        return jdbc.sql("select problems from scenario_check where content_hash = ? and checker = ?")
                .param(hash).param(checker).query(String.class).optional()
                .map(text -> json.readValue(text, KEPT).stream()
                        .map(k -> new Problem(fileName, k.line(), k.column(), k.severity(), k.message())).toList());
    }

    private void keep(String hash, String checker, List<Problem> problems) {
        var kept = new ArrayList<Kept>();
        problems.forEach(p -> kept.add(new Kept(p.line(), p.column(), p.severity(), p.message())));
        String text = json.writeValueAsString(kept);
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_STORED) {
            return; // too many problems to keep: this content is simply checked again next time
        }
        // one row per content: what an older checker found is of no use any more
        jdbc.sql("delete from scenario_check where content_hash = ?").param(hash).update();
        jdbc.sql("insert into scenario_check (content_hash, checker, problems) values (?, ?, ?)")
                .param(hash).param(checker).param(text).update();
    }
}
