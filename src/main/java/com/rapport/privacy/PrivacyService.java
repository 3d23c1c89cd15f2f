package com.rapport.privacy;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.practice.AttemptService;
import com.rapport.progress.ProgressService;
import com.rapport.review.CoachingService;
import com.rapport.review.ScorerAgreementService;
import com.rapport.security.CurrentUser;
import com.rapport.security.Role;
import com.rapport.team.TeamService;

/**
 * Erases a trainee's data on request: their attempts with every reply, score and piece of evidence, the coaching
 * comments, score corrections and scorer-agreement labels on them, their progress and dashboard summaries, and
 * their assignments. Each feature deletes its own data through its service; all of it goes in one transaction or
 * none does. Their account and team memberships stay (managing accounts is another screen's job). Admins only.
 */
@Service
@Transactional(readOnly = true)
public class PrivacyService {

    private static final Logger log = LoggerFactory.getLogger(PrivacyService.class);

    private final CoachingService coaching;
    private final ScorerAgreementService labels;
    private final AttemptService attempts;
    private final ProgressService progress;
    private final TeamService teams;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PrivacyService(CoachingService coaching, ScorerAgreementService labels, AttemptService attempts,
            ProgressService progress, TeamService teams, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.coaching = coaching;
        this.labels = labels;
        this.attempts = attempts;
        this.progress = progress;
        this.teams = teams;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Deletes everything Rapport keeps of a trainee's practice and publishes {@link TraineeDataErased} with the
     * counts.
     *
     * @param actorUsername the admin asking; must be the logged-in user
     * @throws AccessDeniedException unless the logged-in user is an admin and is {@code actorUsername}
     */
    @Transactional
    public TraineeDataErased eraseTrainee(String actorUsername, String traineeUsername) {
        if (!currentUser.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only an admin erases a trainee's data");
        }
        if (!currentUser.username().equals(actorUsername)) {
            throw new AccessDeniedException("An erasure is recorded as the admin who asks for it");
        }
        if (traineeUsername.isBlank()) {
            throw new IllegalArgumentException("Name the trainee whose data to erase");
        }
        // comments, corrections and labels first: they hang on the attempts
        var review = coaching.eraseTrainee(traineeUsername);
        int replyLabels = labels.eraseTrainee(traineeUsername);
        var practice = attempts.eraseTrainee(traineeUsername);
        int summaries = practice.summaries() + progress.eraseTrainee(traineeUsername);
        int assignments = teams.eraseAssignments(traineeUsername);
        var erased = new TraineeDataErased(actorUsername, traineeUsername, clock.instant(), practice.attempts(),
                practice.turns(), review.comments(), review.corrections(), replyLabels, summaries, assignments);
        log.info("Erased the data of trainee {} at the request of {}: {} attempts, {} replies, {} comments, "
                + "{} corrections, {} labels, {} summary rows, {} assignments", traineeUsername, actorUsername,
                erased.attempts(), erased.turns(), erased.comments(), erased.corrections(), erased.replyLabels(),
                erased.summaries(), erased.assignments());
        events.publishEvent(erased);
        return erased;
    }
}
