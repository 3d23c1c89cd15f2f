package com.rapport.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;

/**
 * Scores a typed reply against the rubric, deterministically and with reasons: rule signals matched on normalised
 * words (typos, contractions, negation scope), paraphrases found by sentence embeddings, HIPAA checked against the
 * call's context, jargon checked for an explanation, and the intent the reply means picked. Immutable and
 * thread-safe; build one per rubric.
 */
public final class Scorer {

    /** Sentences shorter than this ("Thank you.") may well be said again; longer ones earn credit once. */
    private static final int REUSED_WORDS = 4;
    private static final double REUSED_SHARE = 0.8;

    private final Rubric rubric;
    private final @Nullable SentenceEmbedder embedder;
    private final SignalMatcher signals;
    private final JargonCheck jargon;
    private final HipaaCheck hipaa;
    private final Set<String> negations;
    private final IntentMatcher intents;
    private final @Nullable Relevance relevance;
    private final SignalMatcher spanishSignals;
    private final Set<String> spanishNegations;
    private final @Nullable LearnedSignals learned;

    /**
     * @param embedder sentence embeddings for paraphrases and intents; without one, only rules score and typed
     *        replies match intents by shared words
     */
    public Scorer(Rubric rubric, @Nullable SentenceEmbedder embedder) {
        this(rubric, embedder, embedder == null ? null : LearnedSignals.shipped(embedder));
    }

    /** @param learned detectors learned on the embedder's model, or none: rules and paraphrases only */
    Scorer(Rubric rubric, @Nullable SentenceEmbedder embedder, @Nullable LearnedSignals learned) {
        this.rubric = rubric;
        this.learned = embedder == null ? null : learned;
        this.embedder = embedder;
        var examples = embedder == null ? null : new ExampleVectors(embedder);
        this.signals = new SignalMatcher(rubric, examples);
        this.jargon = new JargonCheck(rubric.jargon(), compileAll(rubric.explanationCues()));
        this.hipaa = new HipaaCheck(compileAll(rubric.disclosureCues()), compileAll(rubric.protectedSubjects()),
                compileAll(rubric.presenceByAction()));
        this.negations = rubric.negations() == null ? Set.of("not", "no", "never", "cannot")
                : Set.copyOf(rubric.negations());
        this.intents = new IntentMatcher(rubric, examples);
        this.spanishSignals = new SignalMatcher(rubric, null, Language.SPANISH);
        this.spanishNegations = Set.copyOf(rubric.negationsIn(Language.SPANISH).stream()
                .map(Tokenizer::withoutAccents).toList());
        this.relevance = examples == null || rubric.genericReplyList().isEmpty() ? null
                : new Relevance(examples, rubric.genericReplyList(), rubric.relevanceMargin());
    }

    /**
     * The shipped learned detectors as stored (empty when none ship): part of what decides a score, so whatever
     * caches verdicts must change when they do.
     */
    public static byte[] learnedDetectors() {
        return LearnedSignals.shippedBytes();
    }

    /** An English reply as the scorer reads it (for training what reads it by meaning). */
    Reply read(String text) {
        return new Reply(text, negations, embedder);
    }

    public Rubric rubric() {
        return rubric;
    }

    private static List<PhrasePattern> compileAll(@Nullable List<String> phrases) {
        return phrases == null ? List.of() : phrases.stream().map(PhrasePattern::compile).toList();
    }

    /** Scores the reply in its context. The same reply in the same context always gets the same result. */
    public ReplyScore score(String text, ReplyContext context) {
        Language language = Language.of(text);
        if (language == Language.SPANISH && patientSpeaks(context, language)) {
            return scoreSpanish(text, context);
        }
        if (language != Language.ENGLISH) {
            var criteria = new EnumMap<Criterion, ReplyScore.CriterionResult>(Criterion.class);
            for (Criterion criterion : Criterion.values()) {
                criteria.put(criterion, new ReplyScore.CriterionResult(baseline(criterion), List.of()));
            }
            return new ReplyScore(criteria, List.of(), null, 0, language, false, false);
        }
        var reply = new Reply(text, negations, embedder);
        var hits = new Hits(reply);
        var unmatched = signals.matchPhrases(reply, context, hits);
        jargon.check(reply, context, hits);
        hipaa.check(reply, context, hits);
        EchoCheck.check(reply, context, hits);
        signals.matchParaphrases(unmatched, reply, hits);
        if (learned != null) {
            learned.apply(reply, context, hits);
        }
        if (relevance != null) {
            relevance.gate(reply, context, hits);
        }
        return conclude(reply, context, hits, language);
    }

    /**
     * What every read reply ends with: no credit where it is not earned, the intent it means (and the mistake that
     * intent stands for), and the levels.
     */
    private ReplyScore conclude(Reply reply, ReplyContext context, Hits hits, Language language) {
        boolean understood = withoutCredit(reply, context, hits);
        var intent = understood ? route(reply, context, hits) : new IntentMatcher.Match(null, 0, 0, 0);
        if (intent.intent() != null) {
            mistakes(context, intent, hits);
        }
        var criteria = new EnumMap<Criterion, ReplyScore.CriterionResult>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            criteria.put(criterion, hits.result(criterion, baseline(criterion)));
        }
        return new ReplyScore(criteria, hits.violations(), intent.intent(), intent.confidence(), language, true,
                understood);
    }

    /**
     * The intent the reply means, read with the rubric. A disclosure's intent is not taken when the one sentence
     * that matched it earns HIPAA credit and the rubric finds no HIPAA violation anywhere in the reply ("I'm not
     * able to say if he is here or not" refuses, however near its meaning vector comes to "yes, he's here"); the
     * reply then goes to the best other intent, or to none. Only HIPAA: its rules read a refusal by its negation,
     * which meaning vectors barely see, while other criteria's credit words ("I'll make sure") are often the very
     * words of the mistake. The other way round, a disclosure the rubric finds (a critical HIPAA violation) in a
     * reply that matches no intent goes where the moment's disclosures go, however far its words are from their
     * examples: the caller heard it.
     */
    private IntentMatcher.Match route(Reply reply, ReplyContext context, Hits hits) {
        var excluded = new java.util.HashSet<String>();
        var match = intents.match(reply, context);
        while (match.intent() != null && refuses(context, match, hits)) {
            excluded.add(match.intent());
            match = intents.match(reply, context, excluded);
        }
        var scenario = context.scenario();
        String nodeId = context.nodeId();
        if (match.intent() == null && scenario != null && nodeId != null && hits.hasCritical(Criterion.HIPAA)) {
            // the rubric found a disclosure no intent's examples came near: it goes where disclosures go
            var disclosure = intents.closest(reply, context, id -> scenario.disclosureIntent(nodeId, id));
            if (disclosure.intent() != null) {
                return disclosure;
            }
        }
        return match;
    }

    private static boolean refuses(ReplyContext context, IntentMatcher.Match match, Hits hits) {
        var scenario = context.scenario();
        String nodeId = context.nodeId();
        return scenario != null && nodeId != null && match.intent() != null && !hits.hasViolation(Criterion.HIPAA)
                && scenario.intentMistakes(nodeId, match.intent()).contains(Criterion.HIPAA)
                && hits.hasCreditInSentence(Criterion.HIPAA, match.start(), match.end());
    }

    /** Whether the scenario's patient speaks the language (their communication needs say so). */
    private static boolean patientSpeaks(ReplyContext context, Language language) {
        var scenario = context.scenario();
        var needs = scenario == null ? null : scenario.persona().communicationNeeds();
        return needs != null && language.code().equals(needs.language());
    }

    /**
     * A Spanish reply to a patient who speaks Spanish, read with the rubric's Spanish phrases and negations. What
     * the English sentence model and English word lists do (paraphrases, relevance, jargon, protected facts in
     * context, echoes) is left out: only the Spanish phrases score, so every point still points at Spanish words.
     * The intent is still matched against the moment's examples (give Spanish examples for Spanish replies).
     */
    private ReplyScore scoreSpanish(String text, ReplyContext context) {
        var reply = new Reply(text, spanishNegations, embedder);
        var hits = new Hits(reply);
        spanishSignals.matchPhrases(reply, context, hits);
        return conclude(reply, context, hits, Language.SPANISH);
    }

    /**
     * The branch and the rubric agree: a reply taken to mean an intent the scenario marks as a mistake (every one
     * of its examples has a violation on a criterion) has that violation too, on the words that matched it,
     * unless the rubric already found one there. A HIPAA mistake is critical, as any disclosure is.
     */
    private static void mistakes(ReplyContext context, IntentMatcher.Match intent, Hits hits) {
        var scenario = context.scenario();
        String nodeId = context.nodeId();
        if (scenario == null || nodeId == null || intent.intent() == null) {
            return;
        }
        for (Criterion criterion : scenario.intentMistakes(nodeId, intent.intent())) {
            if (!hits.hasViolation(criterion)) {
                hits.addViolation(criterion, "means-mistake", criterion == Criterion.HIPAA ? Severity.CRITICAL
                        : Severity.MAJOR, intent.start(), intent.end(), "Means what this scenario marks as a"
                        + " mistake at this moment; the conversation takes the path that mistake leads down.");
            }
        }
    }

    /**
     * Marks where no credit counts: a list of keywords rather than a sentence, and a sentence the trainee already
     * typed earlier in the attempt (credit is earned once, not by pasting the same words at every moment).
     *
     * @return whether the reply has any fluent sentence; without one (keywords, emoji, nothing) it is not understood
     */
    private boolean withoutCredit(Reply reply, ReplyContext context, Hits hits) {
        var earlier = new java.util.ArrayList<java.util.Set<String>>();
        for (String text : context.earlierReplies()) {
            var before = new Reply(text, negations, null);
            before.sentences().forEach(s -> earlier.add(new java.util.HashSet<>(before.wordsOf(s))));
        }
        boolean anyFluent = false;
        for (Reply.Sentence sentence : reply.sentences()) {
            boolean fluent = reply.fluent(sentence);
            anyFluent |= fluent;
            var words = reply.wordsOf(sentence);
            if (!fluent || words.size() >= REUSED_WORDS && earlier.stream().anyMatch(e -> nearlySame(e, words))) {
                hits.withoutCredit(sentence.start(), sentence.end());
            }
        }
        return anyFluent;
    }

    /** The same sentence, or nearly: four in five of their distinct words shared. */
    private static boolean nearlySame(java.util.Set<String> earlier, List<String> words) {
        var these = new java.util.HashSet<>(words);
        long shared = these.stream().filter(earlier::contains).count();
        return shared >= REUSED_SHARE * (these.size() + earlier.size() - shared);
    }

    /**
     * Scores the reply at its moment in full, as the play view records it: the levels, the points they earn there,
     * the highlighted spans and the patient's reaction; a reply not understood or not scored earns no credit.
     */
    public MomentScore scoreMoment(String text, ReplyContext context) {
        return MomentPoints.forTyped(context.node(), score(text, context), this::baseline);
    }

    /** The level a reply gets on a criterion when nothing in it touches that criterion. */
    int baseline(Criterion criterion) {
        var spec = rubric.criteria().get(criterion);
        return spec == null || spec.baseline() == null ? 2 : spec.baseline();
    }
}
