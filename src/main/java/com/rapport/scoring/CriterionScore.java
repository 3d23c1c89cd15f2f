package com.rapport.scoring;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.ScoredPoint;

/** A criterion's result over a whole attempt: points earned against the most that could have been earned. */
public record CriterionScore(Criterion criterion, int earned, int possible) {

    /** Percentage from 0 to 100; a criterion with nothing to earn scores 100 unless points were lost on it. */
    public int percent() {
        return ScoredPoint.percent(earned, possible);
    }
}
