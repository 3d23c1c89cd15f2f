package com.rapport.scoring;

import java.io.IOException;

/** Why a CSV file given to a command could not be read, in words its author can act on. */
final class CsvProblems {

    private CsvProblems() {
    }

    static String why(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.charset.CharacterCodingException) {
                return "it is not UTF-8 text (save it as UTF-8 and try again)";
            }
            if (t instanceof org.apache.commons.csv.CSVException) {
                return String.valueOf(t.getMessage());
            }
        }
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    }
}
