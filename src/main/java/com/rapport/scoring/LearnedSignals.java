package com.rapport.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The soft signals rules miss, found by meaning: per criterion, a detector learned from labelled sentences (the
 * tuning split of the labelled corpora and the rubric's examples) fires on a sentence that reads like what trainers
 * credit, or like what they mark as a violation. Learned signals only add where the rules found nothing on the
 * criterion, and go through the same precedence, relevance and reuse rules as any other credit. The detectors are
 * trained offline, reproducibly (see {@code DetectorTraining} in the tests), for one sentence model; with another
 * model none apply. Immutable and thread-safe.
 */
final class LearnedSignals {

    static final String RESOURCE = "/rapport/detectors.json";
    private static final int READS_LIKE = 2;
    private static final int HEAVIEST = 3;
    /** Credit only the representative can earn: a next step or a follow-up time is theirs only if they say so. */
    static final java.util.Set<Criterion> COMMITMENTS = java.util.EnumSet.of(Criterion.OWNERSHIP,
            Criterion.FOLLOW_UP);
    private static final java.util.Set<String> FIRST_PERSON = java.util.Set.of("i", "we", "me", "us", "my", "our",
            "myself", "yo", "nosotros");

    /** A sentence read by the detectors: whole for violations, its un-negated part (if any) for credit. */
    record Unit(Reply.Sentence whole, Reply.@Nullable Sentence affirmative) {
    }

    private final String model;
    private final List<Detector> detectors;

    LearnedSignals(String model, List<Detector> detectors) {
        this.model = model;
        this.detectors = List.copyOf(detectors);
    }

    String model() {
        return model;
    }

    List<Detector> detectors() {
        return detectors;
    }

    /** The shipped detectors, if they were learned on the embedder's model; else none. */
    static @Nullable LearnedSignals shipped(SentenceEmbedder embedder) {
        byte[] stored = shippedBytes();
        if (stored.length == 0) {
            return null;
        }
        var signals = read(new java.io.ByteArrayInputStream(stored));
        return signals.model().equals(embedder.modelId()) ? signals : null;
    }

    /** The shipped detectors' file as stored; empty when none ship. */
    static byte[] shippedBytes() {
        try (InputStream in = LearnedSignals.class.getResourceAsStream(RESOURCE)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The learned detectors could not be read", e);
        }
    }

    static LearnedSignals read(InputStream in) {
        JsonNode root = JsonMapper.builder().build().readTree(in);
        var detectors = new ArrayList<Detector>();
        for (JsonNode d : root.get("detectors")) {
            var exemplars = new ArrayList<Detector.Exemplar>();
            for (JsonNode e : d.get("exemplars")) {
                exemplars.add(new Detector.Exemplar(e.get("text").asString(), floats(e.get("vector"))));
            }
            var terms = new java.util.HashMap<String, Float>();
            d.get("terms").properties().forEach(e -> terms.put(e.getKey(), (float) e.getValue().asDouble()));
            detectors.add(new Detector(Criterion.fromId(d.get("criterion").asString()), d.get("credit").asBoolean(),
                    d.get("threshold").asDouble(), d.get("bias").asDouble(), floats(d.get("weights")),
                    java.util.Map.copyOf(terms), exemplars));
        }
        return new LearnedSignals(root.get("model").asString(), detectors);
    }

    private static float[] floats(JsonNode array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) array.get(i).asDouble();
        }
        return values;
    }

    /** The sentences the detectors read: fluent and long enough to compare by meaning. */
    static List<Unit> units(Reply reply) {
        var units = new ArrayList<Unit>();
        for (Reply.Sentence s : reply.sentences()) {
            if (s.longEnough() && reply.fluent(s)) {
                var affirmative = reply.affirmative(s);
                units.add(new Unit(s, affirmative == null || !affirmative.longEnough() ? null : affirmative));
            }
        }
        return units;
    }

    /**
     * Adds what the detectors find where the rules found nothing on a criterion. Ownership and follow-up are
     * credited only in a sentence where the representative speaks of themselves (a payment deadline is not their
     * follow-up). A learned HIPAA violation applies only while the caller may not be told protected facts.
     */
    void apply(Reply reply, ReplyContext context, Hits hits) {
        var units = units(reply);
        if (units.isEmpty()) {
            return;
        }
        // each sentence's words and firstness read once, not once per detector
        var terms = new java.util.HashMap<Reply.Sentence, java.util.Set<String>>();
        var own = new java.util.HashMap<Reply.Sentence, Boolean>();
        for (Detector d : detectors) {
            if (d.credit() ? hits.hasCreditOn(d.criterion()) : hits.hasViolation(d.criterion())
                    || d.criterion() == Criterion.HIPAA && context.mayDisclose()) {
                continue;
            }
            Reply.Sentence best = null;
            double top = -1;
            for (Unit unit : units) {
                Reply.Sentence s = d.credit() ? unit.affirmative() : unit.whole();
                if (s != null && (!COMMITMENTS.contains(d.criterion())
                        || own.computeIfAbsent(s, x -> firstPerson(reply, x)))) {
                    double p = d.probability(reply.vector(s), terms.computeIfAbsent(s,
                            x -> Detector.terms(reply.wordsOf(x))));
                    if (p > top) {
                        top = p;
                        best = s;
                    }
                }
            }
            if (best != null && top >= d.threshold()) {
                add(d, reply, best, top, hits);
            }
        }
    }

    /** Whether the representative speaks of themselves in the sentence ("I", "we", "let me"). */
    static boolean firstPerson(Reply reply, Reply.Sentence s) {
        return reply.wordsOf(s).stream().anyMatch(FIRST_PERSON::contains);
    }

    private static void add(Detector d, Reply reply, Reply.Sentence s, double p, Hits hits) {
        var like = d.nearest(reply.vector(s), READS_LIKE).stream().map(t -> "\"" + t + "\"").toList();
        var words = d.heaviestTerms(reply.wordsOf(s), HEAVIEST).stream().map(t -> "\"" + t + "\"").toList();
        String name = d.criterion().id().replace('-', ' ');
        String reason = String.format(Locale.ROOT, "Reads like what trainers %s on %s: %s (learned detector, %.2f%s).",
                d.credit() ? "credit" : "mark as a violation", name, String.join("; ", like), p,
                words.isEmpty() ? "" : "; words that weigh most: " + String.join(", ", words));
        if (d.credit()) {
            hits.addCredit(d.criterion(), d.signal(), s.start(), s.end(), reason);
        } else {
            hits.addViolation(d.criterion(), d.signal(), Severity.MINOR, s.start(), s.end(), reason);
        }
    }
}
