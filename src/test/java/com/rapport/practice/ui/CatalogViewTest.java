package com.rapport.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.Plays;
import com.rapport.practice.CatalogItem;
import com.rapport.practice.PlayService;
import com.rapport.scenario.ScenarioLibrary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

@SpringBootTest
@ActiveProfiles("test")
class CatalogViewTest extends SpringBrowserlessTest {

    @Autowired
    PlayService play;
    @Autowired
    ScenarioLibrary library;

    private List<String> cards() {
        return find(Div.class).withClassName("scenario-card").all().stream().map(c -> c.getId().orElse(""))
                .map(id -> id.replace("card-", "")).toList();
    }

    @SuppressWarnings("unchecked")
    private Select<CatalogItem.Status> status() {
        return find(Select.class).withId("status-filter").single();
    }

    @Test
    @WithMockUser(username = "searcher", roles = "TRAINEE")
    void the_search_finds_words_in_the_title_summary_or_topics_in_any_case() {
        navigate(CatalogView.class);
        int all = cards().size();
        assertThat(find(H1.class).single().getText()).isEqualTo("Scenarios");
        assertThat(all).isEqualTo(library.all().size());

        test(find(TextField.class).withId("catalog-search").single()).setValue("INTERPRETER spanish");

        assertThat(cards()).contains("spanish-interpreter-son").doesNotContain("ed-wait-family")
                .hasSizeLessThan(all);

        test(find(TextField.class).withId("catalog-search").single()).setValue("privacy");

        assertThat(cards()).as("a topic").contains("results-caller-unverified", "record-viewed-by-neighbour")
                .doesNotContain("spanish-interpreter-son").hasSizeLessThan(all);

        test(find(TextField.class).withId("catalog-search").single()).setValue("no such words anywhere");

        assertThat(cards()).isEmpty();
        assertThat(find(Paragraph.class).withId("catalog-empty").single().getText()).startsWith("No scenario matches");
    }

    @Test
    @WithMockUser(username = "status-filterer", roles = "TRAINEE")
    void the_status_filter_tells_scenarios_not_played_in_progress_and_passed_apart() {
        Plays.play(play, library, "results-caller-unverified", Plays::best);
        long unfinished = play.start("relative-admitted-directory");
        navigate(CatalogView.class);

        test(status()).selectItem("Passed");
        assertThat(cards()).containsExactly("results-caller-unverified");

        test(status()).selectItem("In progress");
        assertThat(cards()).containsExactly("relative-admitted-directory");
        assertThat(find(Button.class).withId("resume-relative-admitted-directory").exists()).isTrue();

        test(status()).selectItem("Not played");
        assertThat(cards()).doesNotContain("results-caller-unverified", "relative-admitted-directory")
                .hasSize(library.all().size() - 2);
        assertThat(unfinished).isPositive();
    }

    @Test
    @WithMockUser(username = "label-reader", roles = "TRAINEE")
    void a_tier_not_open_yet_is_labelled_practice_and_can_still_be_played() {
        navigate(CatalogView.class);

        assertThat(find(Paragraph.class).withId("tier-note-results-caller-unverified").exists())
                .as("Entry is open").isFalse();
        assertThat(find(Paragraph.class).withId("tier-note-billing-uncovered-services").single().getText())
                .isEqualTo("Practice — doesn't count toward your tier until Entry is certified.");
        var start = find(Button.class).withId("start-billing-uncovered-services").single();
        assertThat(start.isEnabled()).isTrue();

        test(start).click();

        assertThat(getCurrentView()).isInstanceOf(PlayView.class);
        assertThat(find(Paragraph.class).withId("tier-note").single().getText())
                .startsWith("Practice — this attempt doesn't count toward your tier until Entry is certified");
    }
}
