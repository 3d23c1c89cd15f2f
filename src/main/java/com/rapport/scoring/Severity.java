package com.rapport.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.rapport.scenario.Ids;

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
        return Ids.of(this);
    }

    @JsonCreator
    public static Severity fromId(String id) {
        return Ids.lookup(Severity.class, id, Severity::id);
    }
}
