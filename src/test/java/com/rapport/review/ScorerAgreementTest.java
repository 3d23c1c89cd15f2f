package com.rapport.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.TestUsers;
import com.rapport.practice.AttemptNotFoundException;
import com.rapport.practice.PlayService;
import com.rapport.practice.ReplyRejectedException;
import com.rapport.scenario.Criterion;
import com.rapport.scoring.Evaluation;
import com.rapport.team.TeamService;

/**
 * A manager labels what the scorer should have said on a typed reply; trainers see how often the scorer agrees,
 * where it does not, and export the labels in the format {@code rapport evaluate} reads.
 */
@SpringBootTest
@ActiveProfiles("test")
class ScorerAgreementTest {

    @Autowired
    ScorerAgreementService agreement;
    @Autowired
    PlayService play;
    @Autowired
    TeamService teams;

    private static int run;

    /** A trainee of a new team types one reply at the opening of the billing scenario; returns the attempt. */
    private long typedAttempt(String trainee, String manager) {
        TestUsers.as(manager, "MANAGER", () -> teams.createTeam("T", manager, List.of(trainee)));
        return TestUsers.as(trainee, "TRAINEE", () -> {
            long id = play.start("billing-uncovered-services");
            play.answerTyped(id, "I'm so sorry you've been passed around. Tell me what happened with the bill.");
            return id;
        });
    }

    @Test
    void a_managers_labels_are_compared_with_the_scorer_and_exported_for_evaluate(@TempDir Path dir)
            throws IOException {
        run++;
        long attempt = typedAttempt("lab-ana" + run, "lab-lead" + run);
        TestUsers.as("lab-lead" + run, "MANAGER", () -> {
            agreement.labelReply(attempt, 1, Criterion.EMPATHY, '+');
            agreement.labelReply(attempt, 1, Criterion.OWNERSHIP, '-');
            agreement.labelReply(attempt, 1, Criterion.OWNERSHIP, '+');
            return null;
        });

        var result = TestUsers.as("lab-trainer" + run, "TRAINER", () -> agreement.agreement());
        var empathy = result.criteria().stream().filter(c -> c.criterion() == Criterion.EMPATHY).findFirst()
                .orElseThrow();
        assertThat(empathy.labels()).isGreaterThanOrEqualTo(1);
        assertThat(empathy.creditLabels()).isGreaterThanOrEqualTo(1);
        var ownership = result.criteria().stream().filter(c -> c.criterion() == Criterion.OWNERSHIP).findFirst()
                .orElseThrow();
        assertThat(result.disagreements()).filteredOn(d -> d.attemptId() == attempt)
                .allSatisfy(d -> assertThat(d.label()).isNotEqualTo(d.scorer()));
        assertThat(ownership.labels()).as("a second label replaces the first").isGreaterThanOrEqualTo(1);

        var out = new StringWriter();
        TestUsers.as("lab-trainer" + run, "TRAINER", () -> {
            agreement.export(out);
            return null;
        });
        Path file = dir.resolve("labels.csv");
        Files.writeString(file, out.toString());
        var rows = Evaluation.read(file);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo("review-" + attempt + "-1");
            assertThat(r.node()).isEqualTo("opening");
            assertThat(r.labels().get(Criterion.EMPATHY)).isEqualTo('+');
            assertThat(r.labels().get(Criterion.OWNERSHIP)).isEqualTo('+');
            assertThat(r.verified()).isFalse();
        });
    }

    @Test
    void a_hostile_reply_reaches_the_labelled_file_as_text_never_as_a_formula() throws IOException {
        run++;
        String trainee = "lab-eve" + run;
        String manager = "lab-eve-lead" + run;
        String hostile = "=HYPERLINK(\"http://x\",\"I'm so sorry about the bill\")";
        TestUsers.as(manager, "MANAGER", () -> teams.createTeam("T", manager, List.of(trainee)));
        long attempt = TestUsers.as(trainee, "TRAINEE", () -> {
            long id = play.start("billing-uncovered-services");
            play.answerTyped(id, hostile);
            return id;
        });
        TestUsers.as(manager, "MANAGER", () -> {
            agreement.labelReply(attempt, 1, Criterion.EMPATHY, '-');
            return null;
        });

        var out = new StringWriter();
        TestUsers.as("lab-trainer" + run, "TRAINER", () -> {
            agreement.export(out);
            return null;
        });

        var rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(out.toString())).getRecords();
        assertThat(rows).filteredOn(r -> r.get("id").equals("review-" + attempt + "-1")).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("text")).isEqualTo("'" + hostile);
                    assertThat(r.get("empathy")).as("a label stays a label").isEqualTo("-");
                });
    }

    @Test
    void only_the_trainees_own_manager_labels_and_only_trainers_see_the_agreement() {
        run++;
        long attempt = typedAttempt("lab-ben" + run, "lab-own" + run);

        assertThatThrownBy(() -> TestUsers.as("lab-other" + run, "MANAGER", () -> {
            agreement.labelReply(attempt, 1, Criterion.EMPATHY, '+');
            return null;
        })).isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> TestUsers.as("lab-ben" + run, "TRAINEE", () -> {
            agreement.labelReply(attempt, 1, Criterion.EMPATHY, '+');
            return null;
        })).isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> TestUsers.as("lab-own" + run, "MANAGER", () -> agreement.agreement()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as("lab-own" + run, "MANAGER", () -> {
            agreement.labelReply(attempt, 1, Criterion.EMPATHY, 'x');
            return null;
        })).isInstanceOf(ReplyRejectedException.class);
        assertThatThrownBy(() -> TestUsers.as("lab-own" + run, "MANAGER", () -> {
            agreement.labelReply(attempt, 2, Criterion.EMPATHY, '+');
            return null;
        })).isInstanceOf(ReplyRejectedException.class).hasMessageContaining("typed");
    }
}
