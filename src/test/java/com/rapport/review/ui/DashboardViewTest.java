package com.rapport.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.Plays;
import com.rapport.practice.PlayService;
import com.rapport.TestUsers;
import com.rapport.practice.AttemptService;
import com.rapport.review.TeamRow;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.team.TeamService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;

/** The manager's path from the dashboard to the reply that shows a weakness, and what they can do there. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "dash-lead", roles = "MANAGER")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    PlayService play;

    private static final String RESULTS = "results-caller-unverified";
    private static boolean seeded;

    @Autowired
    AttemptService attempts;
    @Autowired
    TeamService teams;
    @Autowired
    ScenarioLibrary library;
    @Autowired
    com.rapport.security.AccountService accounts;

    @BeforeEach
    void a_team_where_one_trainee_slips_on_hipaa() {
        if (seeded) {
            return;
        }
        TestUsers.as("dash-lead", "MANAGER", () -> teams.createTeam("Dashboard desk", "dash-lead",
                List.of("careful-cara", "steady-sol", "leaky-lou")));
        TestUsers.as("another-lead", "MANAGER", () -> teams.createTeam("Elsewhere", "another-lead",
                List.of("elsewhere-eli")));
        for (String t : List.of("careful-cara", "steady-sol", "elsewhere-eli")) {
            TestUsers.as(t, "TRAINEE", () -> Plays.play(play, library, RESULTS, Plays::best));
        }
        accounts.create("leaky-lou", "a-long-password", "Lou Leaky", com.rapport.security.Role.TRAINEE);
        TestUsers.as("leaky-lou", "TRAINEE", () -> Plays.play(play, library, RESULTS,
                Plays.worstOn(Criterion.HIPAA)));
        // Cara starts the scenario once more and leaves it: 3 of the team's 4 attempts at it are finished
        TestUsers.as("careful-cara", "TRAINEE", () -> play.start(RESULTS));
        seeded = true;
    }

    @SuppressWarnings("unchecked")
    private Grid<TeamRow> teamGrid() {
        return find(Grid.class).withId("team").single();
    }

    @Test
    void sorting_on_hipaa_puts_the_trainee_weakest_at_it_first_and_shows_no_one_from_other_teams() {
        var view = navigate(DashboardView.class);

        view.sortBy("FOCUS", false);

        var grid = test(teamGrid());
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getRow(0).username()).isEqualTo("leaky-lou");
        assertThat(grid.getRow(0).focusValue()).isLessThan(grid.getRow(2).focusValue());
        assertThat(find(Span.class).withId("heat-leaky-lou-hipaa").single().getClassNames()).contains("heat-low");
        assertThat(find(Span.class).withId("heat-elsewhere-eli-hipaa").exists()).isFalse();
    }

    @Test
    void filtering_by_name_narrows_the_grid() {
        navigate(DashboardView.class);

        test(find(com.vaadin.flow.component.textfield.TextField.class).withId("search").single()).setValue("cara");

        assertThat(test(teamGrid()).size()).isEqualTo(1);
        assertThat(test(teamGrid()).getRow(0).username()).isEqualTo("careful-cara");
    }

    @Test
    void from_the_trainee_page_the_manager_reads_the_reply_that_shows_the_weakness() {
        navigate(TraineeReviewView.class, "leaky-lou");

        assertThat(find(H1.class).single().getText()).isEqualTo("Trainee: Lou Leaky");
        @SuppressWarnings("unchecked")
        Select<Criterion> criterion = find(Select.class).withId("worst-criterion").single();
        test(criterion).selectItem("HIPAA confidentiality");
        var links = find(RouterLink.class).withClassName("reply-link").all();
        assertThat(links).isNotEmpty();

        test(links.getFirst()).click();

        assertThat(getCurrentView()).isInstanceOf(AttemptReviewView.class);
        assertThat(find(Div.class).withClassName("reply").all()).isNotEmpty();
        assertThat(find(Paragraph.class).withClassName("point-lost").all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).contains("HIPAA"));
        assertThat(find(Paragraph.class).withId("attempt-path").single().getText()).startsWith("Path: opening");
        assertThat(find(Div.class).withId("path-map").single().getElement().getProperty("innerHTML"))
                .contains("on-path");
    }

    @Test
    void a_coaching_comment_and_a_corrected_score_show_in_the_review_with_the_original_kept() {
        long id = attempts.attemptsOf("steady-sol").getFirst().id();
        navigate(AttemptReviewView.class, id);

        test(find(TextArea.class).withId("comment-text").single()).setValue("Lovely apology at the start.");
        test(find(Button.class).withId("add-comment").single()).click();
        test(find(IntegerField.class).withId("override-value").single()).setValue(55);
        test(find(Button.class).withId("override").single()).click();
        assertThat(find(TextArea.class).withId("override-reason").single().isInvalid()).isTrue();
        test(find(TextArea.class).withId("override-reason").single()).setValue("Closed the call without a plan.");
        test(find(Button.class).withId("override").single()).click();

        assertThat(find(Paragraph.class).withClassName("coaching-comment").all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).contains("Lovely apology at the start."));
        assertThat(find(Span.class).withId("overall-score").single().getText()).contains("55%")
                .contains("corrected");
        assertThat(find(Paragraph.class).withClassName("correction").single().getText())
                .contains("dash-lead").contains("Closed the call without a plan.").contains("→ 55%");
    }

    @Test
    @WithMockUser(username = "solo-lead", roles = "MANAGER")
    void a_manager_adds_a_trainee_to_their_team_by_username_and_an_unknown_name_is_refused() {
        long team = teams.createTeam("Solo desk", "solo-lead", List.of()).id();
        accounts.create("newcomer-nia", "a-long-password", "Nia Newcomer", com.rapport.security.Role.TRAINEE);
        navigate(DashboardView.class);
        var username = find(com.vaadin.flow.component.textfield.TextField.class).withId("add-member-" + team).single();

        test(username).setValue("nobody-by-that-name");
        test(find(Button.class).withId("add-member-button-" + team).single()).click();
        assertThat(username.isInvalid()).isTrue();
        assertThat(teams.myTeams().getFirst().members()).isEmpty();

        test(username).setValue("newcomer-nia");
        test(find(Button.class).withId("add-member-button-" + team).single()).click();
        assertThat(teams.myTeams().getFirst().members()).containsExactly("newcomer-nia");
    }

    @Test
    void the_attempts_export_downloads_as_csv_for_the_chosen_trainee_only() throws Exception {
        navigate(DashboardView.class);
        @SuppressWarnings("unchecked")
        Select<String> trainee = find(Select.class).withId("export-trainee").single();
        test(trainee).selectItem("Lou Leaky");

        var out = new java.io.ByteArrayOutputStream();
        test(find(com.vaadin.flow.component.html.Anchor.class).withId("export-attempts-csv").single()).download(out);

        var lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).strip().lines().toList();
        assertThat(lines.getFirst()).startsWith("attempt_id,trainee,scenario_id");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains(",leaky-lou,"));
    }

    @Test
    void a_trainee_on_another_team_or_unknown_is_not_found() {
        assertThatThrownBy(() -> navigate(TraineeReviewView.class, "elsewhere-eli"))
                .hasMessageContaining("Navigation resulted");
        assertThatThrownBy(() -> navigate(TraineeReviewView.class, "nobody-at-all"))
                .hasMessageContaining("Navigation resulted");
        assertThatThrownBy(() -> navigate(AttemptReviewView.class, 999_999L))
                .hasMessageContaining("Navigation resulted");
    }

    @Test
    void the_heat_map_names_trainees_as_the_grid_does_by_display_name() {
        navigate(DashboardView.class);

        assertThat(find(RouterLink.class).withClassName("heat-name").all()).extracting(RouterLink::getText)
                .contains("Lou Leaky", "careful-cara").doesNotContain("leaky-lou");
        assertThat(find(Div.class).withId("heat-region").single().getElement().getAttribute("tabindex"))
                .as("the heat map scrolls inside its own region, by keyboard too").isEqualTo("0");
    }

    @Test
    void completion_is_finished_over_started_attempts() {
        navigate(DashboardView.class);

        @SuppressWarnings("unchecked")
        Grid<com.rapport.review.ReviewService.ScenarioReport> stats = find(Grid.class).withId("scenario-stats")
                .single();
        var grid = test(stats);
        int row = 0;
        while (!grid.getRow(row).stats().scenarioId().equals(RESULTS)) {
            row++;
        }
        assertThat(grid.getRow(row).stats().started()).isEqualTo(4);
        assertThat(grid.getCellText(row, 3)).isEqualTo("75% (3 of 4)");
    }

    /** The hot spots cell of the results scenario's row. */
    private com.vaadin.flow.component.Component hotspotCell() {
        @SuppressWarnings("unchecked")
        Grid<com.rapport.review.ReviewService.ScenarioReport> stats = find(Grid.class).withId("scenario-stats")
                .single();
        var grid = test(stats);
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).stats().scenarioId().equals(RESULTS)) {
                return grid.getCellComponent(row, "hotspots");
            }
        }
        throw new AssertionError("no row for " + RESULTS);
    }

    private List<Button> hotspotButtons() {
        return hotspotCell().getChildren().flatMap(c -> c.getChildren()).filter(Button.class::isInstance)
                .map(Button.class::cast).toList();
    }

    @Test
    void hot_spots_are_named_by_the_patients_line_and_none_shows_nothing_lost() {
        navigate(DashboardView.class);
        var scenario = library.find(RESULTS).orElseThrow().scenario();

        var buttons = hotspotButtons();

        assertThat(buttons).isNotEmpty().allSatisfy(b -> {
            String node = b.getId().orElseThrow().substring(("hotspot-" + RESULTS + "-").length());
            String line = scenario.node(node).orElseThrow().patient().strip().replaceAll("\\s+", " ");
            assertThat(b.getText()).startsWith("“").doesNotContain(node + ":");
            assertThat(line).startsWith(b.getText().substring(1, Math.min(b.getText().length() - 2, 30)));
            assertThat(b.getTooltip().getText()).isEqualTo(line);
        });
        assertThat(hotspotCell().getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()))
                .isNotEmpty().noneSatisfy(t -> assertThat(t).startsWith("0.0 points lost"));
    }

    @Test
    void a_moment_that_loses_nothing_is_no_hot_spot() {
        assertThat(new com.rapport.review.Hotspot("s", "n", "line", 10, 0.04, 3).lostPoints()).isFalse();
        assertThat(new com.rapport.review.Hotspot("s", "n", "line", 10, 0.05, 0).lostPoints()).isTrue();
    }

    @Test
    void a_clicked_hot_spot_opens_its_replies_in_a_panel_beside_the_table() {
        navigate(DashboardView.class);
        assertThat(find(com.vaadin.flow.component.html.Aside.class).withId("hotspot-replies").exists()).isFalse();

        // the grid's cell components are not attached in a browserless test: click as the browser would
        var first = hotspotButtons().getFirst();
        com.vaadin.flow.component.ComponentUtil.fireEvent(first,
                new com.vaadin.flow.component.ClickEvent<>(first));

        var aside = find(com.vaadin.flow.component.html.Aside.class).withId("hotspot-replies").single();
        var table = find(Grid.class).withId("scenario-stats").single();
        assertThat(aside.getParent()).as("beside the table, not below it").isEqualTo(table.getParent());
        assertThat(find(RouterLink.class).withClassName("reply-link").all()).isNotEmpty()
                .extracting(RouterLink::getText).noneSatisfy(t -> assertThat(t).startsWith("leaky-lou:"));
    }

    @Test
    void the_trainee_page_lists_each_attempt_once() {
        navigate(TraineeReviewView.class, "leaky-lou");

        assertThat(find(Grid.class).withId("attempts").all()).hasSize(1);
        assertThat(test(find(Grid.class).withId("attempts").single()).size())
                .isEqualTo(attempts.attemptsOf("leaky-lou").size());
    }
}
