package com.rapport.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a conversation ended. */
public enum Outcome {
    RESOLVED, ESCALATED, UNRESOLVED, COMPLAINT, PRIVACY_BREACH;

    @JsonValue
    public String id() {
        return Ids.of(this);
    }

    @JsonCreator
    public static Outcome fromId(String id) {
        return Ids.lookup(Outcome.class, id, Outcome::id);
    }
}
