package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second labelled corpus (src/test/resources/scoring/corpus-voices.csv): 752 replies typed at real moments of
 * the shipped scenarios (scenario, node and whether the caller was verified on every row), in nine voices (the
 * nervous new hire, the blunt veteran, the texter, the non-native speaker, the sarcastic, the over-promiser, the
 * bilingual rep, the warm expert, the robotic script), labelled per criterion by trainers who never saw the
 * scorer's output. Its holdout is drawn by a fixed hash of the row id (CRC-32 mod 3 = 0) and is never tuned on.
 * The report goes to target/scoring-quality-voices.txt. The floors below guard today's holdout quality against
 * regressions (2026-12-07: HIPAA violation recall 0.54 with 1.4% false alarms, empathy credit F1 0.78); they are
 * far below the aims (credit 0.85, violations 0.90, HIPAA recall 0.98), which are open work.
 */
class VoicesCorpusTest {

    static final Path FILE = Path.of("src/test/resources/scoring/corpus-voices.csv");
    static List<Evaluation.Row> rows;
    static Evaluation.Report holdout;

    @BeforeAll
    static void scoreTheCorpus() throws IOException {
        rows = Evaluation.read(FILE);
        var out = new StringBuilder();
        for (String split : List.of("holdout", "tune")) {
            var report = Evaluation.evaluate(rows.stream().filter(r -> r.split().equals(split)).toList(),
                    ScorerTest.SCORER, id -> ScorerTest.CATALOG.find(id).map(e -> e.scenario()).orElse(null));
            if (split.equals("holdout")) {
                holdout = report;
            }
            out.append(report.table(split.equals("holdout") ? "HOLDOUT (never tuned on)" : "TUNE")).append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/scoring-quality-voices.txt"), out);
        System.out.println(out);
    }

    @Test
    void every_row_answers_a_real_typed_moment_of_a_shipped_scenario() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(600);
        assertThat(rows).allSatisfy(r -> {
            var scenario = ScorerTest.CATALOG.find(r.scenario()).orElseThrow().scenario();
            assertThat(r.node()).as("node of %s", r.id()).isNotNull();
            assertThat(scenario.nodes().get(r.node())).as("%s at %s", r.id(), r.node()).isNotNull()
                    .satisfies(n -> assertThat(n.freeText()).isNotNull());
        });
    }

    @Test
    void the_holdout_is_drawn_by_a_fixed_hash_of_the_id() {
        assertThat(rows).allSatisfy(r -> {
            var crc = new CRC32();
            crc.update(r.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(r.split()).as(r.id()).isEqualTo(crc.getValue() % 3 == 0 ? "holdout" : "tune");
        });
    }

    @Test
    void with_the_first_corpus_there_are_more_than_a_thousand_labelled_replies() throws IOException {
        assertThat(rows.size() + Evaluation.read(Path.of("src/test/resources/scoring/corpus.csv")).size())
                .isGreaterThanOrEqualTo(1000);
    }

    @Test
    void hipaa_violations_on_the_holdout_stay_above_their_floor_with_few_false_alarms() {
        var hipaa = holdout.violation().get(com.rapport.scenario.Criterion.HIPAA);
        // raised 2026-12-07 with 150 new rows (45 of them held out), where recall is 0.54
        assertThat(hipaa.recall()).as("HIPAA violation recall").isGreaterThanOrEqualTo(0.50);
        assertThat(hipaa.falseAlarmRate()).as("HIPAA false alarms").isLessThanOrEqualTo(0.03);
    }

    @Test
    void credit_on_the_holdout_stays_above_its_floor() {
        // raised 2026-12-06 with the learned credit detectors (empathy 0.69 -> 0.75, ownership 0.57 -> 0.67,
        // professionalism 0.41 -> 0.64, cultural sensitivity 0.50 -> 0.77 on this holdout)
        assertThat(holdout.credit().get(com.rapport.scenario.Criterion.EMPATHY).f1()).as("empathy credit F1")
                .isGreaterThanOrEqualTo(0.72);
        assertThat(holdout.credit().get(com.rapport.scenario.Criterion.OWNERSHIP).f1()).as("ownership credit F1")
                .isGreaterThanOrEqualTo(0.62);
        assertThat(holdout.credit().get(com.rapport.scenario.Criterion.PROFESSIONALISM).f1())
                .as("professionalism credit F1").isGreaterThanOrEqualTo(0.60);
        assertThat(holdout.credit().get(com.rapport.scenario.Criterion.ACTIVE_LISTENING).f1())
                .as("active-listening credit F1").isGreaterThanOrEqualTo(0.50);
        for (var c : com.rapport.scenario.Criterion.values()) {
            assertThat(holdout.violation().get(c).precision()).as("%s violation precision", c.id())
                    .isGreaterThanOrEqualTo(0.60);
        }
    }
}
