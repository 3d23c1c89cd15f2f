package com.rapport.scenario;

import org.jspecify.annotations.Nullable;

/** Where a conversation stops, how it turned out, and what the trainee should take from it. */
public record Ending(Outcome outcome, @Nullable String patient, String debrief) {
}
