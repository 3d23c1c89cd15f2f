package com.rapport.shared;

import java.io.IOException;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for every CSV cell Rapport writes: a text cell that a spreadsheet would run as a formula (one that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading single quote,
 * as OWASP recommends against CSV injection. Numbers, and a cell that is only a number or a lone sign (the
 * labelled format's {@code +} and {@code -}), are left as they are: no spreadsheet runs them.
 */
public final class CsvCells {

    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d+)?)?");

    private CsvCells() {
    }

    /** The value as it is safe to write in a cell. */
    public static @Nullable Object neutralised(@Nullable Object value) {
        if (!(value instanceof CharSequence text) || text.isEmpty() || TRIGGERS.indexOf(text.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(text).matches()) {
            return value;
        }
        return "'" + text;
    }

    /** Prints one record with every cell neutralised. */
    public static void print(CSVPrinter csv, Iterable<?> values) throws IOException {
        for (Object value : values) {
            csv.print(neutralised(value));
        }
        csv.println();
    }

    /** Prints one record with every cell neutralised. */
    public static void print(CSVPrinter csv, Object... values) throws IOException {
        print(csv, java.util.Arrays.asList(values));
    }
}
