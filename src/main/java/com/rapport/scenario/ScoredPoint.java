package com.rapport.scenario;

/**
 * Points one reply earned on one criterion, next to the most that any reply at that moment could have earned.
 *
 * @param earned points the reply earned (negative for a deduction)
 * @param best the most any reply at that point could have earned on this criterion (never below zero)
 */
public record ScoredPoint(Criterion criterion, int earned, int best) {

    /**
     * The one rule for turning points into a percentage from 0 to 100: earned against possible, clamped; with
     * nothing to earn, 100 unless points were lost.
     */
    public static int percent(double earned, double possible) {
        if (possible <= 0) {
            return earned < 0 ? 0 : 100;
        }
        return (int) Math.round(100.0 * Math.clamp(earned, 0, possible) / possible);
    }
}
