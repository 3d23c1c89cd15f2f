package com.rapport.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits a reply into normalised tokens with their original spans: lower case, curly quotes straightened,
 * contractions expanded with or without the apostrophe ("don't", "dont" → do not), possessive 's dropped.
 */
final class Tokenizer {

    private static final Map<String, String[]> CONTRACTIONS = Map.ofEntries(
            Map.entry("can't", new String[] {"cannot"}), Map.entry("cant", new String[] {"cannot"}),
            Map.entry("won't", new String[] {"will", "not"}), Map.entry("wont", new String[] {"will", "not"}),
            Map.entry("i'm", new String[] {"i", "am"}), Map.entry("im", new String[] {"i", "am"}),
            Map.entry("it's", new String[] {"it", "is"}), Map.entry("that's", new String[] {"that", "is"}),
            Map.entry("thats", new String[] {"that", "is"}), Map.entry("there's", new String[] {"there", "is"}),
            Map.entry("he's", new String[] {"he", "is"}), Map.entry("she's", new String[] {"she", "is"}),
            Map.entry("what's", new String[] {"what", "is"}), Map.entry("who's", new String[] {"who", "is"}),
            Map.entry("here's", new String[] {"here", "is"}), Map.entry("let's", new String[] {"let", "us"}),
            Map.entry("youre", new String[] {"you", "are"}), Map.entry("theyre", new String[] {"they", "are"}),
            Map.entry("ive", new String[] {"i", "have"}), Map.entry("ill", new String[] {"i", "will"}),
            Map.entry("id", new String[] {"i", "would"}), Map.entry("youve", new String[] {"you", "have"}),
            Map.entry("youll", new String[] {"you", "will"}), Map.entry("weve", new String[] {"we", "have"}),
            Map.entry("dont", new String[] {"do", "not"}), Map.entry("doesnt", new String[] {"does", "not"}),
            Map.entry("didnt", new String[] {"did", "not"}), Map.entry("isnt", new String[] {"is", "not"}),
            Map.entry("arent", new String[] {"are", "not"}), Map.entry("wasnt", new String[] {"was", "not"}),
            Map.entry("werent", new String[] {"were", "not"}), Map.entry("havent", new String[] {"have", "not"}),
            Map.entry("hasnt", new String[] {"has", "not"}), Map.entry("couldnt", new String[] {"could", "not"}),
            Map.entry("shouldnt", new String[] {"should", "not"}), Map.entry("wouldnt", new String[] {"would", "not"}),
            Map.entry("theres", new String[] {"there", "is"}), Map.entry("whats", new String[] {"what", "is"}),
            Map.entry("shes", new String[] {"she", "is"}), Map.entry("hes", new String[] {"he", "is"}),
            Map.entry("itll", new String[] {"it", "will"}), Map.entry("theyll", new String[] {"they", "will"}),
            Map.entry("theyve", new String[] {"they", "have"}), Map.entry("youd", new String[] {"you", "would"}),
            Map.entry("wouldve", new String[] {"would", "have"}), Map.entry("couldve", new String[] {"could", "have"}),
            Map.entry("shouldve", new String[] {"should", "have"}));

    private static final Map<String, String> SUFFIXES = Map.of("n't", "not", "'re", "are", "'ve", "have",
            "'ll", "will", "'m", "am", "'d", "would");

    /** Words whose full stop ends no sentence: "Ms. Pruitt", "Dr. Reid". */
    private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "dr", "st", "prof",
            "sr", "jr", "vs", "approx", "dept");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        var tokens = new ArrayList<Token>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isApostrophe(text.charAt(i))
                        && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                    i++;
                }
                addWord(tokens, text.substring(start, i), start, i);
            } else {
                boolean abbreviation = c == '.' && !tokens.isEmpty() && !tokens.getLast().boundary()
                        && tokens.getLast().end() == i && TITLES.contains(tokens.getLast().word());
                if (!abbreviation && (c == '.' || c == '!' || c == '?' || c == ';' || c == ',' || c == ':'
                        || c == '\n')) {
                    tokens.add(new Token(String.valueOf(c), i, i + 1, true));
                }
                i++;
            }
        }
        return readAsVerb(text, tokens);
    }

    /**
     * Words after which a name's or a noun's 's cannot be a possessive, so it is "is" or "has": "Dale's in the
     * cardiac unit", "your dad's having tests", "Frank's been moved". A possessive needs a noun after it.
     */
    private static final Map<String, String> AFTER_IS = Map.ofEntries(
            Map.entry("been", "has"), Map.entry("got", "has"), Map.entry("gone", "has"), Map.entry("had", "has"),
            Map.entry("in", "is"), Map.entry("on", "is"), Map.entry("at", "is"), Map.entry("up", "is"),
            Map.entry("down", "is"), Map.entry("upstairs", "is"), Map.entry("downstairs", "is"),
            Map.entry("with", "is"), Map.entry("under", "is"), Map.entry("still", "is"), Map.entry("not", "is"),
            Map.entry("being", "is"), Map.entry("having", "is"), Map.entry("going", "is"), Map.entry("getting", "is"),
            Map.entry("doing", "is"), Map.entry("waiting", "is"), Map.entry("recovering", "is"),
            Map.entry("staying", "is"), Map.entry("sleeping", "is"), Map.entry("resting", "is"),
            Map.entry("coming", "is"), Map.entry("seeing", "is"), Map.entry("fine", "is"), Map.entry("okay", "is"),
            Map.entry("ok", "is"), Map.entry("here", "is"), Map.entry("there", "is"), Map.entry("home", "is"),
            Map.entry("back", "is"), Map.entry("out", "is"), Map.entry("off", "is"), Map.entry("away", "is"),
            Map.entry("already", "is"), Map.entry("just", "is"), Map.entry("now", "is"), Map.entry("a", "is"),
            Map.entry("an", "is"), Map.entry("the", "is"), Map.entry("very", "is"), Map.entry("really", "is"),
            Map.entry("so", "is"), Map.entry("stable", "is"), Map.entry("awake", "is"), Map.entry("asleep", "is"),
            Map.entry("probably", "is"), Map.entry("definitely", "is"), Map.entry("currently", "is"),
            Map.entry("also", "is"), Map.entry("never", "is"), Map.entry("always", "is"), Map.entry("no", "is"));

    /**
     * Words of {@link #AFTER_IS} that can also be a noun or stand before one ("Dale's back is sore", "Dale's home
     * address", "the patient's stable condition"): they show "is" only at the end of a sentence or before a word that
     * cannot go on such a noun ("Dale's back on the ward", "Dale's home now").
     */
    private static final Set<String> NOUNS_TOO = Set.of("back", "home", "stable");
    private static final Set<String> AFTER_ADVERB = Set.of("on", "in", "at", "with", "from", "to", "now", "already",
            "today", "tonight", "yet", "again", "and", "but", "since", "after", "so", "home", "safe", "upstairs",
            "downstairs", "here", "there", "too", "though", "for", "by", "as");

    /** Adds the verb a word's dropped 's stood for where the next word shows it was no possessive. */
    private static List<Token> readAsVerb(String text, List<Token> tokens) {
        List<Token> read = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (read != null) {
                read.add(t);
            }
            if (t.boundary() || k + 1 >= tokens.size() || tokens.get(k + 1).boundary()
                    || tokens.get(k + 1).start() == t.start() || k > 0 && tokens.get(k - 1).start() == t.start()) {
                continue;
            }
            String raw = text.substring(t.start(), t.end());
            String verb = AFTER_IS.get(tokens.get(k + 1).word());
            if (verb != null && NOUNS_TOO.contains(tokens.get(k + 1).word()) && k + 2 < tokens.size()
                    && !tokens.get(k + 2).boundary() && !AFTER_ADVERB.contains(tokens.get(k + 2).word())) {
                verb = null;
            }
            if (verb != null && raw.length() > 2 && raw.charAt(raw.length() - 1) == 's'
                    && isApostrophe(raw.charAt(raw.length() - 2))) {
                if (read == null) {
                    read = new ArrayList<>(tokens.subList(0, k + 1));
                }
                read.add(new Token(verb, t.start(), t.end(), false));
            }
        }
        return read == null ? tokens : read;
    }

    /** "días" and "dias", "señora" and "senora" are the same word: trainees often type without accents. */
    static String withoutAccents(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                return ACCENTS.matcher(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD))
                        .replaceAll("");
            }
        }
        return word;
    }

    private static final java.util.regex.Pattern ACCENTS = java.util.regex.Pattern.compile("\\p{M}+");

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    private static void addWord(List<Token> tokens, String raw, int start, int end) {
        String word = withoutAccents(raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\''));
        String[] expanded = CONTRACTIONS.get(word);
        if (expanded != null) {
            for (String w : expanded) {
                tokens.add(new Token(w, start, end, false));
            }
            return;
        }
        for (var suffix : SUFFIXES.entrySet()) {
            if (word.endsWith(suffix.getKey()) && word.length() > suffix.getKey().length()) {
                tokens.add(new Token(word.substring(0, word.length() - suffix.getKey().length()), start, end, false));
                tokens.add(new Token(suffix.getValue(), start, end, false));
                return;
            }
        }
        if (word.endsWith("'s")) {
            word = word.substring(0, word.length() - 2);
        } else if (word.endsWith("'")) {
            word = word.substring(0, word.length() - 1);
        }
        tokens.add(new Token(word, start, end, false));
    }
}
