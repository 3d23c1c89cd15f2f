package com.rapport.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Career tiers from the career guide, easiest first. */
public enum Tier {
    ENTRY, MID, SENIOR, MANAGER;

    @JsonValue
    public String id() {
        return Ids.of(this);
    }

    @JsonCreator
    public static Tier fromId(String id) {
        return Ids.lookup(Tier.class, id, Tier::id);
    }
}
