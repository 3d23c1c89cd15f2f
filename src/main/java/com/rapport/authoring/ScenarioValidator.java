package com.rapport.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Expectation;
import com.rapport.scenario.Problem;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioParser;
import com.rapport.scoring.ReplyContext;
import com.rapport.scoring.ReplyScore;
import com.rapport.scoring.Scorer;

/**
 * The trainers' linter: everything the parser checks, plus the scenario's {@code examples} scored with the real
 * rubric and compared with what their author wrote. Problems come sorted by line. Thread-safe.
 */
public final class ScenarioValidator {

    private final ScenarioParser parser;
    private final @Nullable Scorer scorer;
    private final boolean parallel;

    /** @param scorer the scorer examples are checked with; without one, examples are not checked */
    public ScenarioValidator(@Nullable Scorer scorer) {
        this(scorer, com.rapport.RapportProperties.DEFAULT_MAX_SCENARIO_BYTES);
    }

    /** @param maxBytes the size limit ({@code rapport.max-scenario-bytes}) */
    public ScenarioValidator(@Nullable Scorer scorer, int maxBytes) {
        this(scorer, maxBytes, false);
    }

    /**
     * @param parallel whether a scenario's examples are scored on every core at once (the {@code validate} command,
     *        which has the machine to itself); the server scores them one after another beside its other work
     */
    ScenarioValidator(@Nullable Scorer scorer, int maxBytes, boolean parallel) {
        this.scorer = scorer;
        this.parser = new ScenarioParser(maxBytes);
        this.parallel = parallel;
    }

    /** The parse result and every problem, the example checks included. */
    public record Report(ScenarioParser.Result result, List<Problem> problems) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        }

        public @Nullable Scenario scenario() {
            return hasErrors() ? null : result.scenario();
        }
    }

    public Report validate(String file, byte[] content) {
        return check(parser.parse(file, content));
    }

    /** The parser's reading of a file alone: no example is scored. */
    ScenarioParser.Result parse(String file, byte[] content) {
        return parser.parse(file, content);
    }

    /** The report on a file already parsed: its problems plus, with a scorer, the example checks'. */
    Report check(ScenarioParser.Result result) {
        var problems = new ArrayList<>(result.problems());
        Scenario scenario = result.scenario();
        if (scenario != null && scorer != null) {
            problems.addAll(checkExamples(scenario, result.locator()));
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new Report(result, List.copyOf(problems));
    }

    /** The example checks alone, for a scenario that already parsed. */
    public List<Problem> checkExamples(Scenario scenario, ScenarioParser.Locator locator) {
        if (scorer == null) {
            return List.of();
        }
        var problems = new ArrayList<Problem>();
        var examples = scenario.exampleList();
        Scorer scoring = scorer;
        var indexes = java.util.stream.IntStream.range(0, examples.size());
        List<ReplyScore> scores = (parallel ? indexes.parallel() : indexes).mapToObj(examples::get)
                .map(example -> scoring.score(example.reply(), new ReplyContext(scenario, example.node(),
                        example.flags() == null ? Map.of() : example.flags())))
                .toList();
        for (int i = 0; i < examples.size(); i++) {
            Scenario.Example example = examples.get(i);
            String at = "/examples/" + i;
            ReplyScore score = scores.get(i);
            if (example.expect() != null) {
                example.expect().forEach((criterionId, expected) -> {
                    var expectation = Expectation.parse(expected);
                    int actual = score.level(Criterion.fromId(criterionId));
                    if (expectation != null && !expectation.accepts(actual)) {
                        problems.add(locator.at(at + "/expect/" + criterionId, Problem.Severity.ERROR,
                                "example scored " + criterionId + " at level " + actual + ", expected " + expectation
                                        + explain(score, Criterion.fromId(criterionId))));
                    }
                });
            }
            if (example.violations() != null) {
                var expected = new TreeSet<>(example.violations());
                var actual = new TreeSet<String>();
                score.violations().forEach(v -> actual.add(v.criterion().id()));
                if (!expected.equals(actual)) {
                    problems.add(locator.at(at + "/violations", Problem.Severity.ERROR,
                            "example has violations on " + (actual.isEmpty() ? "nothing" : String.join(", ", actual))
                                    + ", expected " + (expected.isEmpty() ? "none" : String.join(", ", expected))
                                    + violationsFound(score)));
                }
            }
            if (example.intent() != null) {
                String actual = score.intent() == null ? "none" : score.intent();
                if (!actual.equals(example.intent())) {
                    problems.add(locator.at(at + "/intent", Problem.Severity.ERROR, String.format(
                            java.util.Locale.ROOT, "example was taken to mean '%s' (confidence %.2f), expected '%s'",
                            actual, score.confidence(), example.intent())));
                }
            }
        }
        return problems;
    }

    private static String explain(ReplyScore score, Criterion criterion) {
        var evidence = score.criteria().get(criterion).evidence().stream()
                .map(e -> "\"" + e.text() + "\" (" + e.signal() + ")").toList();
        var violations = score.violations().stream().filter(v -> v.criterion() == criterion)
                .map(v -> "\"" + v.text() + "\" (" + v.signal() + ")").toList();
        if (evidence.isEmpty() && violations.isEmpty()) {
            return "; nothing in the reply touched it";
        }
        return (evidence.isEmpty() ? "" : "; credit for " + String.join(", ", evidence))
                + (violations.isEmpty() ? "" : "; violations " + String.join(", ", violations));
    }

    private static String violationsFound(ReplyScore score) {
        return score.violations().isEmpty() ? "" : " (found: " + String.join(", ", score.violations().stream()
                .map(v -> v.criterion().id() + " \"" + v.text() + "\"").toList()) + ")";
    }
}
