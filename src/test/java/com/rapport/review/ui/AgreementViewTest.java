package com.rapport.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.TestUsers;
import com.rapport.practice.PlayService;
import com.rapport.review.ScorerAgreementService;
import com.rapport.scenario.Criterion;
import com.rapport.team.TeamService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

/** A manager labels a typed reply on the attempt review; the trainer's Scorer agreement page counts it. */
@SpringBootTest
@ActiveProfiles("test")
class AgreementViewTest extends SpringBrowserlessTest {

    @Autowired
    PlayService play;
    @Autowired
    TeamService teams;
    @Autowired
    ScorerAgreementService agreement;

    @Test
    @SuppressWarnings("unchecked")
    void a_label_saved_on_the_attempt_review_shows_on_the_trainers_agreement_page() {
        TestUsers.as("agree-lead", "MANAGER", () -> teams.createTeam("Agree", "agree-lead", List.of("agree-ana")));
        long id = TestUsers.as("agree-ana", "TRAINEE", () -> {
            long attempt = play.start("billing-uncovered-services");
            play.answerTyped(attempt, "That sounds exhausting. Tell me what happened with the ER bill.");
            return attempt;
        });
        int before = TestUsers.as("agree-trainer", "TRAINER", () -> labels(Criterion.PLAIN_LANGUAGE));

        TestUsers.as("agree-lead", "MANAGER", () -> {
            navigate(AttemptReviewView.class, id);
            Select<Criterion> criterion = find(Select.class).withId("label-criterion").single();
            test(criterion).selectItem(criterion.getItemLabelGenerator().apply(Criterion.PLAIN_LANGUAGE));
            RadioButtonGroup<Character> value = find(RadioButtonGroup.class).withId("label-value").single();
            value.setValue('-');
            test(find(Button.class).withId("save-label").single()).click();
            return null;
        });

        TestUsers.as("agree-trainer", "TRAINER", () -> {
            navigate(AgreementView.class);
            Grid<ScorerAgreementService.CriterionAgreement> grid = find(Grid.class).withId("agreement-criteria")
                    .single();
            assertThat(test(grid).size()).isEqualTo(Criterion.values().length);
            assertThat(find(Anchor.class).withId("agreement-export").single().getHref()).isNotBlank();
            return null;
        });
        assertThat(TestUsers.as("agree-trainer", "TRAINER", () -> labels(Criterion.PLAIN_LANGUAGE)))
                .isEqualTo(before + 1);
    }

    private int labels(Criterion criterion) {
        return agreement.agreement().criteria().stream().filter(c -> c.criterion() == criterion).findFirst()
                .orElseThrow().labels();
    }
}
