package com.rapport.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.Plays;
import com.rapport.practice.PlayService;
import com.rapport.TestUsers;
import com.rapport.practice.AttemptNotFoundException;
import com.rapport.practice.DebriefService;
import com.rapport.progress.ProgressService;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.team.TeamService;

/** A manager sees only their own teams; a trainee sees only their own attempts and the comments on them. */
@SpringBootTest
@ActiveProfiles("test")
class ReviewAccessTest {

    @Autowired
    PlayService play;

    private static final String RESULTS = "results-caller-unverified";

    @Autowired
    CoachingService coaching;

    @Autowired
    DebriefService debriefs;
    @Autowired
    ReviewService review;
    @Autowired
    TeamService teams;
    @Autowired
    ProgressService progress;
    @Autowired
    ScenarioLibrary library;

    private long anasAttempt;
    private long bensAttempt;
    private static int run;

    @BeforeEach
    void two_managers_with_one_trainee_each() {
        run++;
        String ana = "ana" + run;
        String ben = "ben" + run;
        TestUsers.as("lead-a" + run, "MANAGER", () -> teams.createTeam("A", "lead-a" + run, List.of(ana)));
        TestUsers.as("lead-b" + run, "MANAGER", () -> teams.createTeam("B", "lead-b" + run, List.of(ben)));
        anasAttempt = TestUsers.as(ana, "TRAINEE", () -> Plays.play(play, library, RESULTS,
                Plays.worstOn(Criterion.HIPAA)));
        bensAttempt = TestUsers.as(ben, "TRAINEE", () -> Plays.play(play, library, RESULTS, Plays::best));
    }

    private <T> T asLeadA(java.util.function.Supplier<T> action) {
        return TestUsers.as("lead-a" + run, "MANAGER", action);
    }

    @Test
    void a_managers_dashboard_lists_only_their_own_team() {
        var query = new TeamQuery(null, null, false, Criterion.HIPAA, null, false, 0, 50);

        var rows = asLeadA(() -> review.team(query));

        assertThat(rows).extracting(TeamRow::username).containsExactly("ana" + run);
        assertThat(asLeadA(() -> review.countTeam(query))).isEqualTo(1);
        assertThat(asLeadA(() -> review.heatMap(40)).rows()).extracting(ReviewService.HeatMap.Row::username)
                .containsExactly("ana" + run);
    }

    @Test
    void changing_the_attempt_id_to_another_teams_attempt_finds_nothing() {
        assertThat(asLeadA(() -> debriefs.debrief(anasAttempt)).reviewable()).isTrue();
        assertThatThrownBy(() -> asLeadA(() -> debriefs.debrief(bensAttempt)))
                .isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> asLeadA(() -> {
            coaching.addComment(bensAttempt, null, "Sneaky");
            return null;
        })).isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> asLeadA(() -> {
            coaching.overrideScore(bensAttempt, null, 100, "Sneaky");
            return null;
        })).isInstanceOf(AttemptNotFoundException.class);
    }

    @Test
    void another_teams_trainee_cannot_be_read_assigned_or_exported() {
        String ben = "ben" + run;
        assertThatThrownBy(() -> asLeadA(() -> progress.progressOf(ben))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asLeadA(() -> review.worstReplies(ben, Criterion.HIPAA)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asLeadA(() -> teams.assign(List.of(ben), RESULTS, teams.today())))
                .isInstanceOf(AccessDeniedException.class);
        var out = new StringWriter();
        asLeadA(() -> {
            review.exportAttempts(new ExportFilter(ben, null, null, null, null), out);
            return null;
        });
        assertThat(out.toString().strip().lines()).hasSize(1).first().asString().startsWith("attempt_id,");
    }

    @Test
    void a_trainee_sees_their_own_comments_but_never_another_trainees_attempt() {
        asLeadA(() -> {
            coaching.addComment(anasAttempt, 1, "Verify who is calling before anything else.");
            return null;
        });

        var own = TestUsers.as("ana" + run, "TRAINEE", () -> debriefs.debrief(anasAttempt));

        assertThat(own.comments()).extracting(c -> c.body()).containsExactly(
                "Verify who is calling before anything else.");
        assertThat(own.reviewable()).isFalse();
        assertThatThrownBy(() -> TestUsers.as("ana" + run, "TRAINEE", () -> debriefs.debrief(bensAttempt)))
                .isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> TestUsers.as("ana" + run, "TRAINEE", () -> review.team(
                new TeamQuery(null, null, false, Criterion.HIPAA, null, false, 0, 50))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as("ana" + run, "TRAINEE", () -> {
            coaching.addComment(anasAttempt, null, "I was fine, honestly");
            return null;
        })).isInstanceOf(AttemptNotFoundException.class);
    }

    @Test
    void an_override_needs_a_reason_keeps_the_original_and_is_logged_with_who_and_when() {
        int original = asLeadA(() -> debriefs.debrief(anasAttempt)).scorePercent();

        assertThatThrownBy(() -> asLeadA(() -> {
            coaching.overrideScore(anasAttempt, null, 90, "  ");
            return null;
        })).hasMessageContaining("reason");
        asLeadA(() -> {
            coaching.overrideScore(anasAttempt, null, 90, "The caller was verified off-script; the rubric missed it.");
            return null;
        });

        var debrief = TestUsers.as("ana" + run, "TRAINEE", () -> debriefs.debrief(anasAttempt));
        assertThat(debrief.scorePercent()).isEqualTo(90);
        assertThat(debrief.originalScore()).isEqualTo(original);
        assertThat(debrief.corrections()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(original);
            assertThat(c.to()).isEqualTo(90);
            assertThat(c.by()).isEqualTo("lead-a" + run);
            assertThat(c.reason()).contains("off-script");
        });
    }
}
