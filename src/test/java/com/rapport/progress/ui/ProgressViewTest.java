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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

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

        assertThat(find(H3.class).withId("current-tier").single().getText()).isEqualTo("Current tier: Entry");
        assertThat(find(Paragraph.class).withId("to-certify").single().getText())
                .isEqualTo("To certify Entry: pass 3 more Entry scenario(s) (0 of 3 passed).");
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
        assertThat(find(HorizontalLayout.class).withId("proficiency-" + weakest.id()).single().getChildren()
                .anyMatch(c -> c instanceof Span s && "weakest".equals(s.getText()))).isTrue();
        assertThat(find(Span.class).withText("weakest").all()).hasSize(1);
        assertThat(find(Div.class).withId("proficiency-chart").single().getElement().getProperty("innerHTML"))
                .startsWith("<svg").contains("HIPAA confidentiality");
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
        assertThat(find(H3.class).withId("assigned-heading").exists()).isTrue();
        assertThat(find(Span.class).withId("due-ed-wait-family").single().getText()).startsWith("Overdue");
        var titles = find(H3.class).all().stream().map(H3::getText).toList();
        assertThat(titles.indexOf("Assigned to you")).isLessThan(titles.indexOf("All scenarios"));
    }
}
