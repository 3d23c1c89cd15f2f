package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.rapport.scenario.Criterion;

/**
 * Asking for the person's details is verification: it earns no empathy ("I get your") and no ownership ("can I
 * get"), while the same words that do take a step for the person still do. Sentences written for this test.
 */
class DetailRequestsTest {

    private static List<String> credits(String reply, Criterion criterion) {
        return ScorerTest.SCORER.score(reply, ReplyContext.genericCall()).criteria().get(criterion).evidence().stream()
                .map(ReplyScore.Evidence::signal).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Can I get your full name and date of birth, please?",
        "Could I just get your account number?",
        "Let me take your phone number first.",
        "may i have ur DOB pls",
    })
    void asking_for_details_is_neither_empathy_nor_ownership(String reply) {
        assertThat(credits(reply, Criterion.EMPATHY)).doesNotContain("understands-why");
        assertThat(credits(reply, Criterion.OWNERSHIP)).doesNotContain("owns-next-step");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Can I get your mum a blanket while we wait?",
        "Let me get the charge nurse for you now.",
        "Can I get your date of birth? Then I'll call billing myself while you're on the line.",
    })
    void a_step_taken_for_the_person_is_still_ownership(String reply) {
        assertThat(credits(reply, Criterion.OWNERSHIP)).contains("owns-next-step");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I get your frustration, nobody told you a thing.",
        "I get why you're angry about this bill.",
    })
    void understanding_in_the_same_words_is_still_empathy(String reply) {
        assertThat(credits(reply, Criterion.EMPATHY)).contains("understands-why");
    }
}
