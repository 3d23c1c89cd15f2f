package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.rapport.scenario.Criterion;

/**
 * Negation, contrast and precedence as a trainer reads them: a negation acts in its own clause and on the phrase it
 * governs; a non-apology is no apology; a violation beats the credit its words would otherwise earn; a deadline
 * for the person is no follow-up time.
 */
class ScorerPrecedenceTest {

    private static ReplyScore score(String reply) {
        return ScorerTest.SCORER.score(reply, ReplyContext.genericCall());
    }

    private static List<String> credits(ReplyScore score, Criterion criterion) {
        return score.criteria().get(criterion).evidence().stream().map(ReplyScore.Evidence::signal).toList();
    }

    private static List<String> violations(ReplyScore score) {
        return score.violations().stream().map(ReplyScore.Violation::signal).toList();
    }

    @Test
    void denying_a_feeling_is_not_naming_it() {
        var score = score("That's not upsetting, it's only a form.");

        assertThat(credits(score, Criterion.EMPATHY)).doesNotContain("names-emotion");
        assertThat(violations(score)).contains("dismisses-feeling");
    }

    @Test
    void a_negation_in_one_clause_leaves_the_acknowledgement_in_the_next_standing() {
        var score = score("The note wasn't filed, and that must be so frustrating for you.");

        assertThat(credits(score, Criterion.EMPATHY)).contains("names-emotion");
    }

    @Test
    void a_negation_governing_another_word_in_the_phrase_does_not_cancel_it() {
        var score = score("A bill for something you don't recognise would worry anyone.");

        assertThat(credits(score, Criterion.EMPATHY)).contains("names-emotion");
    }

    @Test
    void a_sentence_that_breaks_a_criterion_earns_no_credit_on_it() {
        var scenario = ScorerTest.CATALOG.find("threat-at-the-desk").orElseThrow().scenario();
        // the scenario author's own example of a policy speech; its second clause alone reads like professionalism
        var score = ScorerTest.SCORER.score("As I said, physicians' schedules are confidential under our policy, and"
                + " I can't make exceptions.", new ReplyContext(scenario, "demand-again", java.util.Map.of()));

        assertThat(violations(score)).contains("passive-aggressive");
        assertThat(score.criteria().get(Criterion.PROFESSIONALISM).evidence()).isEmpty();
    }

    @Test
    void sarcasm_anywhere_in_a_reply_voids_its_active_listening_however_much_it_repeats() {
        String reflected = "So you were told three different things by three people today.";
        assertThat(credits(score(reflected), Criterion.ACTIVE_LISTENING)).isNotEmpty();

        var mocked = score(reflected + " Lucky you.");
        assertThat(violations(mocked)).contains("sarcasm");
        assertThat(credits(mocked, Criterion.ACTIVE_LISTENING)).isEmpty();
    }

    @Test
    void sorry_you_see_it_that_way_is_a_non_apology() {
        var score = score("I'm sorry you see it that way, but that's our policy.");

        assertThat(violations(score)).contains("non-apology");
        assertThat(credits(score, Criterion.EMPATHY)).doesNotContain("apologises");
        assertThat(score.level(Criterion.EMPATHY)).isLessThanOrEqualTo(1);
    }

    @Test
    void refusing_to_apologise_while_blaming_the_caller_is_a_violation_twice_over() {
        var score = score("I'm not going to apologise, you should have read the letter.");

        assertThat(violations(score)).contains("non-apology", "blames-person");
        assertThat(credits(score, Criterion.EMPATHY)).isEmpty();
    }

    @Test
    void guaranteeing_what_only_an_insurer_decides_owns_nothing_and_sets_no_follow_up() {
        var score = score("I'll make sure they approve it by Friday.");

        assertThat(violations(score)).contains("overpromises");
        assertThat(credits(score, Criterion.OWNERSHIP)).isEmpty();
        assertThat(credits(score, Criterion.FOLLOW_UP)).isEmpty();
    }

    @Test
    void a_payment_deadline_is_not_the_representatives_follow_up_time_but_a_call_back_is() {
        assertThat(credits(score("Your payment is due by Friday."), Criterion.FOLLOW_UP)).isEmpty();
        assertThat(credits(score("You need to send the form by Friday."), Criterion.FOLLOW_UP)).isEmpty();
        assertThat(credits(score("I'll call you back by 4 today."), Criterion.FOLLOW_UP)).contains("follow-up-time");
        assertThat(credits(score("Marcy will call you today by 1 p.m."), Criterion.FOLLOW_UP))
                .contains("follow-up-time");
    }

    @Test
    void a_title_does_not_end_the_sentence() {
        var score = score("I'll write to Ms. Pruitt by Tuesday the 22nd.");

        assertThat(credits(score, Criterion.FOLLOW_UP)).contains("follow-up-time");
    }

    @Test
    void passive_aggressive_phrasing_costs_professionalism() {
        var score = score("As I already explained, the claim was denied.");

        assertThat(score.violations()).anySatisfy(v -> {
            assertThat(v.signal()).isEqualTo("passive-aggressive");
            assertThat(v.criterion()).isEqualTo(Criterion.PROFESSIONALISM);
        });
    }
}
