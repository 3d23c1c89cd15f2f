package com.rapport.practice;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.scenario.Criterion;

/**
 * What a reviewer may do to an attempt's result: the review feature keeps the comments and the audit log, and
 * changes a result only through here. Every method refuses (as "not found") an attempt the current user may not
 * review.
 */
@Service
@Transactional(readOnly = true)
public class AttemptCorrections {

    /** What a reviewer needs to know of an attempt before commenting on it. */
    public record Reviewable(long attemptId, String username, int replies, boolean finished) {
    }

    private final AttemptRepository attempts;
    private final AttemptAccess access;
    private final PracticeStats stats;
    private final ApplicationEventPublisher events;

    AttemptCorrections(AttemptRepository attempts, AttemptAccess access, PracticeStats stats,
            ApplicationEventPublisher events) {
        this.attempts = attempts;
        this.access = access;
        this.stats = stats;
        this.events = events;
    }

    /** The attempt, if the current user may comment on it and correct it. */
    public Reviewable reviewable(long attemptId) {
        Attempt attempt = access.reviewable(attemptId);
        return new Reviewable(attemptId, attempt.getUsername(), attempt.getTurns().size(), attempt.isFinished());
    }

    /**
     * Sets a finished attempt's overall score ({@code criterion} null) or one criterion's result, recounts the
     * summaries and tells progress; returns the value it replaced.
     */
    @Transactional
    public int correct(long attemptId, @Nullable Criterion criterion, int newValue) {
        Attempt attempt = access.reviewable(attemptId);
        if (!attempt.isFinished()) {
            throw new IllegalStateException("Only a finished attempt's score can be corrected");
        }
        int original;
        if (criterion == null) {
            original = Objects.requireNonNull(attempt.getEffectiveScore());
            attempt.review(newValue);
        } else {
            original = attempt.getCriterionResults().stream().filter(r -> r.getCriterion() == criterion)
                    .findFirst().map(CriterionResult::effective)
                    .orElseThrow(() -> new IllegalArgumentException("This attempt has no " + criterion.id()
                            + " score to correct"));
            attempt.reviewCriterion(criterion, newValue);
        }
        attempts.saveAndFlush(attempt);
        stats.recount(attempt.getUsername(), attempt.getScenarioId());
        events.publishEvent(new AttemptFinished(attemptId, attempt.getUsername()));
        return original;
    }
}
