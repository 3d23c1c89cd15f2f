package com.rapport.scoring;

/**
 * Words in quotation marks: a reply that quotes what someone said ("Nobody should hear 'you people' at our desk")
 * mentions the words without using them.
 */
final class Quotes {

    private static final String OPENING = "\"“‘'";
    private static final String CLOSING = "\"”’'";

    private Quotes() {
    }

    /** Whether text[start, end) stands inside a pair of quotation marks within its sentence. */
    static boolean quoted(String text, int start, int end) {
        return opensBefore(text, start) && closesAfter(text, end);
    }

    private static boolean opensBefore(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return false;
            }
            if (closing(text, i) && i < start - 1) {
                return false;
            }
            if (opening(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean closesAfter(String text, int end) {
        for (int i = end; i < text.length(); i++) {
            if (closing(text, i)) {
                return true;
            }
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && !closing(text, i + 1)) {
                return false;
            }
        }
        return false;
    }

    /** A quotation mark that opens: not an apostrophe inside a word ("don't"). */
    private static boolean opening(String text, int i) {
        return OPENING.indexOf(text.charAt(i)) >= 0 && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    /** A quotation mark that closes: not an apostrophe inside a word ("it's"). */
    private static boolean closing(String text, int i) {
        return i < text.length() && CLOSING.indexOf(text.charAt(i)) >= 0 && i > 0
                && !Character.isWhitespace(text.charAt(i - 1))
                && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }
}
