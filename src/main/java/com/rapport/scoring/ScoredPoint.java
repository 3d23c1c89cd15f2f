package com.rapport.scoring;

import com.rapport.scenario.Criterion;

/**
 * Points one reply earned on one criterion, next to the most that any reply at that moment could have earned.
 *
 * @param earned points the reply earned (negative for a deduction)
 * @param best the most any reply at that point could have earned on this criterion (never below zero)
 */
public record ScoredPoint(Criterion criterion, int earned, int best) {
}
