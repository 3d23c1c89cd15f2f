package com.rapport.scenario;

import org.jspecify.annotations.Nullable;

/** An author's expected level in an example: "3", ">= 3" or "<= 1". */
public record Expectation(String op, int level) {

    public static @Nullable Expectation parse(String text) {
        String t = text.strip();
        String op = "==";
        if (t.startsWith(">=") || t.startsWith("<=")) {
            op = t.substring(0, 2);
            t = t.substring(2).strip();
        }
        try {
            int level = Integer.parseInt(t);
            return level < 0 || level > 4 ? null : new Expectation(op, level);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean accepts(int actual) {
        return Condition.compare(actual, op, level);
    }

    @Override
    public String toString() {
        return op.equals("==") ? String.valueOf(level) : op + " " + level;
    }
}
