package com.rapport.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jspecify.annotations.Nullable;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A phrase a trainer writes in the rubric, matched against a reply's tokens with tolerance for typos.
 * <ul>
 * <li>words are matched case-insensitively, contractions expanded, with one typo allowed in words of five letters
 * or more and two in words of nine or more;</li>
 * <li>{@code worr*} matches any word that starts with "worr";</li>
 * <li>{@code (your dad|your father|he)} matches any one of the alternatives;</li>
 * <li>{@code *} matches any one word, {@code ...} up to four words, {@code <number>} a number in digits or words,
 * {@code <start>} and {@code <end>} the start and the end of a clause (punctuation or either end of the reply);
 * </li>
 * <li>a {@code ?} after a word or a group makes it optional;</li>
 * <li>a {@code ?} standing alone at the end means only in a question: the sentence goes on to a question mark.</li>
 * </ul>
 */
final class PhrasePattern {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    /**
     * Everyday words one letter away from a rubric word that are never a typo for it: "blood" is not "bloody",
     * "copy" is not "copay", "aware" is not "awake".
     */
    private static final java.util.Set<String> REAL_WORDS = java.util.Set.of("blood", "copy", "bloom", "cope", "aware");
    private static final int GAP = 4;

    private sealed interface Element permits Word, Choice, AnyWord, Gap, Number, End, Start {
    }

    private record Number() implements Element {
    }

    private record Word(String text, boolean prefix) implements Element {
    }

    private record Choice(List<List<Element>> alternatives) implements Element {
    }

    private record AnyWord() implements Element {
    }

    /** The start of a clause: the reply's start or just after punctuation, matching no word. */
    private record Start() implements Element {
    }

    /** The end of a clause: punctuation or the end of the reply, matching no word. */
    private record End() implements Element {
    }

    private record Gap() implements Element {
    }

    /** Where a phrase matched: token indexes, end exclusive. */
    record Match(int from, int to) {
    }

    private final String source;
    private final List<Element> elements;
    /** Whether the phrase counts only inside a question: its sentence goes on to a question mark. */
    private final boolean question;

    private PhrasePattern(String source, List<Element> elements, boolean question) {
        this.source = source;
        this.elements = elements;
        this.question = question;
    }

    static PhrasePattern compile(String phrase) {
        String text = phrase.trim();
        boolean question = text.length() > 2 && text.endsWith("?") && Character.isWhitespace(text.charAt(
                text.length() - 2));
        if (question) {
            text = text.substring(0, text.length() - 1).trim();
        }
        return new PhrasePattern(phrase, parseSequence(text), question);
    }

    /** Whether the sentence goes on from token {@code from} to a question mark before it ends. */
    static boolean asked(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.boundary() && Reply.SENTENCE_ENDS.contains(t.word())) {
                return t.word().equals("?");
            }
        }
        return false;
    }

    /** The words the phrase itself spells out, so a "not" it asks for is not taken as negating it. */
    java.util.Set<String> words() {
        var words = new java.util.HashSet<String>();
        for (String w : Tokenizer.withoutAccents(source.toLowerCase(java.util.Locale.ROOT)).split("[^a-z']+")) {
            if (!w.isEmpty()) {
                words.add(w);
                if (w.endsWith("n't")) {
                    words.add("not");
                }
            }
        }
        return words;
    }

    String source() {
        return source;
    }

    private static List<Element> parseSequence(String text) {
        var elements = new ArrayList<Element>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                int depth = 1;
                int j = i + 1;
                while (j < text.length() && depth > 0) {
                    if (text.charAt(j) == '(') {
                        depth++;
                    } else if (text.charAt(j) == ')') {
                        depth--;
                    }
                    j++;
                }
                // an unclosed group runs to the end of the phrase (the validators report it)
                String inner = depth == 0 ? text.substring(i + 1, j - 1) : text.substring(i + 1);
                var alternatives = new ArrayList<List<Element>>();
                for (String alt : splitTopLevel(inner)) {
                    alternatives.add(parseSequence(alt.trim()));
                }
                if (j < text.length() && text.charAt(j) == '?') {
                    alternatives.add(List.of());
                    j++;
                }
                elements.add(new Choice(alternatives));
                i = j;
            } else {
                int j = i;
                while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '(') {
                    j++;
                }
                String word = text.substring(i, j);
                // "word,?" is the word then an optional comma, as after a group; it does not make the word optional
                boolean optional = word.length() > 1 && word.endsWith("?") && !word.endsWith(",?");
                if (optional || word.endsWith(",?")) {
                    word = word.substring(0, word.length() - (optional ? 1 : 2));
                }
                int before = elements.size();
                if (word.equals("<number>")) {
                    elements.add(new Number());
                } else if (word.equals("<end>")) {
                    elements.add(new End());
                } else if (word.equals("<start>")) {
                    elements.add(new Start());
                } else if (word.equals("...")) {
                    elements.add(new Gap());
                } else if (word.equals("*")) {
                    elements.add(new AnyWord());
                } else {
                    for (Token t : Tokenizer.tokenize(word.replace("*", ""))) {
                        if (!t.boundary()) {
                            elements.add(new Word(t.word(), false));
                        }
                    }
                    if (word.endsWith("*") && !elements.isEmpty() && elements.getLast() instanceof Word last) {
                        elements.set(elements.size() - 1, new Word(last.text(), true));
                    }
                }
                if (optional && elements.size() > before) {
                    var part = new ArrayList<>(elements.subList(before, elements.size()));
                    elements.subList(before, elements.size()).clear();
                    elements.add(new Choice(List.of(part, List.of())));
                }
                i = j;
            }
        }
        return elements;
    }

    private static List<String> splitTopLevel(String inner) {
        var parts = new ArrayList<String>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(inner.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(inner.substring(start));
        return parts;
    }

    /** Every place the phrase matches, leftmost first, not overlapping. Never crosses a clause boundary. */
    List<Match> find(List<Token> tokens) {
        List<Match> matches = null;
        int i = 0;
        while (i < tokens.size()) {
            int end = tokens.get(i).boundary() ? -1 : match(elements, 0, null, tokens, i, false);
            if (end > i && question && !asked(tokens, end)) {
                end = -1;
            }
            if (end > i) {
                if (matches == null) {
                    matches = new ArrayList<>(2);
                }
                matches.add(new Match(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return matches == null ? List.of() : matches;
    }

    /** What is left to match after the current group: the rest of an enclosing sequence. */
    private record Rest(List<Element> elements, int index, @Nullable Rest next) {
    }

    /**
     * Token index after a match of elements[e..] and then of the rest, starting at token t, or -1. Commas inside a
     * phrase are skipped. Groups continue into the rest without copying lists.
     */
    private static int match(List<Element> elements, int e, @Nullable Rest rest, List<Token> tokens, int t,
            boolean started) {
        if (e == elements.size()) {
            return rest == null ? t : match(rest.elements(), rest.index(), rest.next(), tokens, t, started);
        }
        Element element = elements.get(e);
        if (element instanceof Start) {
            return t == 0 || tokens.get(t - 1).boundary() ? match(elements, e + 1, rest, tokens, t, started) : -1;
        }
        if (element instanceof End) {
            return t == tokens.size() || tokens.get(t).boundary() ? match(elements, e + 1, rest, tokens, t, started)
                    : -1;
        }
        if (started && t < tokens.size() && tokens.get(t).word().equals(",")) {
            t++;
        }
        switch (element) {
            case Word w -> {
                if (t < tokens.size() && !tokens.get(t).boundary() && similar(w, tokens.get(t).word())) {
                    return match(elements, e + 1, rest, tokens, t + 1, true);
                }
                return -1;
            }
            case Number n -> {
                if (t < tokens.size() && isNumber(tokens.get(t).word())) {
                    return match(elements, e + 1, rest, tokens, t + 1, true);
                }
                return -1;
            }
            case AnyWord a -> {
                if (t < tokens.size() && !tokens.get(t).boundary()) {
                    return match(elements, e + 1, rest, tokens, t + 1, true);
                }
                return -1;
            }
            case Gap g -> {
                for (int skip = 0; skip <= GAP; skip++) {
                    if (skip > 0 && (t + skip - 1 >= tokens.size() || tokens.get(t + skip - 1).boundary()
                            && !tokens.get(t + skip - 1).word().equals(","))) {
                        break;
                    }
                    int end = match(elements, e + 1, rest, tokens, t + skip, started || skip > 0);
                    if (end >= 0) {
                        return end;
                    }
                }
                return -1;
            }
            case End end -> {
                return -1; // handled above, before a comma is skipped
            }
            case Start start -> {
                return -1; // handled above
            }
            case Choice c -> {
                var after = new Rest(elements, e + 1, rest);
                for (List<Element> alternative : c.alternatives()) {
                    int end = match(alternative, 0, after, tokens, t, started);
                    if (end >= 0) {
                        return end;
                    }
                }
                return -1;
            }
        }
    }

    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty",
            "fifty", "sixty", "ninety", "half", "a couple", "couple", "few", "24", "48");

    private static boolean isNumber(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0)) || NUMBER_WORDS.contains(word);
    }

    /** Whether {@code word} is the rubric word's past tense ("promised", "guaranteed"): another word, not a typo. */
    private static boolean pastTenseOf(String rubricWord, String word) {
        return word.equals(rubricWord + "d") || word.equals(rubricWord + "ed");
    }

    static boolean similar(Word pattern, String word) {
        String p = pattern.text();
        if (pattern.prefix()) {
            if (word.startsWith(p)) {
                return true;
            }
            if (p.length() < 5 || word.isEmpty() || word.charAt(0) != p.charAt(0)) {
                return false;
            }
            for (int k = p.length() - 1; k <= Math.min(word.length(), p.length() + 1); k++) {
                int d = DISTANCE.apply(p, word.substring(0, k));
                if (d >= 0 && d <= 1) {
                    return true;
                }
            }
            return p.length() >= 7 && word.length() >= p.length() && word.charAt(0) == p.charAt(0)
                    && JARO_WINKLER.apply(p, word.substring(0, p.length())) >= 0.93;
        }
        if (p.equals(word)) {
            return true;
        }
        if (p.length() < 5 || word.isEmpty() || word.charAt(0) != p.charAt(0) || REAL_WORDS.contains(word)
                || pastTenseOf(p, word) || RealWords.contains(word) && !RealWords.spellingVariants(p, word)) {
            return false;
        }
        int allowed = p.length() >= 9 ? 2 : p.length() >= 5 ? 1 : 0;
        if (allowed == 0 || Math.abs(p.length() - word.length()) > allowed) {
            return false;
        }
        int d = DISTANCE.apply(p, word);
        if (d >= 0 && d <= allowed) {
            return true;
        }
        // a swapped pair of letters ("brith") costs two edits but reads as one typo
        return word.length() == p.length() && word.charAt(0) == p.charAt(0) && transposed(p, word);
    }

    private static boolean transposed(String a, String b) {
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first >= 0) {
                    return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
                            && a.substring(i + 1).equals(b.substring(i + 1));
                }
                first = i;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return source + " " + Arrays.toString(elements.toArray());
    }
}
