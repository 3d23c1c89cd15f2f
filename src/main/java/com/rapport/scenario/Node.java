package com.rapport.scenario;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A point in the conversation: the patient speaks, the trainee chooses. */
public record Node(@Nullable String narrator, String patient, List<Choice> choices) {
}
