package com.rapport.shared;

/**
 * Neutralises CSV cells that a spreadsheet would run as a formula (OWASP "CSV injection"): a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe. Every CSV Rapport
 * writes passes its text cells through here.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
