package com.rapport.scoring;

/** Why a CSV file given to a command could not be read, in words its author can act on. */
final class CsvProblems {

    private CsvProblems() {
    }

    /**
     * The error line for a file that could not be read: Commons CSV reports a broken row (an unclosed quote, bytes
     * that are not UTF-8) as an unchecked exception while iterating, a missing file as an {@code IOException}.
     */
    static String describe(java.nio.file.Path file, Exception e) {
        return "error: " + file + " is not a readable CSV file: " + why(e);
    }

    private static String why(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.charset.CharacterCodingException) {
                return "it is not UTF-8 text (save it as UTF-8 and try again)";
            }
            if (t instanceof java.nio.file.NoSuchFileException) {
                return "no such file";
            }
            if (t instanceof org.apache.commons.csv.CSVException) {
                return String.valueOf(t.getMessage());
            }
        }
        Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        return String.valueOf(cause.getMessage());
    }
}
