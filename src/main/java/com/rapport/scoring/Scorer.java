package com.rapport.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.FreeText;
import com.rapport.scenario.JargonTerm;
import com.rapport.scenario.Node;
import com.rapport.scenario.Persona;
import com.rapport.scenario.ScenarioScoring;

/**
 * Scores a typed reply against the rubric, deterministically and with reasons: rule signals matched on normalised
 * words (typos, contractions, negation scope), paraphrases found by sentence embeddings, HIPAA checked against the
 * call's context, jargon checked for an explanation. Immutable and thread-safe; build one per rubric.
 */
public final class Scorer {

    private static final int NEGATION_WINDOW = 6;

    /** Words after a negation that make it an idiom rather than a negation: "don't worry", "never mind". */

    private static final Set<String> IDIOMS = Set.of("worry", "hesitate", "mind", "fret", "stress", "panic");
    private static final Set<String> HYPOTHETICAL = Set.of("whether", "if");
    private static final int JARGON_WINDOW = 10;
    private static final int MIN_PARAPHRASE_WORDS = 3;

    private record CompiledSignal(Criterion criterion, Rubric.Signal signal, List<PhrasePattern> patterns,
            List<float[]> examples) {
    }

    private record CompiledTerm(JargonTerm term, List<PhrasePattern> patterns) {
    }

    private final Rubric rubric;
    private final @Nullable SentenceEmbedder embedder;
    private final List<CompiledSignal> signals = new ArrayList<>();
    private final List<CompiledTerm> jargon = new ArrayList<>();
    private final List<PhrasePattern> disclosureCues;
    private final List<PhrasePattern> explanationCues;
    private final Set<String> negations;
    private final List<PhrasePattern> protectedSubjects;
    private final Map<String, float[]> exampleVectors = new ConcurrentHashMap<>();
    private final Map<ScenarioScoring.ProtectedFact, List<PhrasePattern>> factPatterns = new ConcurrentHashMap<>();
    /** Scenario jargon compiled once per term, as written in whichever version uses it. */
    private final Map<JargonTerm, CompiledTerm> scenarioTerms = new ConcurrentHashMap<>();

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
        if (rubric.jargon() != null) {
            rubric.jargon().forEach(t -> jargon.add(compile(t)));
        }
        this.disclosureCues = compileAll(rubric.disclosureCues());
        this.explanationCues = compileAll(rubric.explanationCues());
        this.protectedSubjects = compileAll(rubric.protectedSubjects());
        this.negations = rubric.negations() == null ? Set.of("not", "no", "never", "cannot")
                : Set.copyOf(rubric.negations());
    }

    public Rubric rubric() {
        return rubric;
    }

    private static List<PhrasePattern> compileAll(@Nullable List<String> phrases) {
        return phrases == null ? List.of() : phrases.stream().map(PhrasePattern::compile).toList();
    }

    private static CompiledTerm compile(JargonTerm term) {
        return new CompiledTerm(term, term.spellings().stream().map(PhrasePattern::compile).toList());
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
        var reply = new Reply(text);
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
                for (PhrasePattern.Match m : pattern.find(reply.tokens)) {
                    if (signal.isNegatable() && (reply.negatedBefore(m.from(), negations)
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
        checkJargon(reply, context, hits);
        checkProtectedFacts(reply, context, hits);
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
            if (sentence.words() < MIN_PARAPHRASE_WORDS
                    || compiled.signal().isNegatable() && reply.hasNegation(sentence, negations)) {
                continue;
            }
            float[] v = reply.vector(sentence, embedder);
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

    private void checkJargon(Reply reply, ReplyContext context, Hits hits) {
        var terms = new ArrayList<>(jargon);
        if (context.scenario() != null) {
            context.scenario().scoringOrEmpty().terms()
                    .forEach(t -> terms.add(scenarioTerms.computeIfAbsent(t, Scorer::compile)));
        }
        var seen = new HashSet<String>();
        for (CompiledTerm term : terms) {
            for (PhrasePattern pattern : term.patterns()) {
                for (PhrasePattern.Match m : pattern.find(reply.tokens)) {
                    if (!seen.add(term.term().term().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    int start = reply.start(m);
                    int end = reply.end(m);
                    if (explained(reply, m, term.term())) {
                        hits.addCredit(Criterion.PLAIN_LANGUAGE, "explains-term", start, end,
                                "Explains '" + term.term().term() + "' in everyday words.");
                    } else {
                        hits.addViolation(Criterion.PLAIN_LANGUAGE, "jargon:" + term.term().term(), Severity.MINOR,
                                start, end, "'" + reply.text.substring(start, end)
                                        + "' may mean nothing to the person; say \"" + term.term().plain() + "\".");
                    }
                }
            }
        }
    }

    private boolean explained(Reply reply, PhrasePattern.Match m, JargonTerm term) {
        int from = Math.max(0, m.from() - JARGON_WINDOW / 2);
        int to = Math.min(reply.tokens.size(), m.to() + JARGON_WINDOW);
        var window = reply.tokens.subList(from, to);
        for (PhrasePattern cue : explanationCues) {
            if (!cue.find(window).isEmpty()) {
                return true;
            }
        }
        var plainWords = Tokenizer.tokenize(term.plain()).stream().map(Token::word).filter(w -> w.length() >= 6)
                .toList();
        return window.stream().anyMatch(t -> plainWords.contains(t.word()));
    }

    private void checkProtectedFacts(Reply reply, ReplyContext context, Hits hits) {
        if (!context.mayDisclose()) {
            for (PhrasePattern subject : protectedSubjects) {
                for (PhrasePattern.Match m : subject.find(reply.tokens)) {
                    var clause = reply.clauseAround(m);
                    if (reply.negatedInClause(clause, clause[1], negations) || reply.hypotheticalInClause(clause)
                            || !disclosed(reply, clause)) {
                        continue;
                    }
                    hits.addViolation(Criterion.HIPAA, "discloses-health-information", Severity.CRITICAL,
                            reply.tokens.get(clause[0]).start(), reply.tokens.get(clause[1] - 1).end(),
                            "Reveals health information about a patient before the caller's identity is verified.");
                }
            }
        }
        if (context.scenario() == null) {
            return;
        }
        ScenarioScoring scoring = context.scenario().scoringOrEmpty();
        boolean verified = context.mayDisclose();
        boolean relative = context.scenario().persona().role() != Persona.Role.PATIENT;
        for (ScenarioScoring.ProtectedFact fact : scoring.facts()) {
            if (verified && !(relative && fact.onlyForPatient())) {
                continue;
            }
            // keyed by the fact itself, so each version of a scenario gets its own phrases
            var patterns = factPatterns.computeIfAbsent(fact,
                    f -> f.phrases().stream().map(PhrasePattern::compile).toList());
            for (PhrasePattern pattern : patterns) {
                for (PhrasePattern.Match m : pattern.find(reply.tokens)) {
                    var clause = reply.clauseAround(m);
                    if (reply.negatedInClause(clause, m.from(), negations) || !disclosed(reply, clause)) {
                        continue;
                    }
                    int start = reply.tokens.get(clause[0]).start();
                    int end = reply.tokens.get(clause[1] - 1).end();
                    if (verified) {
                        hits.addViolation(Criterion.HIPAA, "minimum-necessary", Severity.MAJOR, start, end,
                                "Tells a relative " + fact.description()
                                        + ", more than the minimum necessary for their part in the care.");
                    } else {
                        hits.addViolation(Criterion.HIPAA, "discloses-protected-fact", Severity.CRITICAL, start, end,
                                "Reveals " + fact.description() + " before identity is verified.");
                    }
                }
            }
        }
    }

    private boolean disclosed(Reply reply, int[] clause) {
        var words = reply.tokens.subList(clause[0], clause[1]);
        return disclosureCues.stream().anyMatch(cue -> !cue.find(words).isEmpty());
    }

    private record IntentMatch(@Nullable String id, double confidence) {
    }

    private IntentMatch matchIntent(Reply reply, @Nullable Node node, ReplyContext context) {
        if (node == null || node.freeText() == null || reply.tokens.isEmpty()) {
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
                double sim = embedder == null ? reply.wordOverlap(example) : reply.bestSimilarity(vector(example), embedder);
                if (sim > best) {
                    best = sim;
                    bestId = intent.id();
                }
            }
        }
        double confidence = Math.clamp(best, 0, 1);
        return confidence >= threshold ? new IntentMatch(bestId, confidence) : new IntentMatch(null, confidence);
    }

    /** The reply's tokens, sentences and lazily computed sentence vectors. Used by one scoring call only. */
    private static final class Reply {
        record Sentence(int start, int end, int words) {
        }

        final String text;
        final List<Token> tokens;
        private @Nullable List<Sentence> sentences;
        private final Map<Sentence, float[]> vectors = new LinkedHashMap<>();
        private float @Nullable [] whole;
        private boolean embedded;

        Reply(String text) {
            this.text = text;
            this.tokens = Tokenizer.tokenize(text);
        }

        int start(PhrasePattern.Match m) {
            return tokens.get(m.from()).start();
        }

        int end(PhrasePattern.Match m) {
            return tokens.get(m.to() - 1).end();
        }

        /** A negation within a few words before the token, in the same clause. */
        boolean negatedBefore(int index, Set<String> negations) {
            for (int i = index - 1; i >= 0 && i >= index - NEGATION_WINDOW; i--) {
                Token t = tokens.get(i);
                if (t.boundary() && !t.word().equals(",") || t.word().equals("but") || t.word().equals("however")) {
                    return false;
                }
                if (negates(i, negations)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the token at {@code i} negates what follows. "Don't worry", "don't hesitate" and "never mind"
         * negate nothing: "Don't worry, I guarantee it" still guarantees.
         */
        private boolean negates(int i, Set<String> negations) {
            if (!negations.contains(tokens.get(i).word())) {
                return false;
            }
            return i + 1 >= tokens.size() || !IDIOMS.contains(tokens.get(i + 1).word());
        }

        /** "whether he is here", "if she was seen": a question about a fact, not a statement of it. */
        boolean hypothetical(int index) {
            for (int i = index - 1; i >= 0 && i >= index - 3; i--) {
                if (HYPOTHETICAL.contains(tokens.get(i).word())) {
                    return true;
                }
                if (tokens.get(i).boundary()) {
                    return false;
                }
            }
            return false;
        }

        boolean hypotheticalInClause(int[] clause) {
            for (int i = clause[0]; i < clause[1]; i++) {
                if (HYPOTHETICAL.contains(tokens.get(i).word())) {
                    return true;
                }
            }
            return false;
        }

        /** Token range [from, to) of the clause holding the match. */
        int[] clauseAround(PhrasePattern.Match m) {
            int from = m.from();
            while (from > 0 && !tokens.get(from - 1).boundary() && !tokens.get(from - 1).word().equals("but")) {
                from--;
            }
            int to = m.to();
            while (to < tokens.size() && !tokens.get(to).boundary() && !tokens.get(to).word().equals("but")) {
                to++;
            }
            return new int[] {from, to};
        }

        boolean negatedInClause(int[] clause, int before, Set<String> negations) {
            for (int i = clause[0]; i < before; i++) {
                if (negates(i, negations)) {
                    return true;
                }
            }
            return false;
        }

        List<Sentence> sentences() {
            if (sentences == null) {
                var found = new ArrayList<Sentence>();
                int start = -1;
                int words = 0;
                for (Token t : tokens) {
                    boolean end = t.boundary() && (t.word().equals(".") || t.word().equals("!")
                            || t.word().equals("?") || t.word().equals("\n") || t.word().equals(";"));
                    if (!t.boundary()) {
                        if (start < 0) {
                            start = t.start();
                        }
                        words++;
                    }
                    if (end && start >= 0) {
                        found.add(new Sentence(start, t.start(), words));
                        start = -1;
                        words = 0;
                    }
                }
                if (start >= 0) {
                    found.add(new Sentence(start, tokens.getLast().end(), words));
                }
                sentences = found;
            }
            return sentences;
        }

        boolean hasNegation(Sentence sentence, Set<String> negations) {
            return tokens.stream().filter(t -> t.start() >= sentence.start() && t.end() <= sentence.end())
                    .anyMatch(t -> negations.contains(t.word()));
        }

        /**
         * Embeds, in one batch, every sentence long enough to paraphrase; each vector is computed at most once per
         * reply. A reply of several sentences is represented as a whole by the normalised mean of its sentence
         * vectors, which saves embedding the longest text of all a second time.
         */
        private void embedOnce(SentenceEmbedder embedder) {
            if (embedded) {
                return;
            }
            embedded = true;
            var batch = new ArrayList<String>();
            var order = new ArrayList<Sentence>();
            for (Sentence s : sentences()) {
                if (s.words() >= MIN_PARAPHRASE_WORDS) {
                    order.add(s);
                    batch.add(text.substring(s.start(), s.end()));
                }
            }
            if (batch.isEmpty()) {
                return;
            }
            var result = embedder.embedAll(batch);
            for (int i = 0; i < order.size(); i++) {
                vectors.put(order.get(i), result.get(i));
            }
        }

        float[] vector(Sentence sentence, @Nullable SentenceEmbedder embedder) {
            var known = vectors.get(sentence);
            if (known != null) {
                return known;
            }
            embedOnce(java.util.Objects.requireNonNull(embedder));
            return vectors.computeIfAbsent(sentence, s -> embedder.embed(text.substring(s.start(), s.end())));
        }

        private float[] whole(SentenceEmbedder embedder) {
            if (whole == null) {
                embedOnce(embedder);
                if (vectors.isEmpty()) {
                    whole = embedder.embed(text);
                } else {
                    float[] mean = new float[vectors.values().iterator().next().length];
                    for (float[] v : vectors.values()) {
                        for (int i = 0; i < mean.length; i++) {
                            mean[i] += v[i];
                        }
                    }
                    double norm = 0;
                    for (float x : mean) {
                        norm += x * x;
                    }
                    norm = Math.sqrt(norm);
                    for (int i = 0; i < mean.length; i++) {
                        mean[i] /= (float) norm;
                    }
                    whole = mean;
                }
            }
            return whole;
        }

        double bestSimilarity(float[] example, SentenceEmbedder embedder) {
            double best = SentenceEmbedder.similarity(whole(embedder), example);
            if (sentences().size() > 1) {
                for (Sentence s : sentences()) {
                    if (s.words() >= MIN_PARAPHRASE_WORDS) {
                        best = Math.max(best, SentenceEmbedder.similarity(vector(s, embedder), example));
                    }
                }
            }
            return best;
        }

        double wordOverlap(String example) {
            var mine = new HashSet<String>();
            tokens.stream().filter(t -> !t.boundary()).forEach(t -> mine.add(t.word()));
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

    /** Evidence and violations collected while scoring one reply; each signal counts once toward the level. */
    private static final class Hits {
        private final String text;
        private final Map<Criterion, List<ReplyScore.Evidence>> evidence = new EnumMap<>(Criterion.class);
        private final Map<Criterion, Map<String, Integer>> creditPoints = new EnumMap<>(Criterion.class);
        private final List<ReplyScore.Violation> violations = new ArrayList<>();

        Hits(String text) {
            this.text = text;
        }

        void add(Criterion criterion, Rubric.Signal signal, int start, int end, String reason) {
            if (signal.kind() == Rubric.Kind.CREDIT) {
                addCredit(criterion, signal.id(), start, end, reason, signal.creditPoints());
            } else {
                addViolation(criterion, signal.id(),
                        signal.severity() == null ? Severity.MINOR : signal.severity(), start, end, reason);
            }
        }

        void addCredit(Criterion criterion, String signal, int start, int end, String reason) {
            addCredit(criterion, signal, start, end, reason, 1);
        }

        private void addCredit(Criterion criterion, String signal, int start, int end, String reason, int points) {
            var list = evidence.computeIfAbsent(criterion, c -> new ArrayList<>());
            if (list.stream().anyMatch(e -> e.signal().equals(signal) && overlaps(e.start(), e.end(), start, end))) {
                return;
            }
            list.add(new ReplyScore.Evidence(start, end, text.substring(start, end), signal, reason));
            creditPoints.computeIfAbsent(criterion, c -> new LinkedHashMap<>()).merge(signal, points, Math::max);
        }

        boolean hasViolation(Criterion criterion) {
            return violations.stream().anyMatch(v -> v.criterion() == criterion);
        }

        void addViolation(Criterion criterion, String signal, Severity severity, int start, int end, String reason) {
            if (violations.stream().anyMatch(v -> v.criterion() == criterion && overlaps(v.start(), v.end(), start, end))) {
                return;
            }
            violations.add(new ReplyScore.Violation(criterion, severity, start, end, text.substring(start, end),
                    signal, reason));
        }

        private static boolean overlaps(int aStart, int aEnd, int bStart, int bEnd) {
            return aStart < bEnd && bStart < aEnd;
        }

        ReplyScore.CriterionResult result(Criterion criterion, int baseline) {
            int level = baseline;
            level += creditPoints.getOrDefault(criterion, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            boolean critical = false;
            var counted = new HashSet<String>();
            for (ReplyScore.Violation v : violations) {
                if (v.criterion() == criterion && counted.add(v.signal())) {
                    level -= v.severity().levelPenalty();
                    critical |= v.severity() == Severity.CRITICAL;
                }
            }
            var list = evidence.getOrDefault(criterion, List.of()).stream()
                    .sorted(Comparator.comparingInt(ReplyScore.Evidence::start)).toList();
            return new ReplyScore.CriterionResult(critical ? 0 : Math.clamp(level, 0, 4), list);
        }

        List<ReplyScore.Violation> violations() {
            return violations.stream().sorted(Comparator.comparingInt(ReplyScore.Violation::start)).toList();
        }
    }
}
