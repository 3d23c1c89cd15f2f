package com.rapport.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.rapport.TestUsers;
import com.rapport.practice.PlayService;
import com.rapport.progress.ProgressService;
import com.rapport.review.CoachingService;
import com.rapport.review.ScorerAgreementService;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Tier;
import com.rapport.team.TeamService;

/** What must hold of an erasure on every database Rapport runs on; subclasses pick the database. */
@RecordApplicationEvents
abstract class ErasureTests {

    static final String SCENARIO = "billing-uncovered-services";
    /** Kept on purpose: the account, and which teams it is on, are managed elsewhere. */
    static final List<String> KEPT_TABLES = List.of("app_user", "team_member");

    @Autowired
    PrivacyService privacy;
    @Autowired
    PlayService play;
    @Autowired
    CoachingService coaching;
    @Autowired
    ScorerAgreementService labels;
    @Autowired
    ProgressService progress;
    @Autowired
    TeamService teams;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    /** A finished attempt with a typed reply, a comment, a correction and a label; progress, a tier, an assignment. */
    private long practised(String trainee) {
        long id = TestUsers.as(trainee, "TRAINEE", () -> {
            long attempt = play.start(SCENARIO);
            play.answerTyped(attempt, "I'm so sorry you've been passed around. Can you tell me what happened?");
            for (int step = 0; !play.play(attempt).finished() && step < 60; step++) {
                play.answer(attempt, play.play(attempt).options().getFirst().id());
            }
            return attempt;
        });
        TestUsers.as("erasure-admin-" + suffix, "ADMIN", () -> {
            coaching.addComment(id, 1, "Lovely opening.");
            coaching.overrideScore(id, null, 90, "The scorer missed the apology.");
            labels.labelReply(id, 1, Criterion.EMPATHY, '+');
            progress.openTier(trainee, Tier.MID);
            return teams.assign(List.of(trainee), SCENARIO, LocalDate.of(2030, 1, 1));
        });
        return id;
    }

    @Test
    void after_an_erasure_nothing_of_the_trainee_remains_and_other_trainees_keep_everything() throws SQLException {
        String gone = "erased-" + suffix;
        String kept = "kept-" + suffix;
        long goneAttempt = practised(gone);
        long keptAttempt = practised(kept);
        var keptBefore = rowsOf(kept, keptAttempt);
        assertThat(rowsOf(gone, goneAttempt).values().stream().mapToInt(Integer::intValue).sum()).isPositive();

        var erased = TestUsers.as("erasure-admin-" + suffix, "ADMIN",
                () -> privacy.eraseTrainee("erasure-admin-" + suffix, gone));

        assertThat(rowsOf(gone, goneAttempt)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(rowsOf(kept, keptAttempt)).isEqualTo(keptBefore);
        assertThat(erased.attempts()).isEqualTo(1);
        assertThat(erased.turns()).isGreaterThanOrEqualTo(2);
        assertThat(List.of(erased.comments(), erased.corrections(), erased.replyLabels(), erased.assignments()))
                .containsOnly(1);
        assertThat(erased.summaries()).isPositive();
        assertThat(events.stream(TraineeDataErased.class)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("erasure-admin-" + suffix);
            assertThat(e.trainee()).isEqualTo(gone);
            assertThat(e).isEqualTo(erased);
        });
    }

    @Test
    void only_an_admin_may_erase_and_a_refusal_erases_nothing() throws SQLException {
        String trainee = "refused-" + suffix;
        long attempt = practised(trainee);
        var before = rowsOf(trainee, attempt);

        assertThatThrownBy(() -> TestUsers.as("a-manager-" + suffix, "MANAGER",
                () -> privacy.eraseTrainee("a-manager-" + suffix, trainee))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as("an-admin-" + suffix, "ADMIN",
                () -> privacy.eraseTrainee("someone-else", trainee))).isInstanceOf(AccessDeniedException.class);

        assertThat(rowsOf(trainee, attempt)).isEqualTo(before);
        assertThat(events.stream(TraineeDataErased.class)).isEmpty();
    }

    /**
     * Per table, the rows that are the trainee's: by their username, by the attempt's id, or by that attempt's
     * replies; every table of the schema that has one of those columns counts, so a new table cannot be forgotten.
     */
    private Map<String, Integer> rowsOf(String username, long attemptId) throws SQLException {
        var columns = new ArrayList<String[]>();
        try (var connection = jdbc.getDataSource().getConnection();
                var rs = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString("TABLE_NAME").toLowerCase(), rs.getString("COLUMN_NAME")
                        .toLowerCase()});
            }
        }
        var rows = new TreeMap<String, Integer>();
        for (String[] c : columns) {
            String table = c[0];
            String where = switch (c[1]) {
                case "username" -> KEPT_TABLES.contains(table) ? null : "username = ?";
                case "attempt_id" -> "attempt_id = ?";
                case "turn_id" -> "turn_id in (select id from turn where attempt_id = ?)";
                default -> table.equals("attempt") && c[1].equals("id") ? "id = ?" : null;
            };
            if (where != null) {
                Object key = c[1].equals("username") ? username : attemptId;
                rows.merge(table + "." + c[1], jdbc.queryForObject("select count(*) from " + table + " where "
                        + where, Integer.class, key), Integer::sum);
            }
        }
        assertThat(rows).containsKeys("attempt.username", "turn.attempt_id", "turn_evidence.turn_id",
                "coaching_comment.attempt_id", "score_override.attempt_id", "reply_label.attempt_id",
                "trainee_progress.username", "assignment.username", "tier_opening.username");
        return rows;
    }
}
