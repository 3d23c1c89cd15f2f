package com.rapport.practice;

import org.springframework.stereotype.Component;

import com.rapport.security.CurrentUser;
import com.rapport.team.TeamService;

/**
 * Who may do what with an attempt, in one place: its owner plays it; its owner and their manager (or an admin)
 * read it; only the manager or an admin, never the owner, reviews it. An attempt the user may not see is "not
 * found", the same answer as for one that does not exist, so ids cannot be probed.
 */
@Component
class AttemptAccess {

    private final AttemptRepository attempts;
    private final CurrentUser currentUser;
    private final TeamService teams;

    AttemptAccess(AttemptRepository attempts, CurrentUser currentUser, TeamService teams) {
        this.attempts = attempts;
        this.currentUser = currentUser;
        this.teams = teams;
    }

    String username() {
        return currentUser.username();
    }

    /** An attempt of the current user's own. */
    Attempt own(long id) {
        return attempts.findById(id).filter(a -> a.getUsername().equals(currentUser.username()))
                .orElseThrow(() -> new AttemptNotFoundException(id));
    }

    /** An attempt of the current user's own that has not ended yet. */
    Attempt unfinished(long id) {
        Attempt attempt = own(id);
        if (attempt.isFinished()) {
            throw new IllegalStateException("This attempt has already ended");
        }
        return attempt;
    }

    /** An attempt the current user may read: their own, or one of a trainee they review. */
    Attempt visible(long id) {
        return attempts.findById(id)
                .filter(a -> a.getUsername().equals(currentUser.username()) || teams.canReview(a.getUsername()))
                .orElseThrow(() -> new AttemptNotFoundException(id));
    }

    /** An attempt the current user may comment on and correct. */
    Attempt reviewable(long id) {
        return attempts.findById(id).filter(this::mayReview).orElseThrow(() -> new AttemptNotFoundException(id));
    }

    boolean mayReview(Attempt attempt) {
        return !attempt.getUsername().equals(currentUser.username()) && teams.canReview(attempt.getUsername());
    }

    /** Whether the current user may read this trainee's attempts: they are the trainee or review them. */
    boolean mayRead(String username) {
        return username.equals(currentUser.username()) || teams.canReview(username);
    }

    boolean mayReviewTrainee(String username) {
        return teams.canReview(username);
    }
}
