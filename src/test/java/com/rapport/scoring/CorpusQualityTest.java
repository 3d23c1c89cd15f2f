package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

    record Row(String id, String split, String scenario, boolean verified, String text, Map<Criterion, Character> labels) {
    }

    /** Counts for one label ('+' or '-') on one criterion. */
    static final class Counts {
        int tp;
        int fp;
        int fn;
        int negatives;

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double falseAlarmRate() {
            return negatives == 0 ? 0 : (double) fp / negatives;
        }
    }

    record Report(Map<Criterion, Counts> credit, Map<Criterion, Counts> violation, List<String> misses) {
    }

    static List<Row> rows;
    static Report tune;
    static Report holdout;

    @BeforeAll
    static void scoreTheCorpus() throws IOException {
        rows = read(Path.of("src/test/resources/scoring/corpus.csv"));
        tune = evaluate("tune");
        holdout = evaluate("holdout");
        var out = new StringBuilder();
        out.append(table("HOLDOUT (never tuned on)", holdout)).append('\n').append(table("TUNE", tune));
        out.append("\nMisses on the tune split:\n");
        tune.misses().forEach(m -> out.append(m).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/scoring-quality.txt"), out);
        System.out.println(table("HOLDOUT (never tuned on)", holdout));
        System.out.println(table("TUNE", tune));
    }

    @Test
    void the_corpus_is_big_enough_and_has_a_holdout() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(rows.stream().filter(r -> r.split().equals("holdout")).count()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void empathy_is_found_as_a_trainer_would_find_it() {
        assertThat(holdout.credit().get(Criterion.EMPATHY).f1()).as("empathy credit F1 on holdout")
                .isGreaterThanOrEqualTo(0.60);
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

    private static Report evaluate(String split) {
        var credit = new EnumMap<Criterion, Counts>(Criterion.class);
        var violation = new EnumMap<Criterion, Counts>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            credit.put(c, new Counts());
            violation.put(c, new Counts());
        }
        var misses = new ArrayList<String>();
        for (Row row : rows) {
            if (!row.split().equals(split)) {
                continue;
            }
            // the corpus's "verified" means identity and authority both checked
            var flags = Map.of(ReplyContext.IDENTITY_VERIFIED, row.verified(), ReplyContext.AUTHORISED, row.verified());
            var context = row.scenario().equals("none") ? new ReplyContext(null, null, flags)
                    : new ReplyContext(ScorerTest.CATALOG.find(row.scenario()).orElseThrow().scenario(), null, flags);
            ReplyScore score = ScorerTest.SCORER.score(row.text(), context);
            for (Criterion c : Criterion.values()) {
                char expected = row.labels().get(c);
                char predicted = predicted(score, c);
                count(credit.get(c), expected == '+', predicted == '+');
                count(violation.get(c), expected == '-', predicted == '-');
                if (expected != predicted) {
                    misses.add(String.format(Locale.ROOT, "%s %-20s expected %s got %s  %s", row.id(), c.id(),
                            expected, predicted, row.text()));
                }
            }
        }
        return new Report(credit, violation, misses);
    }

    static char predicted(ReplyScore score, Criterion c) {
        if (score.violations().stream().anyMatch(v -> v.criterion() == c)) {
            return '-';
        }
        return score.criteria().get(c).evidence().isEmpty() ? '0' : '+';
    }

    private static void count(Counts counts, boolean actual, boolean predicted) {
        if (actual && predicted) {
            counts.tp++;
        } else if (!actual && predicted) {
            counts.fp++;
        } else if (actual) {
            counts.fn++;
        }
        if (!actual) {
            counts.negatives++;
        }
    }

    private static String table(String title, Report report) {
        var out = new StringBuilder(title).append('\n');
        out.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s | %6s %6s %6s %6s%n", "criterion", "P(+)", "R(+)",
                "F1(+)", "P(-)", "R(-)", "F1(-)", "FA(-)"));
        for (Criterion c : Criterion.values()) {
            var cr = report.credit().get(c);
            var vi = report.violation().get(c);
            out.append(String.format(Locale.ROOT, "%-22s %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f %6.3f%n", c.id(),
                    cr.precision(), cr.recall(), cr.f1(), vi.precision(), vi.recall(), vi.f1(), vi.falseAlarmRate()));
        }
        return out.toString();
    }

    private static List<Row> read(Path file) throws IOException {
        var result = new ArrayList<Row>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                var labels = new EnumMap<Criterion, Character>(Criterion.class);
                for (Criterion c : Criterion.values()) {
                    labels.put(c, r.get(c.id()).charAt(0));
                }
                result.add(new Row(r.get("id"), r.get("split"), r.get("scenario"),
                        Boolean.parseBoolean(r.get("verified")), r.get("text"), labels));
            }
        }
        return result;
    }
}
