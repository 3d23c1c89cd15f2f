package com.rapport.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;

/**
 * One line of the override audit log: a reviewer changed an attempt's overall score (no criterion) or one
 * criterion's result, from what to what, why, who and when. Rows are only ever added.
 */
@Entity
@Table(name = "score_override")
public class ScoreOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable Criterion criterion;

    @Column(nullable = false)
    private int original;

    @Column(name = "new_value", nullable = false)
    private int newValue;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "overridden_by", nullable = false, length = 100)
    private String overriddenBy;

    @Column(name = "overridden_at", nullable = false)
    private Instant overriddenAt;

    protected ScoreOverride() {
        this.reason = "";
        this.overriddenBy = "";
        this.overriddenAt = Instant.EPOCH;
    }

    ScoreOverride(long attemptId, @Nullable Criterion criterion, int original, int newValue, String reason,
            String overriddenBy, Instant overriddenAt) {
        this.attemptId = attemptId;
        this.criterion = criterion;
        this.original = original;
        this.newValue = newValue;
        this.reason = reason;
        this.overriddenBy = overriddenBy;
        this.overriddenAt = overriddenAt;
    }

    public @Nullable Criterion getCriterion() {
        return criterion;
    }

    public int getOriginal() {
        return original;
    }

    public int getNewValue() {
        return newValue;
    }

    public String getReason() {
        return reason;
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public Instant getOverriddenAt() {
        return overriddenAt;
    }
}
