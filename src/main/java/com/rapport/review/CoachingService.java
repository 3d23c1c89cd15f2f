package com.rapport.review;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.practice.AttemptCorrections;
import com.rapport.practice.Debrief;
import com.rapport.practice.DebriefNotes;
import com.rapport.practice.ReplyRejectedException;
import com.rapport.scenario.Criterion;
import com.rapport.security.CurrentUser;

/**
 * A reviewer's own writes on an attempt: coaching comments the trainee reads in their debrief, and score
 * corrections with a required reason, kept in an append-only audit log with who and when. Only the trainee's
 * manager (or an admin) may write; the trainee reads them through {@link DebriefNotes}.
 */
@Service
@Transactional(readOnly = true)
public class CoachingService implements DebriefNotes {

    static final int MAX_COMMENT = 4000;

    private final CoachingCommentRepository comments;
    private final ScoreOverrideRepository overrides;
    private final AttemptCorrections corrections;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    CoachingService(CoachingCommentRepository comments, ScoreOverrideRepository overrides,
            AttemptCorrections corrections, CurrentUser currentUser, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.comments = comments;
        this.overrides = overrides;
        this.corrections = corrections;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Adds a coaching comment to an attempt, on the whole attempt or one reply ({@code turnSeq}); the trainee sees
     * it in their debrief.
     */
    @Transactional
    public void addComment(long attemptId, @Nullable Integer turnSeq, String body) {
        var attempt = corrections.reviewable(attemptId);
        String text = body.strip();
        if (text.isEmpty()) {
            throw new ReplyRejectedException("Write the comment first.");
        }
        if (text.length() > MAX_COMMENT) {
            throw new ReplyRejectedException("Keep a comment to 4,000 characters or fewer; it is " + text.length()
                    + ".");
        }
        if (turnSeq != null && (turnSeq < 1 || turnSeq > attempt.replies())) {
            throw new IllegalArgumentException("This attempt has no reply " + turnSeq);
        }
        comments.save(new CoachingComment(attemptId, turnSeq, currentUser.username(), text, clock.instant()));
    }

    /** What {@link #eraseTrainee} removed. */
    public record Erased(int comments, int corrections) {
    }

    /**
     * Deletes every coaching comment and score correction on a trainee's attempts, before the attempts themselves
     * go. For the privacy feature's erasure, which checks that an admin asks and runs it in one transaction.
     */
    @Transactional
    public Erased eraseTrainee(String trainee) {
        return new Erased(comments.deleteAllOnAttemptsOf(trainee), overrides.deleteAllOnAttemptsOf(trainee));
    }

    /**
     * Corrects a finished attempt's overall score ({@code criterion} null) or one criterion's result, with a
     * reason that is required. The original stays, and the change goes to the audit log with who and when.
     */
    @Transactional
    public void overrideScore(long attemptId, @Nullable Criterion criterion, int newValue, String reason) {
        if (!corrections.reviewable(attemptId).finished()) {
            throw new IllegalStateException("Only a finished attempt's score can be corrected");
        }
        if (reason.isBlank()) {
            throw new ReplyRejectedException("Give the reason for the change; the trainee and the audit log see it.");
        }
        if (newValue < 0 || newValue > 100) {
            throw new ReplyRejectedException("A score is a percentage from 0 to 100.");
        }
        int original = corrections.correct(attemptId, criterion, newValue);
        overrides.save(new ScoreOverride(attemptId, criterion, original, newValue, reason.strip(),
                currentUser.username(), clock.instant()));
        events.publishEvent(new ScoreCorrected(currentUser.username(), attemptId, criterion, original, newValue,
                reason.strip()));
    }

    @Override
    public List<Debrief.Comment> comments(long attemptId) {
        return comments.findByAttemptIdOrderByCreatedAt(attemptId).stream()
                .map(c -> new Debrief.Comment(c.getTurnSeq(), c.getAuthor(), c.getBody(), c.getCreatedAt())).toList();
    }

    @Override
    public List<Debrief.Correction> corrections(long attemptId) {
        return overrides.findByAttemptIdOrderByOverriddenAt(attemptId).stream()
                .map(o -> new Debrief.Correction(o.getCriterion(), o.getOriginal(), o.getNewValue(), o.getReason(),
                        o.getOverriddenBy(), o.getOverriddenAt())).toList();
    }
}
