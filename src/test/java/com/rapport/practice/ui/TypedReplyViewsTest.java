package com.rapport.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

@SpringBootTest
@ActiveProfiles("test")
class TypedReplyViewsTest extends SpringBrowserlessTest {

    private static final String BILLING = "billing-uncovered-services";

    private void startBilling() {
        navigate(CatalogView.class);
        test(find(Button.class).withId("start-" + BILLING).single()).click();
    }

    @Test
    @WithMockUser(username = "typist", roles = "TRAINEE")
    void a_typed_reply_is_scored_and_moves_the_conversation_on() {
        startBilling();
        var reply = find(TextArea.class).withId("reply").single();
        assertThat(reply.getLabel()).startsWith("Say it in your own words");

        test(reply).setValue("I'm so sorry you've been passed around, that sounds exhausting. "
                + "Can you tell me what happened, starting with the ER visit?");
        test(find(Button.class).withId("send").single()).click();

        var chat = find(ConversationLog.class).single();
        assertThat(chat.lines()).hasSize(3);
        assertThat(chat.lines().get(1).text()).startsWith("I'm so sorry you've been passed around");
        assertThat(chat.lines().get(2).text()).isNotEqualTo(chat.lines().get(0).text());
    }

    @Test
    @WithMockUser(username = "mumbler", roles = "TRAINEE")
    void a_reply_that_means_nothing_expected_makes_the_patient_ask_again() {
        startBilling();

        test(find(TextArea.class).withId("reply").single()).setValue("The weather is lovely today.");
        test(find(Button.class).withId("send").single()).click();

        var chat = find(ConversationLog.class).single();
        assertThat(chat.lines()).hasSize(3);
        assertThat(chat.lines().get(2).text()).startsWith("Sorry, what?");
        assertThat(find(TextArea.class).withId("reply").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "oversharer", roles = "TRAINEE")
    void a_real_looking_phone_number_becomes_a_tag_and_the_trainee_is_told_why_once() {
        startBilling();

        test(find(TextArea.class).withId("reply").single()).setValue("Weather aside, my number is 617-555-2368.");
        test(find(Button.class).withId("send").single()).click();

        assertThat(find(ConversationLog.class).single().lines().get(1).text())
                .isEqualTo("Weather aside, my number is [PHONE].");
        var note = find(Paragraph.class).withId("privacy-note").single();
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("We replaced what looked like a real phone number with [PHONE]. Please "
                + "don't type real patients' details; practise with the scenario's made-up ones.");

        test(find(TextArea.class).withId("reply").single()).setValue("Or e-mail me at me@gmail.com, 617-555-2368.");
        test(find(Button.class).withId("send").single()).click();

        assertThat(find(ConversationLog.class).single().lines().get(3).text())
                .isEqualTo("Or e-mail me at [EMAIL], [PHONE].");
        assertThat(find(Paragraph.class).withId("privacy-note").exists()).as("told once, not again").isFalse();
    }

    @Test
    @WithMockUser(username = "rambler", roles = "TRAINEE")
    void a_reply_past_the_length_limit_is_refused_with_a_clear_message_and_nothing_is_lost() {
        startBilling();
        var reply = find(TextArea.class).withId("reply").single();
        String tooLong = "I understand. ".repeat(60);

        test(reply).setValue(tooLong);

        assertThat(reply.isInvalid()).isTrue();
        assertThat(reply.getErrorMessage()).contains("keep it to 600 or fewer");
        assertThat(find(Button.class).withId("send").single().isEnabled()).isFalse();
        assertThat(reply.getValue()).isEqualTo(tooLong);
        assertThat(find(ConversationLog.class).single().lines()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "highlighted", roles = "TRAINEE")
    void the_debrief_highlights_the_words_that_earned_and_cost_points() {
        startBilling();
        test(find(TextArea.class).withId("reply").single())
                .setValue("I'm so sorry about this bill and being transferred twice, that sounds really frustrating."
                        + " Calm down though, can you tell me what happened?");
        test(find(Button.class).withId("send").single()).click();
        while (getCurrentView() instanceof PlayView) {
            var choices = find(VerticalLayout.class).withId("choices").single();
            test(find(Button.class, choices).withCondition(b -> b.getId().orElse("").startsWith("choice-")).all()
                    .getFirst()).click();
        }

        assertThat(find(Span.class).withClassName("mark-credit").all()).extracting(Span::getText)
                .contains("I'm so sorry", "sounds really frustrating");
        assertThat(find(Span.class).withClassName("mark-violation").all()).extracting(Span::getText)
                .contains("Calm down");
        assertThat(find(Paragraph.class).withClassName("point-lost").all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).contains("“Calm down”").contains("Dismisses the feeling"));
        assertThat(find(Paragraph.class).withClassName("model-response").all()).isNotEmpty();
    }
}
