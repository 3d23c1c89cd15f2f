package com.rapport.shared;

/**
 * A count with its noun in the right number, for text outside the translated UI (command-line output, logs):
 * "1 file", "3 files", "0 files". UI text uses the same rule through MessageFormat's {@code choice} in
 * {@code translations.properties}, e.g. {@code {0,choice,0#no warnings|1#1 warning|1<{0,number,integer} warnings}}.
 */
public final class Plural {

    private Plural() {
    }

    /** The count followed by {@code one} when it is exactly 1, otherwise by {@code many}. */
    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
