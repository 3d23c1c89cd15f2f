package com.rapport.scoring;

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
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Scenario;

/**
 * How well the scorer agrees with labelled replies: per criterion, precision and recall of credit ("+") and of
 * violations ("-"), and every disagreement. The labelled format (a CSV with a header row, RFC 4180):
 * <pre>
 *   id,split,scenario,verified,text,empathy,active-listening,hipaa,plain-language,ownership,professionalism,
 *   cultural-sensitivity,follow-up[,node]
 * </pre>
 * {@code scenario} is a scenario id or "none"; {@code verified} whether the caller's identity and authority were
 * checked; each criterion column holds "+", "-" or "0"; {@code node}, optional, the moment the reply answers.
 */
public final class Evaluation {

    /** One labelled reply. */
    public record Row(String id, String split, String scenario, boolean verified, String text,
            Map<Criterion, Character> labels, @Nullable String node) {
    }

    /** Counts for one label ('+' or '-') on one criterion. */
    public static final class Counts {
        int tp;
        int fp;
        int fn;
        int negatives;

        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double falseAlarmRate() {
            return negatives == 0 ? 0 : (double) fp / negatives;
        }

        /** How many rows carry the label. */
        public int support() {
            return tp + fn;
        }

        private void count(boolean actual, boolean predicted) {
            if (actual && predicted) {
                tp++;
            } else if (!actual && predicted) {
                fp++;
            } else if (actual) {
                fn++;
            }
            if (!actual) {
                negatives++;
            }
        }
    }

    /** The agreement over a set of rows. */
    public record Report(int rows, Map<Criterion, Counts> credit, Map<Criterion, Counts> violation,
            List<String> misses) {

        /** The report as a fixed-width table, one line per criterion. */
        public String table(String title) {
            var out = new StringBuilder(title).append(" (").append(rows).append(" replies)\n");
            out.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s | %6s %6s %6s %6s%n", "criterion", "P(+)",
                    "R(+)", "F1(+)", "P(-)", "R(-)", "F1(-)", "FA(-)"));
            for (Criterion c : Criterion.values()) {
                var cr = credit.get(c);
                var vi = violation.get(c);
                out.append(String.format(Locale.ROOT, "%-22s %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f %6.3f%n",
                        c.id(), cr.precision(), cr.recall(), cr.f1(), vi.precision(), vi.recall(), vi.f1(),
                        vi.falseAlarmRate()));
            }
            return out.toString();
        }
    }

    private Evaluation() {
    }

    /** Reads a labelled file; a malformed row is an error naming its line. */
    public static List<Row> read(Path file) throws IOException {
        var result = new ArrayList<Row>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
            var criteria = java.util.Arrays.stream(Criterion.values()).map(Criterion::id).toList();
            var required = new ArrayList<>(List.of("id", "text", "scenario", "verified"));
            required.addAll(criteria);
            for (String column : required) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(file + ": the header has no '" + column + "' column (a "
                            + "labelled file has id, scenario, verified, text and one column per criterion: "
                            + String.join(", ", criteria) + ")");
                }
            }
            long lastLine = csv.getCurrentLineNumber();
            for (CSVRecord r : csv) {
                long line = lastLine + 1; // where the row starts: a quoted text may run over several lines
                lastLine = csv.getCurrentLineNumber();
                var labels = new EnumMap<Criterion, Character>(Criterion.class);
                for (Criterion c : Criterion.values()) {
                    String label = r.isSet(c.id()) ? r.get(c.id()).strip() : "";
                    if (!label.equals("+") && !label.equals("-") && !label.equals("0")) {
                        throw new IllegalArgumentException(file + ":" + line + ": row '" + r.get("id") + "': "
                                + c.id() + " must be +, - or 0, not '" + label + "'");
                    }
                    labels.put(c, label.charAt(0));
                }
                String split = r.isMapped("split") && r.isSet("split") ? r.get("split") : "";
                String node = r.isMapped("node") && r.isSet("node") && !r.get("node").isBlank() ? r.get("node") : null;
                result.add(new Row(r.get("id"), split, r.get("scenario"), Boolean.parseBoolean(r.get("verified")),
                        r.get("text"), labels, node));
            }
        }
        return result;
    }

    /** Scores every row and counts agreement; scenarios are looked up by id (unknown ones are an error). */
    public static Report evaluate(List<Row> rows, Scorer scorer, Function<String, @Nullable Scenario> scenarios) {
        var credit = new EnumMap<Criterion, Counts>(Criterion.class);
        var violation = new EnumMap<Criterion, Counts>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            credit.put(c, new Counts());
            violation.put(c, new Counts());
        }
        var misses = new ArrayList<String>();
        for (Row row : rows) {
            // "verified" in the labelled format means identity and authority both checked
            var flags = Map.of(ReplyContext.IDENTITY_VERIFIED, row.verified(), ReplyContext.AUTHORISED,
                    row.verified());
            Scenario scenario = null;
            if (!row.scenario().equals("none")) {
                scenario = scenarios.apply(row.scenario());
                if (scenario == null) {
                    throw new IllegalArgumentException("row " + row.id() + ": no scenario '" + row.scenario() + "'");
                }
            }
            ReplyScore score = scorer.score(row.text(), new ReplyContext(scenario, scenario == null ? null
                    : row.node(), flags));
            for (Criterion c : Criterion.values()) {
                char expected = row.labels().get(c);
                char predicted = predicted(score, c);
                credit.get(c).count(expected == '+', predicted == '+');
                violation.get(c).count(expected == '-', predicted == '-');
                if (expected != predicted) {
                    misses.add(String.format(Locale.ROOT, "%s %-20s expected %s got %s  %s", row.id(), c.id(),
                            expected, predicted, row.text()));
                }
            }
        }
        return new Report(rows.size(), credit, violation, misses);
    }

    /** What the scorer says of a criterion, in the labels' terms: "-" any violation, "+" any credit, else "0". */
    public static char predicted(ReplyScore score, Criterion c) {
        return label(score.violations().stream().anyMatch(v -> v.criterion() == c),
                !score.criteria().get(c).evidence().isEmpty());
    }

    /** The one rule for a verdict in the labels' terms: a violation outweighs credit. */
    public static char label(boolean violation, boolean credit) {
        return violation ? '-' : credit ? '+' : '0';
    }
}
