package com.rapport.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;

/** A finished attempt's result on one criterion (0-100), and a reviewer's correction of it if any. */
@Embeddable
public class CriterionResult {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Criterion criterion;

    @Column(nullable = false)
    private int percent;

    @Column(name = "reviewed_percent")
    private @Nullable Integer reviewedPercent;

    protected CriterionResult() {
        this.criterion = Criterion.EMPATHY;
    }

    CriterionResult(Criterion criterion, int percent) {
        this.criterion = criterion;
        this.percent = percent;
    }

    CriterionResult reviewed(int newPercent) {
        var r = new CriterionResult(criterion, percent);
        r.reviewedPercent = newPercent;
        return r;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public int getPercent() {
        return percent;
    }

    public @Nullable Integer getReviewedPercent() {
        return reviewedPercent;
    }

    /** The result that counts: the reviewer's if there is one. */
    public int effective() {
        return reviewedPercent != null ? reviewedPercent : percent;
    }
}
