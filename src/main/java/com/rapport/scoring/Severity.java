package com.rapport.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How bad a violation is. A critical one caps the attempt: it cannot pass. */
public enum Severity {
    MINOR(1), MAJOR(2), CRITICAL(4);

    private final int levelPenalty;

    Severity(int levelPenalty) {
        this.levelPenalty = levelPenalty;
    }

    /** Levels a violation of this severity takes off its criterion. */
    public int levelPenalty() {
        return levelPenalty;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static Severity fromId(String id) {
        for (Severity s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not a severity; expected one of: minor, major, critical");
    }
}
