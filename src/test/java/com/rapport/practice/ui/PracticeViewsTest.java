package com.rapport.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.TestUsers;
import com.rapport.practice.AttemptSummary;
import com.rapport.practice.AttemptService;
import com.rapport.practice.PlayService;
import com.rapport.shared.ui.AttemptGrid;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

@SpringBootTest
@ActiveProfiles("test")
class PracticeViewsTest extends SpringBrowserlessTest {

    private static final String BILLING = "billing-uncovered-services";

    @Autowired
    AttemptService attempts;

    @Autowired
    PlayService play;

    @Autowired
    com.rapport.team.TeamService teams;

    @Test
    @WithMockUser(username = "catalogue-reader", roles = "TRAINEE")
    void the_catalogue_lists_every_shipped_scenario_with_its_tier_and_length() {
        navigate(CatalogView.class);

        assertThat(find(H3.class).all()).extracting(H3::getText).contains("The bill insurance did not pay");
        assertThat(find(Button.class).withId("start-" + BILLING).exists()).isTrue();
        assertThat(find(Button.class).withId("start-results-caller-unverified").exists()).isTrue();
        assertThat(find(Button.class).withId("start-ed-wait-family").exists()).isTrue();
        assertThat(find(Span.class).withClassName("tier-badge").all()).extracting(Span::getText)
                .contains("Entry", "Mid");
        assertThat(find(Span.class).withTextContaining("replies").exists()).isTrue();
        assertThat(find(Span.class).withClassName("status-badge").all()).extracting(Span::getText)
                .containsOnly("Not played");
    }

    @Test
    @WithMockUser(username = "topic-filterer", roles = "TRAINEE")
    void the_catalogue_filters_by_tier_and_topic() {
        navigate(CatalogView.class);
        int all = find(Button.class).all().stream().filter(b -> b.getId().orElse("").startsWith("start-"))
                .toList().size();

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<String> topic = find(com.vaadin.flow.component.select.Select.class)
                .withId("topic-filter").single();
        test(topic).selectItem("privacy");

        var shown = find(Button.class).all().stream().map(b -> b.getId().orElse(""))
                .filter(id -> id.startsWith("start-")).toList();
        assertThat(shown).contains("start-results-caller-unverified", "start-record-viewed-by-neighbour")
                .doesNotContain("start-ed-wait-family");
        assertThat(shown.size()).isLessThan(all);

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<com.rapport.scenario.Tier> tier = find(
                com.vaadin.flow.component.select.Select.class).withId("tier-filter").single();
        test(tier).selectItem("Senior");

        assertThat(find(Button.class).all().stream().map(b -> b.getId().orElse(""))
                .filter(id -> id.startsWith("start-")).toList()).contains("start-record-viewed-by-neighbour")
                .doesNotContain("start-results-caller-unverified");
    }

    @Test
    @WithMockUser(username = "player", roles = "TRAINEE")
    void a_trainee_plays_a_scenario_to_its_end_and_reads_the_debrief() {
        navigate(CatalogView.class);
        test(find(Button.class).withId("start-" + BILLING).single()).click();

        int replies = playToTheEnd();

        assertThat(getCurrentView()).isInstanceOf(DebriefView.class);
        assertThat(find(H1.class).single().getText()).startsWith("Debrief: ");
        assertThat(find(Span.class).withId("overall-score").single().getText()).matches("Score: \\d+%");
        assertThat(find(Span.class).withId("outcome").single().getText()).startsWith("Outcome: ");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withClassName("reply").all()).hasSize(replies);
        assertThat(replies).isGreaterThanOrEqualTo(6);
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("criteria").single().getChildren()).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "best-scorer", roles = "TRAINEE")
    void the_catalogue_shows_the_best_score_after_a_finished_attempt() {
        navigate(CatalogView.class);
        test(find(Button.class).withId("start-" + BILLING).single()).click();
        playToTheEnd();
        String score = find(Span.class).withId("overall-score").single().getText().replace("Score: ", "");

        navigate(CatalogView.class);

        assertThat(find(Span.class).withText("Your best: " + score).exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "resumer", roles = "TRAINEE")
    void an_attempt_left_in_the_middle_resumes_where_it_stopped() {
        navigate(CatalogView.class);
        test(find(Button.class).withId("start-" + BILLING).single()).click();
        clickFirstChoice();
        clickFirstChoice();

        navigate(CatalogView.class);
        test(find(Button.class).withId("resume-" + BILLING).single()).click();

        assertThat(getCurrentView()).isInstanceOf(PlayView.class);
        var chat = find(ConversationLog.class).single();
        // two exchanges so far, then the patient's current line
        assertThat(chat.lines()).hasSize(5);
        assertThat(chat.lines().get(1).speaker()).isEqualTo("You");
        assertThat(chat.lines().get(1).side()).isEqualTo(ConversationLog.Side.MINE);
        assertThat(find(Span.class).withId("mood").single().getText()).startsWith("Mood: ");
    }

    @Test
    @WithMockUser(username = "historian", roles = "TRAINEE")
    void my_attempts_reopens_a_finished_debrief() {
        navigate(CatalogView.class);
        test(find(Button.class).withId("start-" + BILLING).single()).click();
        playToTheEnd();
        long id = attempts.myAttempts().getFirst().id();

        navigate(AttemptsView.class);
        @SuppressWarnings("unchecked")
        Grid<AttemptSummary> grid = find(Grid.class).withId("attempts").single();
        assertThat(test(grid).getRow(0).id()).isEqualTo(id);
        test((Button) test(grid).getCellComponent(0, AttemptGrid.OPEN_COLUMN)).click();

        assertThat(getCurrentView()).isInstanceOf(DebriefView.class);
        assertThat(find(H1.class).single().getText()).startsWith("Debrief: ");
    }

    @Test
    @WithMockUser(username = "nosy", roles = "TRAINEE")
    void a_trainee_cannot_open_another_trainees_attempt_by_changing_the_url() {
        long theirs = TestUsers.as("someone-else", "TRAINEE", () -> play.start(BILLING));

        assertThatThrownBy(() -> navigate(DebriefView.class, theirs)).hasMessageContaining("Navigation resulted");
        assertThatThrownBy(() -> navigate(PlayView.class, theirs)).hasMessageContaining("Navigation resulted");
        assertThat(find(com.rapport.shared.ui.DebriefPanel.class).exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "morgan", roles = "MANAGER")
    void a_manager_can_read_the_debrief_of_a_trainee_on_their_team() {
        teams.createTeam("Morgan's desk", "morgan", java.util.List.of("reviewed-trainee"));
        long theirs = TestUsers.as("reviewed-trainee", "TRAINEE", () -> {
            long id = play.start(BILLING);
            while (!play.play(id).finished()) {
                play.answer(id, play.play(id).options().getFirst().id());
            }
            return id;
        });

        navigate(DebriefView.class, theirs);

        assertThat(find(H1.class).single().getText()).startsWith("Debrief: ");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                .withTextContaining("Trainee: reviewed-trainee").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "other-manager", roles = "MANAGER")
    void a_manager_cannot_open_the_debrief_of_a_trainee_on_someone_elses_team() {
        long theirs = TestUsers.as("not-my-trainee", "TRAINEE", () -> {
            long id = play.start(BILLING);
            while (!play.play(id).finished()) {
                play.answer(id, play.play(id).options().getFirst().id());
            }
            return id;
        });

        assertThatThrownBy(() -> navigate(DebriefView.class, theirs)).hasMessageContaining("Navigation resulted");
        assertThat(find(com.rapport.shared.ui.DebriefPanel.class).exists()).isFalse();
    }

    private int playToTheEnd() {
        int replies = 0;
        while (getCurrentView() instanceof PlayView) {
            clickFirstChoice();
            replies++;
            assertThat(replies).as("the scenario ends").isLessThan(100);
        }
        return replies;
    }

    private void clickFirstChoice() {
        var choices = find(VerticalLayout.class).withId("choices").single();
        var first = find(Button.class, choices).withCondition(b -> b.getId().orElse("").startsWith("choice-")).all()
                .getFirst();
        test(first).click();
    }
}
