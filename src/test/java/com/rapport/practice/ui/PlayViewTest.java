package com.rapport.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;

@SpringBootTest
@ActiveProfiles("test")
class PlayViewTest extends SpringBrowserlessTest {

    private static final String BILLING = "billing-uncovered-services";

    private void startBilling() {
        navigate(CatalogView.class);
        test(find(Button.class).withId("start-" + BILLING).single()).click();
    }

    private void clickFirstChoice() {
        var choices = find(VerticalLayout.class).withId("choices").single();
        test(find(Button.class, choices).withCondition(b -> b.getId().orElse("").startsWith("choice-")).all()
                .getFirst()).click();
    }

    @Test
    @WithMockUser(username = "appender", roles = "TRAINEE")
    void a_reply_appends_the_new_lines_and_leaves_the_lines_already_shown_as_they_were() {
        startBilling();
        var chat = find(ConversationLog.class).single();
        var opening = chat.getElement().getChild(0).getNode();

        clickFirstChoice();

        assertThat(chat.getElement().getChildCount()).isEqualTo(3);
        assertThat(chat.getElement().getChild(0).getNode()).as("the same element, not a rebuilt one").isSameAs(opening);
        assertThat(chat.lines().get(1).side()).isEqualTo(ConversationLog.Side.MINE);
        assertThat(chat.lines().get(2).side()).isEqualTo(ConversationLog.Side.THEIRS);
        assertThat(chat.lines().get(2).speaker()).isEqualTo("Denise Carter");
    }

    @Test
    @WithMockUser(username = "reader", roles = "TRAINEE")
    void the_conversation_is_a_polite_live_region_and_the_scenario_title_is_the_one_h1() {
        startBilling();
        var chat = find(ConversationLog.class).single().getElement();

        assertThat(chat.getAttribute("role")).isEqualTo("log");
        assertThat(chat.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(find(H1.class).all()).extracting(H1::getText).containsExactly("The bill insurance did not pay");
    }

    @Test
    @WithMockUser(username = "looker", roles = "TRAINEE")
    void the_mood_is_told_in_words_and_the_bar_and_the_portrait_have_names() {
        startBilling();

        String words = find(Span.class).withId("mood").single().getText();
        var bar = find(ProgressBar.class).withId("mood-bar").single().getElement();
        var portrait = find(Div.class).withId("portrait").single().getElement();

        assertThat(words).matches("Mood: (Furious|Angry|Upset|Calmer|Reassured)");
        assertThat(bar.getAttribute("aria-label")).isEqualTo("Mood of Denise Carter");
        assertThat(bar.getAttribute("aria-valuetext")).matches("\\w+, \\d+ of 10");
        assertThat(portrait.getAttribute("role")).isEqualTo("img");
        assertThat(portrait.getAttribute("aria-label")).startsWith("Portrait of Denise Carter, looking ");
        assertThat(portrait.getProperty("innerHTML")).startsWith("<svg");
    }

    @Test
    @WithMockUser(username = "shortcut-reader", roles = "TRAINEE")
    void the_send_button_shows_its_keyboard_shortcut_and_the_reply_box_is_emptied_after_a_turn() {
        startBilling();
        var send = find(Button.class).withId("send").single();

        assertThat(find(Span.class).withId("send-shortcut").single().getText()).contains("Ctrl+Enter");
        assertThat(send.getElement().getAttribute("aria-keyshortcuts")).isEqualTo("Control+Enter");

        test(find(TextArea.class).withId("reply").single()).setValue("The weather is lovely today.");
        test(send).click();

        assertThat(find(TextArea.class).withId("reply").single().getValue()).isEmpty();
    }

    @Test
    @WithMockUser(username = "listener", roles = "TRAINEE")
    void read_aloud_is_off_at_first_and_stays_on_for_the_session_once_turned_on() {
        startBilling();
        var readAloud = find(Checkbox.class).withId("read-aloud").single();
        assertThat(readAloud.getValue()).isFalse();

        test(readAloud).click();
        startBilling();

        assertThat(find(Checkbox.class).withId("read-aloud").single().getValue()).isTrue();
    }
}
