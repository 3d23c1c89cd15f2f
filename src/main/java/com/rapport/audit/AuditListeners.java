package com.rapport.audit;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.jspecify.annotations.Nullable;

import com.rapport.authoring.ScenarioPublished;
import com.rapport.privacy.TraineeDataErased;
import com.rapport.review.DataExported;
import com.rapport.review.ScoreCorrected;
import com.rapport.security.AccountChanged;
import com.rapport.security.SignInLocked;
import com.rapport.team.TeamChanged;

/**
 * Turns the other features' events into audit lines. A change is recorded once its transaction has committed (a
 * rolled-back change leaves no line); an event outside any transaction, like a sign-in, is recorded at once.
 */
@Component
class AuditListeners {

    private final AuditService audit;

    AuditListeners(AuditService audit) {
        this.audit = audit;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        audit.record(auth.getName(), AuditAction.SIGN_IN, auth.getName(), address(auth), "");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        // The name as typed (it may not exist); the reason by type only, never the password or a stack trace.
        audit.record(auth.getName(), AuditAction.SIGN_IN_FAILED, auth.getName(), address(auth),
                event.getException().getClass().getSimpleName());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SignInLocked event) {
        audit.record(event.username().isEmpty() ? "(address)" : event.username(), AuditAction.LOCKED_OUT,
                event.username().isEmpty() ? event.address() : event.username(), event.address(),
                "until " + event.until());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountChanged event) {
        AuditAction action = switch (event.change()) {
            case CREATED -> AuditAction.ACCOUNT_CREATED;
            case ROLE_CHANGED -> AuditAction.ROLE_CHANGED;
            case DEACTIVATED -> AuditAction.ACCOUNT_DEACTIVATED;
            case REACTIVATED -> AuditAction.ACCOUNT_REACTIVATED;
            case PASSWORD_RESET -> AuditAction.PASSWORD_RESET;
            case PASSWORD_CHANGED -> AuditAction.PASSWORD_CHANGED;
            case SYNCED_FROM_DIRECTORY -> AuditAction.ACCOUNT_SYNCED;
        };
        audit.record(event.actor(), action, event.username(), null, event.detail());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TeamChanged event) {
        AuditAction action = switch (event.change()) {
            case CREATED -> AuditAction.TEAM_CREATED;
            case MEMBER_ADDED -> AuditAction.TEAM_MEMBER_ADDED;
            case MEMBER_REMOVED -> AuditAction.TEAM_MEMBER_REMOVED;
            case MANAGER_CHANGED -> AuditAction.TEAM_MANAGER_CHANGED;
        };
        audit.record(event.actor(), action, event.team(), null, event.username());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ScoreCorrected event) {
        audit.record(event.actor(), AuditAction.SCORE_CORRECTED, "attempt " + event.attemptId(), null,
                (event.criterion() == null ? "overall" : event.criterion().id()) + " " + event.original() + " -> "
                        + event.corrected() + ": " + event.reason());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ScenarioPublished event) {
        audit.record(event.username(), AuditAction.SCENARIO_PUBLISHED, event.scenarioId(), null,
                "version " + event.hash().substring(0, Math.min(10, event.hash().length())) + " \"" + event.title()
                        + "\"" + (event.replacedInUse() ? ", replacing the version in use (confirmed)" : ""));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TraineeDataErased event) {
        audit.record(event.actor(), AuditAction.DATA_ERASED, event.trainee(), null,
                event.attempts() + " attempts, " + event.turns() + " replies, " + event.comments() + " comments, "
                        + event.corrections() + " corrections, " + event.replyLabels() + " labels, "
                        + event.summaries() + " summaries, " + event.assignments() + " assignments");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DataExported event) {
        audit.record(event.actor(), AuditAction.EXPORTED, event.what(), null, event.filter());
    }

    private static @Nullable String address(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
