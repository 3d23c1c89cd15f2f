package com.rapport.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.Plays;
import com.rapport.TestUsers;
import com.rapport.practice.PlayService;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.team.TeamService;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exports open in a spreadsheet (RFC 4180 CSV) and in a learning record store (xAPI statements as JSON). */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTest {

    private static final String ED = "ed-wait-family";

    @Autowired
    PlayService play;
    @Autowired
    ReviewService review;
    @Autowired
    TeamService teams;
    @Autowired
    ScenarioLibrary library;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long attempt;

    @BeforeAll
    void a_team_with_one_finished_attempt_that_has_a_typed_reply() {
        TestUsers.as("export-lead", "MANAGER", () -> teams.createTeam("Exports", "export-lead",
                List.of("export-trainee")));
        attempt = TestUsers.as("export-trainee", "TRAINEE", () -> {
            long id = play.start(ED);
            play.answerTyped(id, "I'm so sorry, six hours is far too long to wait with your mother in pain. "
                    + "My cell is 617-555-2368.");
            while (!play.play(id).finished()) {
                var state = play.play(id);
                play.answer(id, state.options().getFirst().id());
            }
            return id;
        });
    }

    private String export(java.util.function.BiConsumer<ExportFilter, java.io.Writer> exporter, ExportFilter f) {
        var out = new StringWriter();
        TestUsers.as("export-lead", "MANAGER", () -> {
            exporter.accept(f, out);
            return null;
        });
        return out.toString();
    }

    @Test
    void the_attempts_csv_has_a_header_and_a_row_per_attempt_a_spreadsheet_reads() throws Exception {
        String csv = export(review::exportAttempts, ExportFilter.ALL);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.getFirst();
        assertThat(row.get("attempt_id")).isEqualTo(String.valueOf(attempt));
        assertThat(row.get("trainee")).isEqualTo("export-trainee");
        assertThat(row.get("scenario_id")).isEqualTo(ED);
        assertThat(row.get("score")).matches("\\d+");
        assertThat(row.get("passed")).isIn("true", "false");
        assertThat(Integer.parseInt(row.get("replies"))).isGreaterThan(3);
    }

    @Test
    void a_hostile_title_and_username_reach_the_csv_as_text_never_as_a_formula() throws Exception {
        String hostile = "@SUM(1+1)*cmd";
        TestUsers.as("hostile-lead", "MANAGER", () -> teams.createTeam("Hostile", "hostile-lead", List.of(hostile)));
        long id = TestUsers.as(hostile, "TRAINEE", () -> {
            long started = play.start(ED);
            while (!play.play(started).finished()) {
                play.answer(started, play.play(started).options().getFirst().id());
            }
            return started;
        });
        jdbc.update("update attempt set scenario_title = ? where id = ?", "=HYPERLINK(\"http://x\",\"Open\")", id);
        var attempts = new StringWriter();
        var criteria = new StringWriter();
        TestUsers.as("hostile-lead", "MANAGER", () -> {
            review.exportAttempts(ExportFilter.ALL, attempts);
            review.exportCriteria(ExportFilter.ALL, criteria);
            return null;
        });

        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        CSVRecord row = format.parse(new StringReader(attempts.toString())).getRecords().getFirst();
        assertThat(row.get("scenario_title")).isEqualTo("'=HYPERLINK(\"http://x\",\"Open\")");
        assertThat(row.get("trainee")).isEqualTo("'" + hostile);
        assertThat(format.parse(new StringReader(criteria.toString())).getRecords())
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("trainee")).isEqualTo("'" + hostile));
    }

    @Test
    void the_criteria_csv_has_one_row_per_criterion_and_respects_the_filter() throws Exception {
        String csv = export(review::exportCriteria, ExportFilter.ALL);
        var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("attempt_id")).isEqualTo(String.valueOf(attempt));
            assertThat(Integer.parseInt(r.get("percent"))).isBetween(0, 100);
        });
        assertThat(rows).extracting(r -> r.get("criterion")).contains("empathy");

        String none = export(review::exportCriteria, new ExportFilter(null, "billing-uncovered-services", null,
                null, null));
        assertThat(none.strip().lines()).hasSize(1);
    }

    @Test
    void xapi_statements_are_valid_json_one_per_reply_and_one_for_the_completed_attempt() {
        String text = export(review::exportXapi, ExportFilter.ALL);

        JsonNode statements = JsonMapper.builder().build().readTree(text);
        assertThat(statements.isArray()).isTrue();
        assertThat(text).as("the phone number typed was never kept").doesNotContain("617-555-2368")
                .contains("My cell is [PHONE].");
        var ids = new HashSet<String>();
        int responded = 0;
        int completed = 0;
        boolean typedSeen = false;
        for (JsonNode s : statements) {
            assertThat(ids.add(s.get("id").asString())).as("unique statement id").isTrue();
            assertThat(s.get("actor").get("account").get("name").asString()).isEqualTo("export-trainee");
            assertThat(s.get("timestamp").asString()).isNotBlank();
            String verb = s.get("verb").get("id").asString();
            if (verb.endsWith("/responded")) {
                responded++;
                assertThat(s.get("result").get("response").asString()).isNotBlank();
                assertThat(s.get("result").get("extensions").get(Exports.HOME + "xapi/criteria").isObject()).isTrue();
                if (s.get("result").get("response").asString().startsWith("I'm so sorry, six hours")) {
                    typedSeen = true;
                    assertThat(s.get("object").get("definition").get("interactionType").asString())
                            .isEqualTo("long-fill-in");
                }
            } else {
                completed++;
                assertThat(verb).endsWith("/completed");
                assertThat(s.get("result").get("completion").asBoolean()).isTrue();
                assertThat(s.get("result").get("score").get("scaled").asDouble()).isBetween(0.0, 1.0);
            }
        }
        assertThat(completed).isEqualTo(1);
        assertThat(responded).isGreaterThan(3);
        assertThat(typedSeen).as("the typed reply is exported with its text").isTrue();
    }
}
