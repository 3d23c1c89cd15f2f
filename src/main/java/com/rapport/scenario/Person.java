package com.rapport.scenario;

import org.jspecify.annotations.Nullable;

/**
 * Someone else in the scene besides the persona (format 1.1): a relative, a member of staff, another patient. They
 * speak through a node's {@code lines}; the trainee still talks to the persona.
 *
 * @param id how a node's {@code lines} name them as {@code speaker}; never {@code patient}
 * @param language what they speak (default: the scenario's language)
 * @param note for authors and trainers: who this person is to the persona
 */
public record Person(String id, String name, Role role, @Nullable String language, @Nullable String note) {

    /** The speaker id that always means the persona. */
    public static final String PATIENT = "patient";

    /** Who the person is in the scene. */
    public enum Role {
        RELATIVE, STAFF, PATIENT, OTHER;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return Ids.of(this);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Role fromId(String id) {
            return Ids.lookup(Role.class, id, Role::id);
        }
    }
}
