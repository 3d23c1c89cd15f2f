package com.rapport.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A manager's coaching note on an attempt, or on one reply of it; the trainee reads it in their debrief. */
@Entity
@Table(name = "coaching_comment")
public class CoachingComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "turn_seq")
    private @Nullable Integer turnSeq;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CoachingComment() {
        this.author = "";
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    CoachingComment(long attemptId, @Nullable Integer turnSeq, String author, String body, Instant createdAt) {
        this.attemptId = attemptId;
        this.turnSeq = turnSeq;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public @Nullable Integer getTurnSeq() {
        return turnSeq;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
