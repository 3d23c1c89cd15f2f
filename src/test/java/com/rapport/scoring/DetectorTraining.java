package com.rapport.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Scenario;

import tools.jackson.databind.json.JsonMapper;

/**
 * Learns the sentence detectors the scorer ships ({@link LearnedSignals}), reproducibly: from the tuning split of
 * the labelled corpora (never the holdout) and the rubric's examples, on one sentence model, with a fixed seed.
 * <p>
 * Labels are per reply, detectors per sentence. A reply labelled "0" on a criterion gives negative sentences; a
 * reply labelled "+" (or "-") holds at least one positive sentence, so it is a bag: first all its sentences count,
 * sharing its weight, then only the sentence the first model finds most likely (multiple-instance learning). Each
 * detector's threshold is chosen on out-of-fold predictions over the tuning split, combined with what the rules
 * already find, to maximise F1 there; a detector that does not beat the rules alone is left out.
 * <p>
 * Run {@code main} to rewrite src/main/resources/rapport/detectors.json; {@code DetectorTrainingTest} checks the
 * shipped file is what this produces.
 */
final class DetectorTraining {

    static final Path OUTPUT = Path.of("src/main/resources/rapport/detectors.json");
    static final List<Path> CORPORA = List.of(Path.of("src/test/resources/scoring/corpus.csv"),
            Path.of("src/test/resources/scoring/corpus-voices.csv"));
    static final int FOLDS = 5;
    static final int EXEMPLARS = 12;
    private static final double MIN_GAIN = 0.01;
    /**
     * Which detectors are learned: credit only. Learned violation detectors (tried 2026-12-06) gained little out of
     * fold (F1 +0.00 to +0.06) and fired on scenario authors' examples of other mistakes, so violations stay with
     * the rules and the intents' mistakes.
     */
    static final boolean[] KINDS = {true};

    /** One labelled reply as read by the scorer: its sentences' vectors and what the rules alone say of it. */
    record Sample(Evaluation.Row row, List<Read> wholes, List<Read> affirmatives, Map<Criterion, Character> rules,
            int fold) {
    }

    /** A sentence (or its un-negated part) as the detectors read it. */
    record Read(float[] vector, List<String> words, String text, boolean firstPerson) {
    }

    /** An instance for one detector: a sentence vector, its label, weight and the fold it belongs to (-1: always in). */
    record Instance(float[] vector, List<String> words, boolean positive, double weight, int fold, String text,
            int bag) {
    }

    /** One detector's calibration: the chosen threshold and F1 on the tuning split with and without it. */
    record Calibration(Criterion criterion, boolean credit, double threshold, double rulesF1, double combinedF1) {
    }

    private final Scorer rules;
    private final Scorer reader;
    private final SentenceEmbedder embedder;
    private final Rubric rubric;
    final List<Calibration> calibrations = new ArrayList<>();

    DetectorTraining(Rubric rubric, SentenceEmbedder embedder) {
        this(rubric, embedder, embedder);
    }

    /**
     * @param rulesEmbedder the model the rules' paraphrases use (their thresholds are set for MiniLM)
     * @param embedder the model the detectors learn on
     */
    DetectorTraining(Rubric rubric, SentenceEmbedder rulesEmbedder, SentenceEmbedder embedder) {
        this.rubric = rubric;
        this.embedder = embedder;
        this.rules = new Scorer(rubric, rulesEmbedder, null);
        this.reader = new Scorer(rubric, embedder, null);
    }

    public static void main(String[] args) throws IOException {
        var training = new DetectorTraining(RubricLoader.load(Path.of("scenarios")).rubric(), SharedModel.EMBEDDER);
        var learned = training.train(tuneRows(), id -> ScorerTest.CATALOG.find(id).map(e -> e.scenario()).orElse(null));
        Files.writeString(OUTPUT, toJson(learned));
        training.calibrations.forEach(c -> System.out.printf(Locale.ROOT, "%-22s %-9s threshold %.2f  F1 %.3f -> %.3f%n",
                c.criterion().id(), c.credit() ? "credit" : "violation", c.threshold(), c.rulesF1(), c.combinedF1()));
    }

    /** The tuning rows of every labelled corpus, in file order. */
    static List<Evaluation.Row> tuneRows() throws IOException {
        var rows = new ArrayList<Evaluation.Row>();
        for (Path corpus : CORPORA) {
            Evaluation.read(corpus).stream().filter(r -> r.split().equals("tune")).forEach(rows::add);
        }
        return rows;
    }

    LearnedSignals train(List<Evaluation.Row> rows, Function<String, @Nullable Scenario> scenarios) {
        var samples = new ArrayList<Sample>();
        for (Evaluation.Row row : rows) {
            if (Language.of(row.text()) == Language.ENGLISH) {
                samples.add(sample(row, scenarios));
            }
        }
        var detectors = new ArrayList<Detector>();
        var violationFired = new HashMap<String, boolean[]>();
        for (boolean credit : KINDS) {
            for (Criterion c : Criterion.values()) {
                var detector = detector(samples, c, credit, violationFired);
                if (detector != null) {
                    detectors.add(detector);
                }
            }
        }
        return new LearnedSignals(embedder.modelId(), detectors);
    }

    private Sample sample(Evaluation.Row row, Function<String, @Nullable Scenario> scenarios) {
        Scenario scenario = row.scenario().equals("none") ? null : scenarios.apply(row.scenario());
        var context = new ReplyContext(scenario, scenario == null ? null : row.node(),
                Map.of(ReplyContext.IDENTITY_VERIFIED, row.verified(), ReplyContext.AUTHORISED, row.verified()));
        var score = rules.score(row.text(), context);
        var ruled = new EnumMap<Criterion, Character>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            ruled.put(c, Evaluation.predicted(score, c));
        }
        Reply reply = reader.read(row.text());
        var wholes = new ArrayList<Read>();
        var affirmatives = new ArrayList<Read>();
        for (LearnedSignals.Unit unit : LearnedSignals.units(reply)) {
            wholes.add(read(reply, unit.whole()));
            if (unit.affirmative() != null) {
                affirmatives.add(read(reply, unit.affirmative()));
            }
        }
        return new Sample(row, wholes, affirmatives, ruled, fold(row.id()));
    }

    private static Read read(Reply reply, Reply.Sentence s) {
        return new Read(reply.vector(s), reply.wordsOf(s), reply.text().substring(s.start(), s.end()),
                LearnedSignals.firstPerson(reply, s));
    }

    /** The fold of a row: a fixed hash of its id, so adding rows never reshuffles the others. */
    static int fold(String id) {
        var crc = new CRC32();
        crc.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return (int) (crc.getValue() % FOLDS);
    }

    /** Whether a sample takes part in a detector's training and calibration, and is a positive bag. */
    private static @Nullable Boolean role(Sample s, Criterion c, boolean credit) {
        char label = s.row().labels().get(c);
        if (!credit && c == Criterion.HIPAA && s.row().verified()) {
            return null; // a learned HIPAA violation applies only while the caller may not be told
        }
        if (credit) {
            return label == '-' ? null : label == '+';
        }
        return label == '-';
    }

    private @Nullable Detector detector(List<Sample> samples, Criterion c, boolean credit,
            Map<String, boolean[]> violationFired) {
        if (samples.stream().noneMatch(s -> Boolean.TRUE.equals(role(s, c, credit)))) {
            return null;
        }
        // out-of-fold probabilities for calibration
        double[] oof = new double[samples.size()];
        java.util.Arrays.fill(oof, -1);
        for (int fold = 0; fold < FOLDS; fold++) {
            var model = fit(samples, c, credit, fold);
            for (int i = 0; i < samples.size(); i++) {
                if (samples.get(i).fold() == fold && role(samples.get(i), c, credit) != null) {
                    oof[i] = scored(samples.get(i), c, credit).stream().mapToDouble(r -> model.probability(r.vector(),
                            r.words())).max().orElse(0);
                }
            }
        }
        var calibration = calibrate(samples, c, credit, oof, violationFired);
        calibrations.add(calibration);
        if (calibration.combinedF1() < calibration.rulesF1() + MIN_GAIN) {
            return null;
        }
        var model = fit(samples, c, credit, -1);
        return new Detector(c, credit, calibration.threshold(), model.bias(), model.weights(), model.terms(),
                model.exemplars());
    }

    private static List<Read> reads(Sample s, boolean credit) {
        return credit ? s.affirmatives() : s.wholes();
    }

    /** The sentences the app lets a detector fire on (ownership and follow-up: only the representative's own). */
    private static List<Read> scored(Sample s, Criterion c, boolean credit) {
        return reads(s, credit).stream().filter(r -> !credit || !LearnedSignals.COMMITMENTS.contains(c)
                || r.firstPerson()).toList();
    }

    /** Trains on every fold but {@code heldOut} (-1: all), in two rounds of multiple-instance learning. */
    private Logistic fit(List<Sample> samples, Criterion c, boolean credit, int heldOut) {
        var examples = rubricExamples(c, credit);
        var first = new ArrayList<>(examples);
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            Boolean positive = role(s, c, credit);
            if (s.fold() == heldOut || positive == null) {
                continue;
            }
            var reads = reads(s, credit);
            for (Read r : reads) {
                first.add(new Instance(r.vector(), r.words(), positive, positive ? 1.0 / reads.size() : 1.0,
                        s.fold(), r.text(), i));
            }
        }
        var model = Logistic.train(first);
        var second = new ArrayList<Instance>();
        var chosen = new LinkedHashMap<Integer, Instance>();
        for (Instance instance : first) {
            if (!instance.positive() || instance.bag() < 0) {
                second.add(instance);
            } else {
                chosen.merge(instance.bag(), instance, (a, b) -> model.probability(b) > model.probability(a) ? b : a);
            }
        }
        chosen.values().forEach(i -> second.add(new Instance(i.vector(), i.words(), true, 1.0, i.fold(), i.text(),
                i.bag())));
        return Logistic.train(second).withExemplars(second, EXEMPLARS);
    }

    /** The rubric's example sentences for the criterion's credit (or violation) signals: always positive. */
    private List<Instance> rubricExamples(Criterion c, boolean credit) {
        var result = new ArrayList<Instance>();
        var spec = rubric.criteria().get(c);
        if (spec == null) {
            return result;
        }
        var seen = new LinkedHashSet<String>();
        for (Rubric.Signal signal : spec.signals()) {
            if ((signal.kind() == Rubric.Kind.CREDIT) == credit) {
                seen.addAll(signal.exampleList());
            }
        }
        for (String example : seen) {
            Reply reply = reader.read(example);
            var words = reply.sentences().stream().flatMap(x -> reply.wordsOf(x).stream()).toList();
            result.add(new Instance(embedder.embed(example), words, true, 1.0, -1, example, -1));
        }
        return result;
    }

    /**
     * The threshold that makes rules and detector together agree best (F1) with the labels on the tuning split,
     * out of fold. A credit counts only where no violation is found on the criterion.
     */
    private static Calibration calibrate(List<Sample> samples, Criterion c, boolean credit, double[] oof,
            Map<String, boolean[]> violationFired) {
        boolean[] violated = violationFired.getOrDefault(c.id(), new boolean[samples.size()]);
        double bestF1 = -1;
        double best = 2;
        double rulesF1 = f1(samples, c, credit, oof, 2, violated);
        for (int t = 5; t <= 97; t++) {
            double f1 = f1(samples, c, credit, oof, t / 100.0, violated);
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = t / 100.0;
            }
        }
        if (!credit) {
            boolean[] fired = new boolean[samples.size()];
            boolean use = bestF1 >= rulesF1 + MIN_GAIN;
            for (int i = 0; i < samples.size(); i++) {
                fired[i] = samples.get(i).rules().get(c) == '-' || use && oof[i] >= best;
            }
            violationFired.put(c.id(), fired);
        }
        return new Calibration(c, credit, best, rulesF1, bestF1);
    }

    private static double f1(List<Sample> samples, Criterion c, boolean credit, double[] oof, double threshold,
            boolean[] violated) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            char label = s.row().labels().get(c);
            char ruled = s.rules().get(c);
            boolean predicted;
            boolean actual;
            if (credit) {
                predicted = !violated[i] && ruled != '-' && (ruled == '+' || oof[i] >= threshold);
                actual = label == '+';
            } else {
                predicted = ruled == '-' || oof[i] >= threshold;
                actual = label == '-';
            }
            tp += actual && predicted ? 1 : 0;
            fp += !actual && predicted ? 1 : 0;
            fn += actual && !predicted ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /**
     * Rules and detectors together on other rows (the holdout), decided as in calibration: per criterion, F1 of
     * credit and of violations. Keys are "criterion+" and "criterion-".
     */
    Map<String, Double> agreement(LearnedSignals learned, List<Evaluation.Row> rows,
            Function<String, @Nullable Scenario> scenarios) {
        var samples = rows.stream().filter(r -> Language.of(r.text()) == Language.ENGLISH)
                .map(r -> sample(r, scenarios)).toList();
        var result = new LinkedHashMap<String, Double>();
        var fired = new HashMap<String, boolean[]>();
        for (boolean credit : new boolean[] {false, true}) {
            for (Criterion c : Criterion.values()) {
                double[] p = new double[samples.size()];
                var detector = learned.detectors().stream().filter(d -> d.criterion() == c && d.credit() == credit)
                        .findFirst().orElse(null);
                for (int i = 0; i < samples.size(); i++) {
                    p[i] = detector == null || role(samples.get(i), c, credit) == null ? 0 : scored(samples.get(i),
                            c, credit).stream().mapToDouble(r -> detector.probability(r.vector(), r.words())).max()
                            .orElse(0);
                }
                double threshold = detector == null ? 2 : detector.threshold();
                boolean[] violated = fired.getOrDefault(c.id(), new boolean[samples.size()]);
                if (!credit) {
                    boolean[] v = new boolean[samples.size()];
                    for (int i = 0; i < samples.size(); i++) {
                        v[i] = samples.get(i).rules().get(c) == '-' || p[i] >= threshold;
                    }
                    fired.put(c.id(), v);
                }
                result.put(c.id() + (credit ? "+" : "-"), f1(samples, c, credit, p, threshold, violated));
            }
        }
        return result;
    }

    /** The detectors as the JSON file the app reads; floats written as Java prints them, so reruns are identical. */
    static String toJson(LearnedSignals learned) {
        var detectors = new ArrayList<Map<String, Object>>();
        for (Detector d : learned.detectors()) {
            var map = new LinkedHashMap<String, Object>();
            map.put("criterion", d.criterion().id());
            map.put("credit", d.credit());
            map.put("threshold", d.threshold());
            map.put("bias", d.bias());
            map.put("weights", d.weights());
            map.put("terms", new java.util.TreeMap<>(d.terms()));
            map.put("exemplars", d.exemplars().stream().map(e -> {
                var exemplar = new LinkedHashMap<String, Object>();
                exemplar.put("text", e.text());
                exemplar.put("vector", e.vector());
                return exemplar;
            }).toList());
            detectors.add(map);
        }
        var root = new LinkedHashMap<String, Object>();
        root.put("model", learned.model());
        root.put("trainedOn", "the tuning split of " + CORPORA.stream().map(p -> p.getFileName().toString())
                .toList() + " and the rubric's examples; see DetectorTraining");
        root.put("detectors", detectors);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root)
                .replaceAll("\\[\\s+([-0-9.E,\\s]+?)\\s+]", "[$1]").replaceAll(",\\s+(?=[-0-9])", ",") + "\n";
    }
}
