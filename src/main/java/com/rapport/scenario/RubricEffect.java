package com.rapport.scenario;

/** Points a choice earns (or loses) on one criterion, with the trainer's reason. */
public record RubricEffect(Criterion criterion, int points, String feedback) {
}
