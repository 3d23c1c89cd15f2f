package com.rapport.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

@SpringBootTest
@ActiveProfiles("test")
class DebriefViewTest extends SpringBrowserlessTest {

    /** Types one reply at the billing scenario's opening, then picks the first choice to the end. */
    private void playBillingWithATypedReply() {
        navigate(CatalogView.class);
        test(find(Button.class).withId("start-billing-uncovered-services").single()).click();
        test(find(TextArea.class).withId("reply").single())
                .setValue("I'm so sorry about this bill and being transferred twice, that sounds really frustrating."
                        + " Calm down though, can you tell me what happened?");
        test(find(Button.class).withId("send").single()).click();
        while (getCurrentView() instanceof PlayView) {
            var choices = find(VerticalLayout.class).withId("choices").single();
            test(find(Button.class, choices).withCondition(b -> b.getId().orElse("").startsWith("choice-")).all()
                    .getFirst()).click();
        }
    }

    private String readAs() {
        return find(Paragraph.class).withClassName("read-as").all().getFirst().getText();
    }

    @Test
    @WithMockUser(username = "summary-reader", roles = "TRAINEE")
    void the_summary_comes_first_and_each_point_opens_its_reply_in_the_folded_transcript() {
        playBillingWithATypedReply();

        assertThat(find(H1.class).all()).hasSize(1);
        var strengths = find(ListItem.class, find(Div.class).withId("strengths").single()).all();
        var work = find(ListItem.class, find(Div.class).withId("work-on").single()).all();
        assertThat(strengths).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(work).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        var transcript = find(Details.class).withId("transcript").single();
        assertThat(transcript.isOpened()).as("folded until asked for").isFalse();
        var order = find(com.rapport.shared.ui.DebriefPanel.class).single().getChildren().toList();
        assertThat(order.indexOf(find(Div.class).withId("debrief-summary").single()))
                .isLessThan(order.indexOf(transcript));

        test(find(Button.class, find(Div.class).withId("work-on").single()).withClassName("see-reply").all()
                .getFirst()).click();

        assertThat(transcript.isOpened()).isTrue();
    }

    @Test
    @WithMockUser(username = "plain-words", roles = "TRAINEE")
    void a_trainee_reads_what_their_reply_was_taken_as_without_intent_ids_or_confidence() {
        playBillingWithATypedReply();

        assertThat(readAs()).doesNotContain("confidence").doesNotContain("Taken to mean");
        assertThat(readAs()).satisfiesAnyOf(t -> assertThat(t).startsWith("Your reply was read as: “"),
                t -> assertThat(t).startsWith("The patient could not tell what you meant"));
    }

    @Test
    @WithMockUser(username = "playtester", roles = "TRAINER")
    void a_trainer_playtesting_also_sees_the_intent_and_the_confidence() {
        playBillingWithATypedReply();

        assertThat(readAs()).containsPattern("\\(confidence \\d+%\\)");
    }
}
