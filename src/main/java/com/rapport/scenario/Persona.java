package com.rapport.scenario;

import org.jspecify.annotations.Nullable;

/** Who the trainee talks to. */
public record Persona(String name, @Nullable Integer age, Role role, String situation, Integer mood) {

    public enum Role {
        PATIENT, RELATIVE, CALLER;

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
