package com.rapport.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;

/**
 * How one reply scored on one criterion: points earned, the best available at that moment, and the reason. A row
 * with no feedback records a criterion the reply did not touch but a better reply would have scored.
 */
@Embeddable
public class TurnScore {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Criterion criterion;

    @Column(nullable = false)
    private int points;

    @Column(name = "best_points", nullable = false)
    private int bestPoints;

    @Column(length = 2000)
    private @Nullable String feedback;

    protected TurnScore() {
        this.criterion = Criterion.EMPATHY;
    }

    TurnScore(Criterion criterion, int points, int bestPoints, @Nullable String feedback) {
        this.criterion = criterion;
        this.points = points;
        this.bestPoints = bestPoints;
        this.feedback = feedback;
    }

    /** The rows to store for the points a reply earned at its moment. */
    static java.util.List<TurnScore> of(com.rapport.scoring.MomentScore moment) {
        return moment.points().stream().map(p -> new TurnScore(p.criterion(), p.earned(), p.best(), p.feedback()))
                .toList();
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public int getPoints() {
        return points;
    }

    public int getBestPoints() {
        return bestPoints;
    }

    public @Nullable String getFeedback() {
        return feedback;
    }
}
