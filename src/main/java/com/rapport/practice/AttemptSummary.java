package com.rapport.practice;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Outcome;
import com.rapport.scenario.Tier;

/** One line of an attempts list. */
public record AttemptSummary(long id, String username, String scenarioId, String scenarioTitle, Tier tier,
        Instant startedAt, @Nullable Instant finishedAt, @Nullable Outcome outcome, @Nullable Integer scorePercent,
        boolean passed, int turns) {

    static AttemptSummary of(Attempt a) {
        return new AttemptSummary(Objects.requireNonNull(a.getId()), a.getUsername(), a.getScenarioId(),
                a.getScenarioTitle(), a.getTier(), a.getStartedAt(), a.getFinishedAt(), a.getOutcome(),
                a.getEffectiveScore(), a.isPassed(), a.getTurns().size());
    }

    public boolean finished() {
        return finishedAt != null;
    }
}
