package com.rapport.scenario;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Something the trainee can say at a node, where it leads, and how it is scored.
 *
 * @param sets flags this reply sets; @param adds amounts this reply adds to counters
 * @param when a condition (see {@link Condition}); the reply is offered only when it holds
 */
public record Choice(String id, String text, String next, @Nullable Integer mood, @Nullable List<RubricEffect> rubric,
        java.util.@Nullable Map<String, Boolean> sets, java.util.@Nullable Map<String, Integer> adds,
        @Nullable String when) {

    public int moodChange() {
        return mood == null ? 0 : mood;
    }

    /** All this reply's rubric points added up: how good a reply it is, all criteria together. */
    public int totalPoints() {
        return effects().stream().mapToInt(RubricEffect::points).sum();
    }

    public List<RubricEffect> effects() {
        return rubric == null ? List.of() : rubric;
    }
}
