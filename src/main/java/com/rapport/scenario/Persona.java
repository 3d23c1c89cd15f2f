package com.rapport.scenario;

import org.jspecify.annotations.Nullable;

/** Who the trainee talks to. */
public record Persona(String name, @Nullable Integer age, Role role, String situation,
        @Nullable CommunicationNeeds communicationNeeds, Integer mood) {

    /** What the trainee must adapt to: the person's language, hearing, and reading level. */
    public record CommunicationNeeds(@Nullable String language, @Nullable String hearing, @Nullable String literacy,
            @Nullable Boolean interpreterNeeded) {
    }

    /** A colleague is a member of staff or an outside professional, as in the manager-tier scenarios. */
    public enum Role {
        PATIENT, RELATIVE, CALLER, COLLEAGUE;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Role fromId(String id) {
            return Ids.lookup(Role.class, id, Role::id);
        }
    }
}
