package com.rapport.review;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;

/** Published when a reviewer corrects an attempt's score (criterion null: the overall score), for the audit log. */
public record ScoreCorrected(String actor, long attemptId, @Nullable Criterion criterion, int original, int corrected,
        String reason) {
}
