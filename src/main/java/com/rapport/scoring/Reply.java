package com.rapport.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One reply as the scorer reads it: its tokens, sentences and clauses, where negations and hypotheticals stand, and
 * lazily computed sentence vectors. Used by one scoring call only.
 */
final class Reply {

    private static final int NEGATION_WINDOW = 6;
    /** Words after a negation that make it an idiom rather than a negation: "don't worry", "never mind". */
    private static final Set<String> IDIOMS = Set.of("worry", "hesitate", "mind", "fret", "stress", "panic");
    private static final Set<String> HYPOTHETICAL = Set.of("whether", "if");
    private static final int MIN_EMBEDDED_WORDS = 3;

    /** A sentence's character span and how many words it has. */
    record Sentence(int start, int end, int words) {

        /** Long enough to compare by meaning; shorter sentences are never embedded. */
        boolean longEnough() {
            return words >= MIN_EMBEDDED_WORDS;
        }
    }

    private final String text;
    private final List<Token> tokens;
    private final Set<String> negations;
    private final @Nullable SentenceEmbedder embedder;
    private @Nullable List<Sentence> sentences;
    private final Map<Sentence, float[]> vectors = new LinkedHashMap<>();
    private float @Nullable [] whole;
    private boolean embedded;

    /**
     * @param negations the words that negate what follows them
     * @param embedder for sentence vectors; without one, asking for a vector fails
     */
    Reply(String text, Set<String> negations, @Nullable SentenceEmbedder embedder) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
        this.negations = negations;
        this.embedder = embedder;
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    /** Character offset where the match starts. */
    int start(PhrasePattern.Match m) {
        return tokens.get(m.from()).start();
    }

    /** Character offset where the match ends. */
    int end(PhrasePattern.Match m) {
        return tokens.get(m.to() - 1).end();
    }

    /** A negation within a few words before the token, in the same clause. */
    boolean negatedBefore(int index) {
        for (int i = index - 1; i >= 0 && i >= index - NEGATION_WINDOW; i--) {
            Token t = tokens.get(i);
            if (t.boundary() && !t.word().equals(",") || t.word().equals("but") || t.word().equals("however")) {
                return false;
            }
            if (negates(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token at {@code i} negates what follows. "Don't worry", "don't hesitate" and "never mind" negate
     * nothing: "Don't worry, I guarantee it" still guarantees.
     */
    private boolean negates(int i) {
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

    /** A negation in the clause before token {@code before}. */
    boolean negatedInClause(int[] clause, int before) {
        for (int i = clause[0]; i < before; i++) {
            if (negates(i)) {
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

    /** Any negation word in the sentence, idioms included. */
    boolean hasNegation(Sentence sentence) {
        return tokens.stream().filter(t -> t.start() >= sentence.start() && t.end() <= sentence.end())
                .anyMatch(t -> negations.contains(t.word()));
    }

    /**
     * Embeds, in one batch, every sentence long enough to compare; each vector is computed at most once per reply.
     */
    private void embedOnce(SentenceEmbedder embedder) {
        if (embedded) {
            return;
        }
        embedded = true;
        var batch = new ArrayList<String>();
        var order = new ArrayList<Sentence>();
        for (Sentence s : sentences()) {
            if (s.longEnough()) {
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

    float[] vector(Sentence sentence) {
        var known = vectors.get(sentence);
        if (known != null) {
            return known;
        }
        var embedder = Objects.requireNonNull(this.embedder);
        embedOnce(embedder);
        return vectors.computeIfAbsent(sentence, s -> embedder.embed(text.substring(s.start(), s.end())));
    }

    /**
     * The reply as a whole: the normalised mean of its sentence vectors, which saves embedding the longest text of
     * all a second time; the whole text is embedded only when no sentence is long enough.
     */
    float[] whole() {
        if (whole == null) {
            var embedder = Objects.requireNonNull(this.embedder);
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
}
