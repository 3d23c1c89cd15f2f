package com.rapport.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.TestUsers;
import com.rapport.practice.PlayService;
import com.rapport.practice.TierLockedException;
import com.rapport.scenario.Tier;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;

/** With {@code rapport.progress.locked-tiers=enforce}, a tier not open yet cannot be played, whatever the page. */
@SpringBootTest(properties = "rapport.progress.locked-tiers=enforce")
@ActiveProfiles("test")
class LockedTiersEnforcedTest extends SpringBrowserlessTest {

    private static final String MID = "billing-uncovered-services";

    @Autowired
    PlayService play;

    @Test
    @WithMockUser(username = "enforced-ed", roles = "TRAINEE")
    void the_catalogue_says_a_locked_tier_is_locked_and_offers_no_start() {
        navigate(CatalogView.class);

        assertThat(find(Paragraph.class).withId("tier-note-" + MID).single().getText())
                .isEqualTo("Locked — opens once Entry is certified.");
        assertThat(find(Button.class).withId("start-" + MID).single().isEnabled()).isFalse();
        assertThat(find(Button.class).withId("start-results-caller-unverified").single().isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "enforced-eve", roles = "TRAINEE")
    void the_server_refuses_to_start_a_locked_tier_even_when_asked_directly() {
        assertThatThrownBy(() -> play.start(MID)).isInstanceOf(TierLockedException.class)
                .satisfies(e -> assertThat(((TierLockedException) e).waitFor()).isEqualTo(Tier.ENTRY));
        assertThat(play.start("results-caller-unverified")).isPositive();
    }

    @Test
    @WithMockUser(username = "enforced-eli", roles = "TRAINEE")
    void the_play_page_refuses_an_attempt_in_a_tier_that_is_locked_now_with_a_clear_message() {
        long started = TestUsers.as("enforced-eli", "TRAINER", () -> play.start(MID));

        navigate(PlayView.class, started);

        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("tier-locked").single().getText())
                .startsWith("This conversation is in the Mid tier, which isn't open to you yet: certify Entry first.");
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("choice-"));
    }

    @Test
    @WithMockUser(username = "playtesting-pat", roles = "TRAINER")
    void a_trainer_playtests_any_tier() {
        assertThat(play.start(MID)).isPositive();
    }
}
