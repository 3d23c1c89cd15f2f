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

/** A reviewer's label on one criterion of one typed reply: "+" credit, "-" violation, "0" neither. */
@Entity
@Table(name = "reply_label")
public class ReplyLabel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "turn_seq", nullable = false)
    private int turnSeq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Criterion criterion;

    @Column(nullable = false, length = 1)
    private String label;

    @Column(name = "labelled_by", nullable = false, length = 100)
    private String labelledBy;

    @Column(name = "labelled_at", nullable = false)
    private Instant labelledAt;

    protected ReplyLabel() {
        this.criterion = Criterion.EMPATHY;
        this.label = "0";
        this.labelledBy = "";
        this.labelledAt = Instant.EPOCH;
    }

    ReplyLabel(long attemptId, int turnSeq, Criterion criterion, char label, String labelledBy, Instant at) {
        this.attemptId = attemptId;
        this.turnSeq = turnSeq;
        this.criterion = criterion;
        this.label = String.valueOf(label);
        this.labelledBy = labelledBy;
        this.labelledAt = at;
    }

    void relabel(char newLabel, String by, Instant at) {
        this.label = String.valueOf(newLabel);
        this.labelledBy = by;
        this.labelledAt = at;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public int getTurnSeq() {
        return turnSeq;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public char getLabel() {
        return label.charAt(0);
    }

    public String getLabelledBy() {
        return labelledBy;
    }

    public Instant getLabelledAt() {
        return labelledAt;
    }
}
