package com.rapport.scoring;

import java.util.HashSet;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.FreeText;
import com.rapport.scenario.Node;

/**
 * Picks the intent a typed reply means at a free-text node: the eligible intent with the example closest to the
 * reply, by sentence vectors or, without them, by shared words. Below the threshold no intent is picked, but the
 * confidence is still given. Polarity counts: an example that negates nothing is compared with what the reply
 * affirms, never with a clause the reply negates. Thread-safe.
 */
final class IntentMatcher {

    /**
     * The intent picked, if any, how close the reply came to its best example (0-1), and the span of the reply
     * that came closest (a sentence, or the whole reply).
     */
    record Match(@Nullable String intent, double confidence, int start, int end) {
    }

    /**
     * How much closer a reply must come to a good intent with the words it negates than without them for the
     * intent to be taken as resting on them (and so lose to a mistake that what the reply affirms matches).
     */
    private static final double RESTS_ON_NEGATED = 0.08;

    /**
     * What each example with a negation affirms (see {@link #affirmedText}), worked out once per example and per
     * language's negations.
     */
    private final java.util.Map<java.util.Set<String>, java.util.Map<String, String>> affirmedExamples =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether each example negates all it says, per language's negations (see {@link #affirmsNothing}). */
    private final java.util.Map<java.util.Set<String>, java.util.Map<String, Boolean>> negatedOnly =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Rubric rubric;
    private final @Nullable ExampleVectors examples;

    /** @param examples vectors for the intents' examples; without them, replies match by shared words */
    IntentMatcher(Rubric rubric, @Nullable ExampleVectors examples) {
        this.rubric = rubric;
        this.examples = examples;
    }

    Match match(Reply reply, ReplyContext context) {
        return match(reply, context, java.util.Set.of());
    }

    /** The best match among the eligible intents, leaving out the {@code excluded} ones. */
    Match match(Reply reply, ReplyContext context, java.util.Set<String> excluded) {
        Node node = context.node();
        if (node == null || node.freeText() == null) {
            return new Match(null, 0, 0, 0);
        }
        double threshold = node.freeText().threshold() != null ? node.freeText().threshold()
                : rubric.intentThreshold();
        var closest = closest(reply, context, id -> !excluded.contains(id), threshold);
        return closest.confidence() >= threshold ? closest : new Match(null, closest.confidence(), 0, 0);
    }

    /** The eligible intent, among those {@code allowed}, whose example comes closest, however close. */
    Match closest(Reply reply, ReplyContext context, java.util.function.Predicate<String> allowed) {
        return closest(reply, context, allowed, Double.POSITIVE_INFINITY);
    }

    /**
     * The eligible intent, among those {@code allowed}, whose example comes closest. Where the reply negates
     * something, a good intent it comes closest to mainly through the words it negates ({@link #RESTS_ON_NEGATED})
     * loses to a mistake that what it affirms matches at {@code threshold} or above, unless what it affirms comes
     * closer still to the good intent: "No need for an interpreter, Mateo can translate for us" is the son
     * translating, not the interpreter it refuses.
     */
    private Match closest(Reply reply, ReplyContext context, java.util.function.Predicate<String> allowed,
            double threshold) {
        Node node = context.node();
        if (node == null || node.freeText() == null || reply.tokens().isEmpty()) {
            return new Match(null, 0, 0, 0);
        }
        FreeText free = node.freeText();
        boolean replyNegates = reply.sentences().stream().anyMatch(reply::negatesIn);
        Match best = new Match(null, 0, 0, reply.text().length());
        Match bestMistake = best;
        var affirmedGood = new java.util.HashMap<String, Double>();
        for (FreeText.Intent intent : free.intents()) {
            if (!context.eligible(intent.id()) || !allowed.test(intent.id())) {
                continue;
            }
            boolean mistake = replyNegates && context.scenario() != null && context.nodeId() != null
                    && !context.scenario().intentMistakes(context.nodeId(), intent.id()).isEmpty();
            for (String example : examplesOf(intent, node)) {
                int[] where = {0, reply.text().length()};
                if (examples == null) {
                    double sim = wordOverlap(reply, example);
                    best = sim > best.confidence() ? new Match(intent.id(), sim, 0, reply.text().length()) : best;
                    continue;
                }
                float[] vector = examples.of(example);
                if (affirmsNothing(reply, example)) {
                    // "There's nothing I can do" means what the reply negates, never "What I can do is ..."
                    double sim = negatedSimilarity(reply, vector, where);
                    if (sim > best.confidence()) {
                        best = new Match(intent.id(), sim, where[0], where[1]);
                    }
                    if (mistake && sim > bestMistake.confidence()) {
                        bestMistake = new Match(intent.id(), sim, where[0], where[1]);
                    } else if (replyNegates && !mistake) {
                        affirmedGood.merge(intent.id(), sim, Math::max);
                    }
                    continue;
                }
                boolean exampleNegates = replyNegates && reply.negates(example);
                boolean affirmedOnly = mistake && !exampleNegates;
                if (mistake && exampleNegates && reply.affirmedWhole() != null) {
                    // a mistake's example with a negation of its own: what it affirms, against what the reply does
                    String affirmedExample = affirmedExamples
                            .computeIfAbsent(reply.negations(), n -> new java.util.concurrent.ConcurrentHashMap<>())
                            .computeIfAbsent(example, e -> affirmedText(reply, e));
                    if (!affirmedExample.isEmpty()) {
                        vector = examples.of(affirmedExample);
                        affirmedOnly = true;
                    }
                }
                double sim = bestSimilarity(reply, vector, affirmedOnly, where);
                if (sim > best.confidence()) {
                    best = new Match(intent.id(), sim, where[0], where[1]);
                }
                if (mistake && sim > bestMistake.confidence()) {
                    bestMistake = new Match(intent.id(), sim, where[0], where[1]);
                } else if (replyNegates && !mistake) {
                    // an example that negates something of its own may match what the reply negates
                    double affirmed = exampleNegates ? sim : affirmedSimilarity(reply, vector);
                    affirmedGood.merge(intent.id(), affirmed, Math::max);
                }
            }
        }
        double affirmed = best.intent() == null ? 0 : affirmedGood.getOrDefault(best.intent(), best.confidence());
        if (bestMistake.intent() != null && !bestMistake.intent().equals(best.intent())
                && bestMistake.confidence() >= threshold && bestMistake.confidence() > affirmed
                && best.confidence() - affirmed >= RESTS_ON_NEGATED) {
            best = bestMistake;
        }
        return new Match(best.intent(), Math.clamp(best.confidence(), 0, 1), best.start(), best.end());
    }

    /**
     * An intent's own examples and the text of every choice at the node that leads where it leads (when no other
     * intent leads there too): a reply that is nearly a choice goes down that choice's branch, never another.
     */
    private static java.util.List<String> examplesOf(FreeText.Intent intent, Node node) {
        var free = java.util.Objects.requireNonNull(node.freeText());
        if (free.intents().stream().filter(i -> i.next().equals(intent.next())).count() != 1) {
            return intent.examples();
        }
        var all = new java.util.ArrayList<>(intent.examples());
        node.choiceList().stream().filter(c -> c.next().equals(intent.next())).forEach(c -> all.add(c.text()));
        return all;
    }

    /**
     * The closer of the whole reply and, when it has several sentences, its closest sentence; {@code where} is set
     * to the span that came closest. When {@code affirmedOnly} (the example negates nothing and the reply does),
     * only what the reply affirms is compared: each sentence or, where a sentence has a negation, its clause
     * without one. A negated clause never matches an affirmative example ("I'm not going to send you off to
     * billing" is not "give billing a ring", however near their meaning vectors), nor does the whole reply, whose
     * vector carries the negated words too.
     */
    private static double bestSimilarity(Reply reply, float[] example, boolean affirmedOnly, int[] where) {
        double best = affirmedOnly ? 0 : SentenceEmbedder.similarity(reply.whole(), example);
        if (reply.sentences().size() > 1 || affirmedOnly) {
            for (Reply.Sentence s : reply.sentences()) {
                Reply.Sentence unit = affirmedOnly && reply.negatesIn(s) ? reply.affirmative(s) : s;
                if (unit != null && unit.longEnough()) {
                    double sim = SentenceEmbedder.similarity(reply.vector(unit), example);
                    if (sim > best) {
                        best = sim;
                        where[0] = unit.start();
                        where[1] = unit.end();
                    }
                }
            }
        }
        return best;
    }

    /** Whether an example negates all it says, read with the reply's negations ("There's nothing I can do"). */
    private boolean affirmsNothing(Reply reply, String example) {
        return negatedOnly.computeIfAbsent(reply.negations(), n -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(example, e -> reply.negates(e) && affirmedText(reply, e).isEmpty());
    }

    /**
     * How close what the reply negates comes to an example that negates all it says: the whole reply when it is
     * one sentence with a negation, else its closest sentence with one; 0 when it negates nothing.
     */
    private static double negatedSimilarity(Reply reply, float[] example, int[] where) {
        double best = 0;
        for (Reply.Sentence s : reply.sentences()) {
            if (reply.negatesIn(s)) {
                double sim = SentenceEmbedder.similarity(
                        reply.sentences().size() == 1 ? reply.whole() : reply.vector(s), example);
                if (sim > best) {
                    best = sim;
                    where[0] = reply.sentences().size() == 1 ? 0 : s.start();
                    where[1] = reply.sentences().size() == 1 ? reply.text().length() : s.end();
                }
            }
        }
        return best;
    }

    /**
     * What an example affirms, read as the reply is: per sentence, the sentence when it has no negation, else its
     * longest clause without one; empty when it affirms nothing long enough to compare.
     */
    private static String affirmedText(Reply reply, String example) {
        var theirs = new Reply(example, reply.negations(), null);
        var parts = new java.util.ArrayList<String>();
        for (Reply.Sentence s : theirs.sentences()) {
            var unit = theirs.affirmative(s);
            if (unit != null && unit.longEnough()) {
                parts.add(example.substring(unit.start(), unit.end()));
            }
        }
        return String.join(". ", parts);
    }

    /** How close what the reply affirms comes to an example: its closest affirmed unit, or all of them together. */
    private static double affirmedSimilarity(Reply reply, float[] example) {
        double best = bestSimilarity(reply, example, true, new int[2]);
        float[] affirmed = reply.affirmedWhole();
        return affirmed == null ? best : Math.max(best, SentenceEmbedder.similarity(affirmed, example));
    }

    /** Shared words over all words (Jaccard), punctuation left out. */
    private static double wordOverlap(Reply reply, String example) {
        var mine = new HashSet<String>();
        reply.tokens().stream().filter(t -> !t.boundary()).forEach(t -> mine.add(t.word()));
        var theirs = new HashSet<String>();
        Tokenizer.tokenize(example).stream().filter(t -> !t.boundary()).forEach(t -> theirs.add(t.word()));
        if (mine.isEmpty() || theirs.isEmpty()) {
            return 0;
        }
        var common = new HashSet<>(mine);
        common.retainAll(theirs);
        var union = new HashSet<>(mine);
        union.addAll(theirs);
        return (double) common.size() / union.size();
    }
}
