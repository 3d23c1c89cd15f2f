package com.rapport.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;

/**
 * Finds the rubric's signals in a reply: phrases matched on the words unless a negation (or, for a violation, a
 * "whether" or "if") comes just before; then, for credit no phrase earned, sentences that mean much the same as
 * one of the signal's examples. Thread-safe.
 */
final class SignalMatcher {

    /** A rubric signal ready to match; without an embedder it has no example vectors. */
    record Compiled(Criterion criterion, Rubric.Signal signal, List<PhrasePattern> patterns, List<float[]> examples,
            List<java.util.Set<String>> literals, List<PhrasePattern> except) {
    }

    private final Rubric rubric;
    private final List<Compiled> signals = new ArrayList<>();

    /** @param examples vectors for the signals' examples; without them, no paraphrase earns credit */
    SignalMatcher(Rubric rubric, @Nullable ExampleVectors examples) {
        this(rubric, examples, Language.ENGLISH);
    }

    /**
     * The signals' phrases in one language; example sentences (compared by an English sentence model) only in
     * English.
     */
    SignalMatcher(Rubric rubric, @Nullable ExampleVectors examples, Language language) {
        this.rubric = rubric;
        rubric.criteria().forEach((criterion, spec) -> {
            for (Rubric.Signal signal : spec.signals()) {
                var patterns = signal.phraseList(language).stream().map(PhrasePattern::compile).toList();
                var vectors = examples == null || language != Language.ENGLISH ? List.<float[]>of()
                        : signal.exampleList().stream().map(examples::of).toList();
                signals.add(new Compiled(criterion, signal, patterns, vectors,
                        patterns.stream().map(PhrasePattern::words).toList(),
                        signal.exceptList().stream().map(PhrasePattern::compile).toList()));
            }
        });
    }

    /**
     * Adds every phrase match of the signals that apply in this context.
     *
     * @return the credit signals no phrase matched that have examples, for {@link #matchParaphrases}
     */
    List<Compiled> matchPhrases(Reply reply, ReplyContext context, Hits hits) {
        boolean verified = context.mayDisclose();
        var unfired = new ArrayList<Compiled>();
        for (Compiled compiled : signals) {
            Rubric.Signal signal = compiled.signal();
            if (!applies(signal.condition(), verified)) {
                continue;
            }
            boolean fired = false;
            for (int p = 0; p < compiled.patterns().size(); p++) {
                for (PhrasePattern.Match m : compiled.patterns().get(p).find(reply.tokens())) {
                    if (signal.isNegatable() && (reply.negatedBefore(m.from())
                            || signal.kind() == Rubric.Kind.VIOLATION && Hedges.hypothetical(reply.tokens(), m.from())
                            || signal.kind() == Rubric.Kind.VIOLATION && compiled.criterion() == Criterion.HIPAA
                                    && Hedges.wished(reply.tokens(), m.from())
                            || signal.condition() == Rubric.When.UNVERIFIED
                                    && Hedges.waitsOnVerifying(reply.tokens(), m.from())
                            || signal.kind() == Rubric.Kind.CREDIT
                                    && reply.negatedWithin(m, compiled.literals().get(p)))
                            || signal.needsCommitment() && Deadlines.forThePerson(reply.tokens(), m)
                            || signal.kind() == Rubric.Kind.CREDIT && compiled.criterion() != Criterion.HIPAA
                                    && DetailRequests.covers(reply.tokens(), m)
                            || excepted(compiled, reply, m)
                            || signal.kind() == Rubric.Kind.VIOLATION && compiled.criterion() != Criterion.HIPAA
                                    && Quotes.quoted(reply.text(), reply.start(m), reply.end(m))) {
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
        return unfired;
    }

    /** Whether the match lies inside one of the signal's {@code except} phrases. */
    private static boolean excepted(Compiled compiled, Reply reply, PhrasePattern.Match m) {
        for (PhrasePattern except : compiled.except()) {
            for (PhrasePattern.Match e : except.find(reply.tokens())) {
                if (e.from() <= m.from() && m.to() <= e.to()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean applies(Rubric.When when, boolean verified) {
        return switch (when) {
            case ALWAYS -> true;
            case UNVERIFIED -> !verified;
            case VERIFIED -> verified;
        };
    }

    /**
     * Credit for the first sentence that paraphrases one of a signal's examples, run after every rule: meaning-level
     * credit only where the words broke no rule on the criterion ("you'll need to call billing" owns nothing).
     */
    void matchParaphrases(List<Compiled> candidates, Reply reply, Hits hits) {
        for (Compiled compiled : candidates) {
            if (!hits.hasViolation(compiled.criterion())) {
                paraphrase(compiled, reply, hits);
            }
        }
    }

    private void paraphrase(Compiled compiled, Reply reply, Hits hits) {
        double threshold = rubric.paraphraseThreshold();
        for (Reply.Sentence whole : reply.sentences()) {
            Reply.Sentence sentence = compiled.signal().isNegatable() ? reply.affirmative(whole) : whole;
            if (sentence == null || !sentence.longEnough()) {
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
}
