package com.rapport.practice;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Tier;

/** A finished attempt as progress counts it: its results with any reviewer's corrections applied. */
public record AttemptResult(long id, String scenarioId, Tier tier, Instant finishedAt, int score, boolean passed,
        boolean criticalViolation, Map<Criterion, Integer> criteria) {

    static AttemptResult of(Attempt a) {
        var criteria = new EnumMap<Criterion, Integer>(Criterion.class);
        a.getCriterionResults().forEach(r -> criteria.put(r.getCriterion(), r.effective()));
        Integer score = a.getEffectiveScore();
        return new AttemptResult(Objects.requireNonNull(a.getId()), a.getScenarioId(), a.getTier(),
                Objects.requireNonNull(a.getFinishedAt()), score == null ? 0 : score, a.isPassed(),
                a.hasCriticalViolation(), Map.copyOf(criteria));
    }
}
