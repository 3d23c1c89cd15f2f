package com.rapport.scoring;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.FreeText;
import com.rapport.scenario.Node;

/**
 * Scores a typed reply against the rubric, deterministically and with reasons: rule signals matched on normalised
 * words (typos, contractions, negation scope), paraphrases found by sentence embeddings, HIPAA checked against the
 * call's context, jargon checked for an explanation. Immutable and thread-safe; build one per rubric.
 */
public final class Scorer {

    private final Rubric rubric;
    private final @Nullable SentenceEmbedder embedder;
    private final @Nullable ExampleVectors examples;
    private final SignalMatcher signals;
    private final JargonCheck jargon;
    private final Set<String> negations;
    private final HipaaCheck hipaa;

    /**
     * @param embedder sentence embeddings for paraphrases and intents; without one, only rules score and typed
     *        replies match intents by shared words
     */
    public Scorer(Rubric rubric, @Nullable SentenceEmbedder embedder) {
        this.rubric = rubric;
        this.embedder = embedder;
        this.examples = embedder == null ? null : new ExampleVectors(embedder);
        this.signals = new SignalMatcher(rubric, examples);
        this.jargon = new JargonCheck(rubric.jargon(), compileAll(rubric.explanationCues()));
        this.hipaa = new HipaaCheck(compileAll(rubric.disclosureCues()), compileAll(rubric.protectedSubjects()));
        this.negations = rubric.negations() == null ? Set.of("not", "no", "never", "cannot")
                : Set.copyOf(rubric.negations());
    }

    public Rubric rubric() {
        return rubric;
    }

    private static List<PhrasePattern> compileAll(@Nullable List<String> phrases) {
        return phrases == null ? List.of() : phrases.stream().map(PhrasePattern::compile).toList();
    }

    /** Scores the reply in its context. The same reply in the same context always gets the same result. */
    public ReplyScore score(String text, ReplyContext context) {
        Node node = context.node();
        var reply = new Reply(text, negations, embedder);
        var hits = new Hits(text);
        var unmatched = signals.matchPhrases(reply, context, hits);
        jargon.check(reply, context, hits);
        hipaa.check(reply, context, hits);
        signals.matchParaphrases(unmatched, reply, hits);

        var criteria = new EnumMap<Criterion, ReplyScore.CriterionResult>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            criteria.put(criterion, hits.result(criterion, baseline(criterion)));
        }
        var intent = matchIntent(reply, node, context);
        return new ReplyScore(criteria, hits.violations(), intent.id, intent.confidence);
    }

    private int baseline(Criterion criterion) {
        var spec = rubric.criteria().get(criterion);
        return spec == null || spec.baseline() == null ? 2 : spec.baseline();
    }

    private record IntentMatch(@Nullable String id, double confidence) {
    }

    private IntentMatch matchIntent(Reply reply, @Nullable Node node, ReplyContext context) {
        if (node == null || node.freeText() == null || reply.tokens().isEmpty()) {
            return new IntentMatch(null, 0);
        }
        FreeText free = node.freeText();
        double threshold = free.threshold() != null ? free.threshold() : rubric.intentThreshold();
        String bestId = null;
        double best = 0;
        for (FreeText.Intent intent : free.intents()) {
            if (!context.eligible(intent.id())) {
                continue;
            }
            for (String example : intent.examples()) {
                double sim = examples == null ? wordOverlap(reply, example) : bestSimilarity(reply, examples.of(example));
                if (sim > best) {
                    best = sim;
                    bestId = intent.id();
                }
            }
        }
        double confidence = Math.clamp(best, 0, 1);
        return confidence >= threshold ? new IntentMatch(bestId, confidence) : new IntentMatch(null, confidence);
    }

    private static double bestSimilarity(Reply reply, float[] example) {
        double best = SentenceEmbedder.similarity(reply.whole(), example);
        if (reply.sentences().size() > 1) {
            for (Reply.Sentence s : reply.sentences()) {
                if (s.longEnough()) {
                    best = Math.max(best, SentenceEmbedder.similarity(reply.vector(s), example));
                }
            }
        }
        return best;
    }

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
