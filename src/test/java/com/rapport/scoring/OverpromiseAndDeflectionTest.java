package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.rapport.scenario.Criterion;

/**
 * Promising what someone else decides, false reassurance and brushing a complaint off are ownership violations; a
 * representative's own dated commitment is follow-up. The sentences are written for this test, not taken from the
 * labelled corpus.
 */
class OverpromiseAndDeflectionTest {

    private static ReplyScore score(String reply) {
        return ScorerTest.SCORER.score(reply, ReplyContext.genericCall());
    }

    private static List<String> violations(String reply) {
        return score(reply).violations().stream().map(ReplyScore.Violation::signal).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'll personally make sure Dr. Shah sees you first thing tomorrow.",
        "I'll make sure the unit manager fixes the call bells this week.",
        "I'm going to make sure the review board has a decision for you by Monday.",
        "Please don't worry, I'm sure it will all be fine.",
        "I can promise Summit will approve it this time.",
        "Don't worry about the money, I'll make sure Keystone pays it before Friday.",
        "I'll tell the board to fund two more nurses; with these numbers they can't say no.",
        "I'll call you tomorrow to confirm, and you won't hear about this charge again.",
        "I'll make sure it never comes to that.",
        "I'll personally make sure Keystone approves it this time.",
        "Oh, he'll be disciplined for this, trust me.",
        "You'll have an in-person interpreter at every appointment from now on.",
        "Your refund is coming this week, guaranteed.",
        "I'll call you tonight once he's read it, you have my word.",
        "I'll take your numbers to the board on Monday and they'll fund the extra nurses.",
        "I'll make sure you get every answer by this evening.",
    })
    void promising_what_others_decide_is_an_overpromise(String reply) {
        assertThat(violations(reply)).contains("overpromises");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The comment cards are by the lifts if you want to write it down.",
        "I can note it and hope someone upstairs reads it.",
        "The clinic will call you once the insurer decides. They're the ones talking to the insurer, not us.",
        "I'm afraid the hospital is not responsible for belongings left on the ward.",
    })
    void brushing_the_complaint_off_passes_it_on(String reply) {
        assertThat(violations(reply)).contains("not-my-department");
    }

    @org.junit.jupiter.api.Test
    void talking_someone_out_of_a_complaint_is_an_ownership_violation_too() {
        var score = score("There's not much point me logging it, the survey is the best place for feedback.");

        assertThat(score.violations()).anySatisfy(v -> {
            assertThat(v.signal()).isEqualTo("discourages-complaint");
            assertThat(v.criterion()).isEqualTo(com.rapport.scenario.Criterion.OWNERSHIP);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'll make sure your complaint reaches the unit manager today.",
        "I'm sure that was frightening to hear.",
        "I'll make sure the note is on your file before we hang up.",
        "What I can promise is that I'll be with you through the meeting.",
        "I can't promise what the review finds, but I can promise you'll get a real answer.",
        "I can't promise Summit will approve it, or that you won't pay anything; those are Summit's decisions.",
        "Earlier I promised nothing would happen to you, and I shouldn't have.",
        "cant cancel it myself sorry, not my call. but ill ask billing to pause collections today",
    })
    void owning_a_step_or_acknowledging_is_not(String reply) {
        assertThat(violations(reply)).doesNotContain("overpromises", "not-my-department");
    }

    private static boolean followUpTime(String reply) {
        return score(reply).criteria().get(Criterion.FOLLOW_UP).evidence().stream()
                .anyMatch(e -> e.signal().equals("follow-up-time"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Just bring the form back to the desk by Thursday so it gets logged.",
        "Please return the signed form by Monday.",
        "The deposit is required by Wednesday at noon.",
        "Someone from billing will ring you at some point.",
        "The clinic will call you in a while.",
    })
    void an_instruction_a_requirement_or_a_vague_time_is_no_follow_up_time(String reply) {
        assertThat(followUpTime(reply)).as(reply).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'll bring the figures to you on Tuesday, March 4, so we can go through them.",
        "I'll call you back in an hour.",
        "Ring you at 3 then, okay?",
        "I'll phone you on Friday with what billing says.",
    })
    void the_representatives_own_dated_step_is_a_follow_up_time(String reply) {
        assertThat(followUpTime(reply)).as(reply).isTrue();
    }

    @Test
    void a_dated_letter_of_the_representatives_own_is_a_follow_up_time_and_a_payment_date_is_not() {
        assertThat(score("I'll write to you by the 22nd with what the panel decides.").criteria()
                .get(Criterion.FOLLOW_UP).evidence()).anyMatch(e -> e.signal().equals("follow-up-time"));
        assertThat(score("Your payment is due by the 15th.").criteria().get(Criterion.FOLLOW_UP).evidence())
                .noneMatch(e -> e.signal().equals("follow-up-time"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"You have my word I'll call you back by 4 today.",
            "I'll make sure you have all the details in writing before you leave today.",
            "I've sent the appeal today and I hope they'll approve it.",
            "That's not something I can help with myself, but I'll get the billing lead on now and stay with you.",
            "I'm not going to transfer you back to that line; I'll stay on this with you myself."})
    void a_commitment_of_ones_own_a_hope_or_a_warm_hand_off_is_no_overpromise_nor_deflection(String reply) {
        assertThat(violations(reply)).as(reply).doesNotContain("overpromises", "not-my-department");
    }
}
