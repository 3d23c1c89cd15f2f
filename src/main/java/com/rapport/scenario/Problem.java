package com.rapport.scenario;

/** One finding about a scenario file, printed as {@code file:line:column: severity: message}. */
public record Problem(String file, int line, int column, Severity severity, String message) {

    public enum Severity {
        ERROR, WARNING;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.id() + ": " + message;
    }
}
