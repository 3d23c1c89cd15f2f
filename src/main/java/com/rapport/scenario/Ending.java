package com.rapport.scenario;

import org.jspecify.annotations.Nullable;

/** Where a conversation stops, how it turned out, and what the trainee should take from it. */
public record Ending(Outcome outcome, @Nullable String patient, String debrief,
        java.util.@Nullable List<String> modelResponses) {

    /** "What an experienced representative would have said" at the key moments of this conversation. */
    public java.util.List<String> models() {
        return modelResponses == null ? java.util.List.of() : modelResponses;
    }
}
