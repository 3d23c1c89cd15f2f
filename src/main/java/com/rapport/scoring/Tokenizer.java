package com.rapport.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        return tokens;
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
