package com.rapport.scoring;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.ScoredPoint;

/**
 * The result of an attempt: per criterion, the points earned against the best the trainee could have earned on
 * the path they took; overall, all points earned (deductions included) against all that could have been
 * earned. Pure and deterministic.
 */
public record ScoreSheet(List<CriterionScore> criteria, double earned, double possible) {

    public static ScoreSheet of(Collection<ScoredPoint> points) {
        return of(points, c -> 1.0);
    }

    /** As {@link #of(Collection)}, with each criterion's points counted by its weight in the overall result. */
    public static ScoreSheet of(Collection<ScoredPoint> points, java.util.function.ToDoubleFunction<Criterion> weight) {
        var earned = new EnumMap<Criterion, Integer>(Criterion.class);
        var possible = new EnumMap<Criterion, Integer>(Criterion.class);
        for (ScoredPoint p : points) {
            earned.merge(p.criterion(), p.earned(), Integer::sum);
            possible.merge(p.criterion(), Math.max(0, p.best()), Integer::sum);
        }
        var scores = earned.keySet().stream()
                .map(c -> new CriterionScore(c, earned.get(c), possible.get(c)))
                .toList();
        double totalEarned = scores.stream().mapToDouble(s -> s.earned() * weight.applyAsDouble(s.criterion())).sum();
        double totalPossible = scores.stream()
                .mapToDouble(s -> s.possible() * weight.applyAsDouble(s.criterion())).sum();
        return new ScoreSheet(scores, totalEarned, totalPossible);
    }

    /** Overall percentage from 0 to 100. */
    public int percent() {
        if (possible <= 0) {
            return criteria.stream().anyMatch(c -> c.earned() < 0) ? 0 : 100;
        }
        return ScoredPoint.percent(earned, possible);
    }

    public boolean passes(int passMark) {
        return percent() >= passMark;
    }
}
