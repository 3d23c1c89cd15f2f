package com.rapport.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.Plays;
import com.rapport.practice.PlayService;
import com.rapport.TestUsers;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.team.TeamService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

@SpringBootTest
@ActiveProfiles("test")
class ProgressViewTest extends SpringBrowserlessTest {

    @Autowired
    PlayService play;

    @Autowired
    TeamService teams;
    @Autowired
    ScenarioLibrary library;
    @Autowired
    com.rapport.progress.ProgressService progress;

    private static String getTranslation(String key) {
        return com.vaadin.flow.i18n.I18NProvider.translate(key);
    }

    @Test
    @WithMockUser(username = "fresh-face", roles = "TRAINEE")
    void a_new_trainee_sees_entry_as_their_tier_and_what_it_takes_to_certify_it() {
        navigate(ProgressView.class);

        assertThat(find(H2.class).withId("current-tier").single().getText()).isEqualTo("Current tier: Entry");
        assertThat(find(Paragraph.class).withId("to-certify").single().getText())
                .isEqualTo("To certify Entry: pass 3 more Entry scenarios (0 of 3 passed).");
        assertThat(find(Span.class).withClassName("tier-state-locked").all()).hasSize(3);
        assertThat(find(Paragraph.class).withId("suggested-scenario").single().getText()).contains("(Entry)");
    }

    @Test
    @WithMockUser(username = "hipaa-slipper", roles = "TRAINEE")
    void after_some_attempts_the_page_shows_proficiency_its_trend_and_the_scenario_for_the_weakest_criterion() {
        Plays.play(play, library, "results-caller-unverified", Plays.worstOn(Criterion.HIPAA));
        Plays.play(play, library, "results-caller-unverified", Plays.worstOn(Criterion.HIPAA));
        Plays.play(play, library, "billing-uncovered-services", Plays::best);

        navigate(ProgressView.class);

        Criterion weakest = progress.myProgress().standing().weakest();
        assertThat(weakest).isNotNull();
        assertThat(find(Div.class).withId("proficiency-" + weakest.id()).single().hasClassName("weakest-card"))
                .isTrue();
        assertThat(find(Span.class).withText("weakest").all()).hasSize(1);
        assertThat(find(Div.class).withId("chart-hipaa").single().getElement().getProperty("innerHTML"))
                .startsWith("<svg").contains("HIPAA confidentiality: from");
        assertThat(find(Paragraph.class).withId("suggested-scenario").single().getText())
                .contains("your weakest criterion").contains(getTranslation("criterion." + weakest.id()));
    }

    @Test
    @WithMockUser(username = "assigned-ava", roles = "TRAINEE")
    void assignments_come_first_and_an_overdue_one_is_marked() {
        TestUsers.as("ava-lead", "MANAGER", () -> {
            teams.createTeam("Ava's team", "ava-lead", List.of("assigned-ava"));
            teams.assign(List.of("assigned-ava"), "ed-wait-family", teams.today().minusDays(1));
            return teams.assign(List.of("assigned-ava"), "billing-uncovered-services", teams.today().plusDays(5));
        });

        navigate(ProgressView.class);
        assertThat(find(Span.class).withClassName("assignment-overdue").all()).hasSize(1);

        navigate(com.rapport.practice.ui.CatalogViewAccess.catalogView());
        assertThat(find(H2.class).withId("assigned-heading").exists()).isTrue();
        assertThat(find(Span.class).withId("due-ed-wait-family").single().getText()).startsWith("Overdue");
        var titles = find(H2.class).all().stream().map(H2::getText).toList();
        assertThat(titles.indexOf("Assigned to you")).isLessThan(titles.indexOf(
                find(H2.class).withId("all-heading").single().getText()));
    }

    @Test
    @WithMockUser(username = "eight-criteria", roles = "TRAINEE")
    void all_eight_criteria_are_on_the_page_and_an_unscored_one_says_which_scenario_practises_it() {
        Plays.play(play, library, "results-caller-unverified", Plays::best);

        navigate(ProgressView.class);

        assertThat(find(Div.class).withClassName("proficiency-card").all()).hasSize(Criterion.values().length)
                .hasSize(8);
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Cultural and language sensitivity");
        var cultural = find(Div.class).withId("proficiency-cultural-sensitivity").single();
        String said = find(Paragraph.class, cultural).single().getText();
        // names an open (entry) scenario that scores the criterion; the library has several
        assertThat(said).contains("Not scored yet");
        assertThat(library.all().stream().filter(e -> e.scenario().tier() == com.rapport.scenario.Tier.ENTRY)
                .map(e -> e.scenario().title())).anyMatch(said::contains);
        assertThat(find(Div.class).withClassName("small-chart").all()).isNotEmpty()
                .allSatisfy(chart -> assertThat(chart.getElement().getProperty("innerHTML")).contains("role=\"img\""));
    }

    @Test
    @WithMockUser(username = "one-and-done", roles = "TRAINEE")
    void counts_are_worded_in_the_singular_and_the_plural_never_with_an_s_in_brackets() {
        Plays.play(play, library, "results-caller-unverified", Plays::best);

        navigate(ProgressView.class);

        String totals = find(Paragraph.class).withClassName("muted").all().stream().map(Paragraph::getText)
                .filter(t -> t.contains("finished attempt")).findFirst().orElseThrow();
        assertThat(totals).startsWith("1 finished attempt,");
        assertThat(find(Paragraph.class).withId("to-certify").single().getText())
                .containsPattern("pass (one more Entry scenario|\\d+ more Entry scenarios) \\(");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).noneMatch(t -> t.contains("(s)"));
    }

    @Test
    @WithMockUser(username = "ahead-of-herself", roles = "TRAINEE")
    void an_attempt_in_a_tier_not_open_yet_is_practice_and_does_not_count() {
        Plays.play(play, library, "results-caller-unverified", Plays::best);
        Plays.play(play, library, "billing-uncovered-services", Plays::best);

        navigate(ProgressView.class);

        var standing = progress.myProgress().standing();
        assertThat(standing.attempts()).isEqualTo(2);
        assertThat(standing.practice()).isEqualTo(1);
        assertThat(standing.trend()).as("only the Entry attempt counts for proficiency").hasSize(1);
        assertThat(standing.tiers().get(com.rapport.scenario.Tier.MID).passedScenarios()).isZero();
        assertThat(find(Paragraph.class).withId("practice-attempts").single().getText())
                .isEqualTo("1 attempt in a tier not open yet was practice and did not count.");
        assertThat(find(Div.class).withId("certificates").single().getChildren()
                .anyMatch(c -> c instanceof com.vaadin.flow.component.html.Paragraph p
                        && p.hasClassName("certificate"))).as("no certificate before certification").isFalse();
    }
}
