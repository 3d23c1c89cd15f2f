package com.rapport.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The rubric criteria every reply can be scored on; ids are stable and used in scenario files. */
public enum Criterion {
    EMPATHY, ACTIVE_LISTENING, HIPAA, PLAIN_LANGUAGE, OWNERSHIP, PROFESSIONALISM, CULTURAL_SENSITIVITY, FOLLOW_UP;

    @JsonValue
    public String id() {
        return Ids.of(this);
    }

    @JsonCreator
    public static Criterion fromId(String id) {
        return Ids.lookup(Criterion.class, id, Criterion::id);
    }
}
