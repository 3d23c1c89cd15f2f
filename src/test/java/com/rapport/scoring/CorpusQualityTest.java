package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.rapport.scenario.Criterion;

/**
 * Scores the labelled corpus (src/test/resources/scoring/corpus.csv: replies labelled per criterion by what a
 * trainer would say, "+" credit, "-" violation, "0" neither) and measures precision and recall per criterion. The
 * floors apply to the holdout split, which signals are never tuned on; the tune split is reported alongside. The
 * full report is written to target/scoring-quality.txt.
 * <p>
 * The floors guard against regressions at today's measured holdout quality (2026-11-26: empathy credit F1 0.63,
 * HIPAA violation recall 0.41 with 2.4% false alarms). They are far below the aims (empathy F1 0.85, HIPAA recall
 * 0.95): rule signals tuned on one split generalise poorly to the other, and that gap is open work.
 */
class CorpusQualityTest {

    static List<Evaluation.Row> rows;
    static Evaluation.Report tune;
    static Evaluation.Report holdout;

    @BeforeAll
    static void scoreTheCorpus() throws IOException {
        rows = Evaluation.read(Path.of("src/test/resources/scoring/corpus.csv"));
        tune = evaluate("tune");
        holdout = evaluate("holdout");
        var out = new StringBuilder();
        out.append(holdout.table("HOLDOUT (never tuned on)")).append('\n').append(tune.table("TUNE"));
        out.append("\nMisses on the tune split:\n");
        tune.misses().forEach(m -> out.append(m).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/scoring-quality.txt"), out);
        System.out.println(holdout.table("HOLDOUT (never tuned on)"));
        System.out.println(tune.table("TUNE"));
    }

    private static Evaluation.Report evaluate(String split) {
        return Evaluation.evaluate(rows.stream().filter(r -> r.split().equals(split)).toList(), ScorerTest.SCORER,
                id -> ScorerTest.CATALOG.find(id).map(e -> e.scenario()).orElse(null));
    }

    @Test
    void the_corpus_is_big_enough_and_has_a_holdout() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(rows.stream().filter(r -> r.split().equals("holdout")).count()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void empathy_is_found_as_a_trainer_would_find_it() {
        // 0.60 before the learned credit detectors (2026-12-06: 0.65 -> 0.72)
        assertThat(holdout.credit().get(Criterion.EMPATHY).f1()).as("empathy credit F1 on holdout")
                .isGreaterThanOrEqualTo(0.68);
        assertThat(holdout.credit().get(Criterion.OWNERSHIP).f1()).as("ownership credit F1 on holdout")
                .isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void hipaa_violations_are_caught_with_few_false_alarms() {
        var hipaa = holdout.violation().get(Criterion.HIPAA);
        assertThat(hipaa.recall()).as("HIPAA violation recall on holdout").isGreaterThanOrEqualTo(0.38);
        assertThat(hipaa.falseAlarmRate()).as("HIPAA false alarms on holdout").isLessThanOrEqualTo(0.05);
    }

    @Test
    void every_criterion_stays_above_its_floor() {
        for (Criterion c : Criterion.values()) {
            assertThat(holdout.violation().get(c).precision()).as("%s violation precision", c.id())
                    .isGreaterThanOrEqualTo(0.45);
        }
    }
}
