package com.rapport.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    private record CompiledSignal(Criterion criterion, Rubric.Signal signal, List<PhrasePattern> patterns,
            List<float[]> examples) {
    }

    private final Rubric rubric;
    private final @Nullable SentenceEmbedder embedder;
    private final List<CompiledSignal> signals = new ArrayList<>();
    private final JargonCheck jargon;
    private final Set<String> negations;
    private final HipaaCheck hipaa;
    private final Map<String, float[]> exampleVectors = new ConcurrentHashMap<>();

    /**
     * @param embedder sentence embeddings for paraphrases and intents; without one, only rules score and typed
     *        replies match intents by shared words
     */
    public Scorer(Rubric rubric, @Nullable SentenceEmbedder embedder) {
        this.rubric = rubric;
        this.embedder = embedder;
        rubric.criteria().forEach((criterion, spec) -> {
            for (Rubric.Signal signal : spec.signals()) {
                var patterns = signal.phraseList().stream().map(PhrasePattern::compile).toList();
                var examples = embedder == null ? List.<float[]>of()
                        : signal.exampleList().stream().map(this::vector).toList();
                signals.add(new CompiledSignal(criterion, signal, patterns, examples));
            }
        });
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

    private float[] vector(String text) {
        if (embedder == null) {
            throw new IllegalStateException("no sentence embedder");
        }
        return exampleVectors.computeIfAbsent(text, embedder::embed);
    }

    /** Scores the reply in its context. The same reply in the same context always gets the same result. */
    public ReplyScore score(String text, ReplyContext context) {
        Node node = context.node();
        var reply = new Reply(text, negations, embedder);
        var hits = new Hits(text);
        boolean verified = context.mayDisclose();
        var unfired = new ArrayList<CompiledSignal>();

        for (CompiledSignal compiled : signals) {
            Rubric.Signal signal = compiled.signal();
            if (!applies(signal.condition(), verified)) {
                continue;
            }
            boolean fired = false;
            for (PhrasePattern pattern : compiled.patterns()) {
                for (PhrasePattern.Match m : pattern.find(reply.tokens())) {
                    if (signal.isNegatable() && (reply.negatedBefore(m.from())
                            || signal.kind() == Rubric.Kind.VIOLATION && reply.hypothetical(m.from()))) {
                        continue;
                    }
                    hits.add(compiled.criterion(), signal, reply.start(m), reply.end(m), signal.reason());
                    for (Criterion other : signal.alsoOn()) {
                        hits.add(other, signal, reply.start(m), reply.end(m), signal.reason());
                    }
                    fired = true;
                }
            }
            if (!fired && signal.kind() == Rubric.Kind.CREDIT && !compiled.examples().isEmpty()) {
                unfired.add(compiled);
            }
        }
        jargon.check(reply, context, hits);
        hipaa.check(reply, context, hits);
        // meaning-level credit only where the words broke no rule: "you'll need to call billing" owns nothing
        for (CompiledSignal compiled : unfired) {
            if (!hits.hasViolation(compiled.criterion())) {
                paraphrase(compiled, reply, hits);
            }
        }

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

    private static boolean applies(Rubric.When when, boolean verified) {
        return switch (when) {
            case ALWAYS -> true;
            case UNVERIFIED -> !verified;
            case VERIFIED -> verified;
        };
    }

    private void paraphrase(CompiledSignal compiled, Reply reply, Hits hits) {
        double threshold = rubric.paraphraseThreshold();
        for (Reply.Sentence sentence : reply.sentences()) {
            if (!sentence.longEnough() || compiled.signal().isNegatable() && reply.hasNegation(sentence)) {
                continue;
            }
            float[] v = reply.vector(sentence);
            double best = -1;
            String closest = "";
            for (int i = 0; i < compiled.examples().size(); i++) {
                double sim = SentenceEmbedder.similarity(v, compiled.examples().get(i));
                if (sim > best) {
                    best = sim;
                    closest = compiled.signal().exampleList().get(i);
                }
            }
            if (best >= threshold) {
                hits.add(compiled.criterion(), compiled.signal(), sentence.start(), sentence.end(),
                        compiled.signal().reason() + String.format(Locale.ROOT,
                                " Means much the same as \"%s\" (similarity %.2f).", closest, best));
                return;
            }
        }
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
                double sim = embedder == null ? wordOverlap(reply, example) : bestSimilarity(reply, vector(example));
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
