package com.rapport.review;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Tier;

/** One trainee on the manager dashboard. Trainees with no finished attempt yet have no tier data. */
public record TeamRow(String username, String displayName, Tier tier, Set<Tier> certified, int attempts, int passed,
        int critical, @Nullable Instant lastActivity, @Nullable Criterion weakest, @Nullable Double weakestValue,
        @Nullable Double focusValue) {
}
