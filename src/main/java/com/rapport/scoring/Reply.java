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
    /**
     * Words after a negation that make it an idiom rather than a negation: "don't worry", "never mind", "no
     * problem", "no worries", "no doubt".
     */
    private static final Set<String> IDIOMS = Set.of("worry", "hesitate", "mind", "fret", "stress", "panic",
            "problem", "worries", "doubt");
    private static final int MIN_EMBEDDED_WORDS = 3;
    /** What may stand between a negation and the finding it denies: "wasn't an infection", "not any sign". */
    private static final Set<String> ARTICLES = Set.of("a", "an", "any");

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
    private float @Nullable [] affirmedWhole;
    private boolean affirmedWholeKnown;
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

    /**
     * A new subject starts a new clause: in "if I can't reach you I'll leave it", "can't" does not reach "leave"
     * ("you" is left out: it is as often an object).
     */
    private static final Set<String> SUBJECTS = Set.of("i", "he", "she", "we", "they");

    /**
     * A negation within a few words before the token, in the same clause: a comma, "but", "however" or a new
     * subject ends the clause, so "the note wasn't filed, and that must be frustrating" still names the feeling.
     */
    boolean negatedBefore(int index) {
        for (int i = index - 1; i >= 0 && i >= index - NEGATION_WINDOW; i--) {
            Token t = tokens.get(i);
            if (t.boundary()) {
                return listNegated(i + 1);
            }
            if (t.word().equals("but") || t.word().equals("however")
                    || SUBJECTS.contains(t.word()) && i < index - 1) {
                return false;
            }
            if (negates(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A negation inside the matched words, governing the word the match ends on, that the phrase itself does not
     * spell out (as it spells out "not good enough"): "that is not upsetting" is no naming of a feeling, though
     * "that is ... upsetting" matches it; in "a bill you do not recognise would worry anyone" the negation governs
     * "recognise", not "worry".
     */
    boolean negatedWithin(PhrasePattern.Match m, java.util.Set<String> literal) {
        for (int i = Math.max(m.from(), m.to() - 3); i < m.to() - 1; i++) {
            boolean spelledOut = literal.contains(tokens.get(i).word())
                    && literal.contains(tokens.get(i + 1).word());
            if (negates(i) && !spelledOut) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token at {@code i} negates what follows. "Don't worry", "don't hesitate", "never mind" and "no
     * problem" negate nothing: "Don't worry, I guarantee it" still guarantees; nor does the "not" of "believe it or not" or
     * "whether or not".
     */
    private boolean negates(int i) {
        return negates(tokens, i);
    }

    private boolean negates(List<Token> words, int i) {
        if (!negations.contains(words.get(i).word()) || i > 0 && words.get(i - 1).word().equals("or")) {
            return false;
        }
        return i + 1 >= words.size() || !IDIOMS.contains(words.get(i + 1).word());
    }

    /**
     * Whether the word just before the token at {@code index} (past "a", "an" or "any") negates it: "not pregnant",
     * "wasn't an infection", "no sign".
     */
    boolean negatesDirectly(int index) {
        int i = index - 1;
        while (i >= 0 && ARTICLES.contains(tokens.get(i).word())) {
            i--;
        }
        return i >= 0 && negates(i);
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

    static final java.util.Set<String> SENTENCE_ENDS = java.util.Set.of(".", "!", "?", ";", "\n");

    /** A negation in the clause before token {@code before}. */
    boolean negatedInClause(int[] clause, int before) {
        for (int i = clause[0]; i < before; i++) {
            if (negates(i)) {
                return true;
            }
        }
        return listNegated(clause[0]);
    }

    /**
     * Whether the clause opening at {@code start} goes on, with "or" or "nor" after a comma, from a clause with a
     * negation: "I can't promise Summit will approve it, or that you won't pay anything" promises neither.
     */
    private boolean listNegated(int start) {
        if (start <= 0 || start >= tokens.size() || !tokens.get(start - 1).word().equals(",")
                || !(tokens.get(start).word().equals("or") || tokens.get(start).word().equals("nor"))) {
            return false;
        }
        int i = start - 2;
        while (i >= 0 && !tokens.get(i).boundary() && !tokens.get(i).word().equals("but")) {
            if (negates(i)) {
                return true;
            }
            i--;
        }
        return i >= 0 && listNegated(i + 1);
    }

    List<Sentence> sentences() {
        if (sentences == null) {
            var found = new ArrayList<Sentence>();
            int start = -1;
            int words = 0;
            for (Token t : tokens) {
                boolean end = t.boundary() && SENTENCE_ENDS.contains(t.word());
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

    /** The words that hold an English sentence together; a string of content words has almost none. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("i", "you", "we", "he", "she",
            "it", "they", "me", "him", "her", "us", "them", "my", "your", "our", "his", "their", "the", "a", "an",
            "to", "of", "in", "on", "at", "for", "with", "from", "by", "about", "is", "am", "are", "was", "were", "be",
            "been", "will", "would", "can", "could", "do", "does", "did", "have", "has", "had", "that", "this",
            "what", "and", "but", "so", "if", "not", "let", "please", "there", "here", "who", "how", "when", "why",
            "or", "as", "just", "get", "got", "go", "going", "should", "may", "might", "must", "no", "all",
            // and Spanish's, for a Spanish reply to a patient who speaks it (accents dropped, as the words are)
            "el", "la", "los", "las", "lo", "le", "les", "que", "de", "del", "y", "en", "un", "una", "usted", "su",
            "sus", "por", "para", "con", "se", "mi", "yo", "es", "esta", "puede", "voy", "al", "nos");
    /** Words of a short reply that are not in the everyday vocabulary: texting, and Spanish's "sí", "claro". */
    private static final java.util.Set<String> SHORT_REPLIES = java.util.Set.of("ok", "okay", "k", "kk", "u",
            "ur", "ty", "thx", "thanks", "pls", "plz", "yes", "yeah", "yep", "yup", "hi", "hey", "hello", "sorry",
            "si", "claro", "gracias", "hola", "bueno", "perdon", "senora", "senor", "vale", "mhm", "uh", "um");
    /** A sentence this long with fewer function words than this share is a list of keywords, not a sentence. */
    private static final int SALAD_WORDS = 4;
    private static final double MIN_FUNCTION_SHARE = 0.15;

    /**
     * Whether the sentence reads as language rather than a list of keywords: short ones always do ("Sorry.",
     * "Verified, thanks."); longer ones need the small words that hold a sentence together.
     */
    boolean fluent(Sentence sentence) {
        var words = wordsOf(sentence);
        if (words.size() < SALAD_WORDS) {
            // a few words are a sentence when one of them is a word at all ("ok, sorry"), not "asdf qwer"
            return words.stream().anyMatch(w -> FUNCTION_WORDS.contains(w) || SHORT_REPLIES.contains(w)
                    || RealWords.contains(w) || w.chars().anyMatch(Character::isDigit));
        }
        long function = words.stream().filter(FUNCTION_WORDS::contains).count();
        return function >= MIN_FUNCTION_SHARE * words.size();
    }

    /** The sentence's words, lower case, contractions expanded. */
    List<String> wordsOf(Sentence sentence) {
        return tokens.stream().filter(t -> !t.boundary() && t.start() >= sentence.start() && t.end() <= sentence.end())
                .map(Token::word).toList();
    }

    /** Whether another text (an example, say) negates anything, read as this reply is ("don't worry" does not). */
    boolean negates(String other) {
        var theirs = Tokenizer.tokenize(other);
        return java.util.stream.IntStream.range(0, theirs.size()).anyMatch(i -> negates(theirs, i));
    }

    /** The words that negate what follows them, as this reply reads them. */
    Set<String> negations() {
        return negations;
    }

    /** Whether the sentence negates anything ("don't worry" does not). */
    boolean negatesIn(Sentence sentence) {
        return java.util.stream.IntStream.range(0, tokens.size()).anyMatch(i -> tokens.get(i).start() >= sentence
                .start() && tokens.get(i).end() <= sentence.end() && negates(tokens, i));
    }

    /** Any negation word in the sentence, idioms included. */
    boolean hasNegation(Sentence sentence) {
        return tokens.stream().filter(t -> t.start() >= sentence.start() && t.end() <= sentence.end())
                .anyMatch(t -> negations.contains(t.word()));
    }

    /**
     * What of a sentence can be read for its meaning without a negation flipping it: the whole sentence when it
     * has none; else its longest clause (split at commas, "but" and "however") with no negation and enough words,
     * so a negation in one clause never cancels what another says; null when there is none.
     */
    @Nullable Sentence affirmative(Sentence sentence) {
        if (!hasNegation(sentence)) {
            return sentence;
        }
        Sentence best = null;
        int start = -1;
        int end = -1;
        int words = 0;
        boolean negated = false;
        for (Token t : tokens) {
            if (t.start() < sentence.start() || t.end() > sentence.end()) {
                continue;
            }
            boolean split = t.boundary() || t.word().equals("but") || t.word().equals("however");
            if (split) {
                if (!negated && words >= MIN_EMBEDDED_WORDS && (best == null || words > best.words())) {
                    best = new Sentence(start, end, words);
                }
                start = -1;
                words = 0;
                negated = false;
                continue;
            }
            if (start < 0) {
                start = t.start();
            }
            end = t.end();
            words++;
            negated |= negations.contains(t.word());
        }
        if (!negated && words >= MIN_EMBEDDED_WORDS && (best == null || words > best.words())) {
            best = new Sentence(start, end, words);
        }
        return best;
    }

    /**
     * Embeds, in one batch, every sentence long enough to compare and its affirmative clause; each vector is
     * computed at most once per reply.
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
                // the clause the learned signals read when a negation stands elsewhere in the sentence
                var clause = affirmative(s);
                if (clause != null && !clause.equals(s) && clause.longEnough()) {
                    order.add(clause);
                    batch.add(text.substring(clause.start(), clause.end()));
                }
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
            whole = vectors.isEmpty() ? embedder.embed(text) : SentenceEmbedder.mean(vectors.values());
        }
        return whole;
    }

    /**
     * What the reply affirms, as a whole: the normalised mean of the vectors of its sentences with no negation and
     * of the clauses without one in the others; null when it affirms nothing long enough to compare.
     */
    float @Nullable [] affirmedWhole() {
        if (!affirmedWholeKnown) {
            var embedder = Objects.requireNonNull(this.embedder);
            embedOnce(embedder);
            var affirmed = new ArrayList<float[]>();
            for (Sentence s : sentences()) {
                var unit = affirmative(s);
                if (unit != null && unit.longEnough()) {
                    affirmed.add(vector(unit));
                }
            }
            affirmedWhole = affirmed.isEmpty() ? null : SentenceEmbedder.mean(affirmed);
            affirmedWholeKnown = true;
        }
        return affirmedWhole;
    }
}
