package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rapport.scenario.Criterion;

/**
 * A typed reply routed to an intent the scenario marks as a mistake carries that mistake's violation, on the
 * words that matched it, even when no rubric phrase caught it; a reply routed to a good intent carries none.
 */
class BranchAndRubricAgreeTest {

    private static ReplyScore at(String scenarioId, String node, String reply) {
        var scenario = ScorerTest.CATALOG.find(scenarioId).orElseThrow().scenario();
        return ScorerTest.SCORER.score(reply, new ReplyContext(scenario, node, Map.of()));
    }

    @Test
    void handing_the_caller_off_to_billing_is_the_ownership_mistake_its_branch_stands_for() {
        String reply = "The billing office deals with charges like that, so you'll want to give them a ring; the"
                + " number is on your statement.";
        var score = at("unrecognised-charge", "opening", reply);

        assertThat(score.intent()).isEqualTo("call-billing");
        assertThat(score.violations()).anySatisfy(v -> {
            assertThat(v.criterion()).isEqualTo(Criterion.OWNERSHIP);
            assertThat(v.signal()).isEqualTo("means-mistake");
            assertThat(reply.substring(v.start(), v.end())).isEqualTo(v.text()).contains("billing office");
        });
    }

    @Test
    void an_intent_without_examples_is_the_mistake_its_choice_loses_hipaa_points_on() {
        // the intent's choice gives her partner her results and messages, at -4 HIPAA, and no example says more
        String reply = "No problem, sir. I'll make you a proxy on her account today, so her messages and test results"
                + " come to you as well.";
        var score = at("domestic-violence-hint", "opening", reply);

        assertThat(score.intent()).isEqualTo("portal-for-him");
        assertThat(score.violations()).anySatisfy(v -> {
            assertThat(v.criterion()).isEqualTo(Criterion.HIPAA);
            assertThat(v.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(v.signal()).isEqualTo("means-mistake");
        });
    }

    @Test
    void a_reply_routed_to_a_good_intent_has_no_such_violation() {
        var score = at("unrecognised-charge", "opening", "A bill you don't recognise would worry anyone. Let's go"
                + " through it together: what does the statement say, and were you seen around that date?");

        assertThat(score.intent()).isNotNull();
        assertThat(score.violations()).noneMatch(v -> v.signal().equals("means-mistake"));
    }

    @Test
    void a_refusal_near_in_meaning_to_confirming_him_is_not_taken_down_the_disclosure_branch() {
        // its meaning vector is nearest "yes, he's here", but the rubric reads its negation: it refuses
        var score = at("relative-admitted-directory", "opening", "I'm not able to say if he is here or not.");

        assertThat(score.intent()).isNotEqualTo("confirm-before-checking");
        assertThat(score.violations()).noneMatch(v -> v.criterion() == Criterion.HIPAA);
        assertThat(score.criteria().get(Criterion.HIPAA).evidence())
                .anySatisfy(e -> assertThat(e.signal()).isEqualTo("explains-privacy"));
    }

    @Test
    void a_refusal_beside_a_disclosure_still_takes_the_disclosure_branch() {
        var score = at("relative-admitted-directory", "opening", "I'm not able to say much over the phone. One"
                + " sec... yep, Ray Benitez, he's here with us.");

        assertThat(score.intent()).isEqualTo("confirm-before-checking");
        assertThat(score.violations()).anySatisfy(v -> {
            assertThat(v.criterion()).isEqualTo(Criterion.HIPAA);
            assertThat(v.severity()).isEqualTo(Severity.CRITICAL);
        });
    }

    @Test
    void saying_you_will_not_hand_the_caller_off_is_not_the_hand_off_mistake() {
        var score = at("unrecognised-charge", "opening", "You don't need to call billing. Tell me what's on the"
                + " statement and I'll check it with you.");

        assertThat(score.intent()).isNotEqualTo("call-billing");
        assertThat(score.violations()).noneMatch(v -> v.signal().equals("means-mistake"));
    }

    @Test
    void a_hand_off_after_dont_worry_is_still_the_hand_off_mistake() {
        var score = at("unrecognised-charge", "opening", "Don't worry, the billing office deals with charges like"
                + " that, so give them a ring; the number is on your statement.");

        assertThat(score.intent()).isEqualTo("call-billing");
        assertThat(score.violations()).anySatisfy(v -> assertThat(v.criterion()).isEqualTo(Criterion.OWNERSHIP));
    }

    @Test
    void refusing_the_interpreter_while_letting_the_son_translate_is_the_son_translating() {
        var score = at("spanish-interpreter-son", "opening", "No need for an interpreter, Mateo can translate for"
                + " us.");

        assertThat(score.intent()).isEqualTo("use-son");
        assertThat(score.violations()).anySatisfy(v -> assertThat(v.criterion())
                .isEqualTo(Criterion.CULTURAL_SENSITIVITY));
    }

    @Test
    void sparing_the_son_the_translating_while_calling_an_interpreter_is_still_the_interpreter() {
        var score = at("spanish-interpreter-son", "opening", "Mateo, you don't have to translate today; I'll get a"
                + " medical interpreter on video so your mom can talk to me herself.");

        assertThat(score.intent()).isEqualTo("offer-interpreter");
        assertThat(score.violations()).isEmpty();
    }

    @Test
    void refusing_what_a_mistake_promises_is_not_that_mistake_though_its_example_holds_a_negation_of_its_own() {
        var score = at("fall-lawsuit-press", "the-demands", "I can't promise that nurse will be disciplined; that"
                + " isn't my decision. The patient safety team will review the fall, and I'll call you Friday.");

        assertThat(score.intent()).isNotEqualTo("promise-discipline");
        assertThat(score.violations()).noneMatch(v -> v.signal().equals("means-mistake"));
    }

    @Test
    void no_problem_in_a_mistakes_example_is_no_negation_that_lets_it_match_a_refusal() {
        var score = at("teen-confidential-visit", "opening", "Valeria, you don't have to translate for your mom"
                + " today. I'm calling a video interpreter, it's free.");

        assertThat(score.intent()).isNotEqualTo("valeria-translates");
        assertThat(score.violations()).noneMatch(v -> v.criterion() == Criterion.CULTURAL_SENSITIVITY);
    }

    @Test
    void what_i_can_do_is_not_a_mistake_whose_example_only_says_there_is_nothing_i_can_do() {
        var score = at("abusive-caller", "cancel-demand", "Honestly I can't promise it gets cancelled. What I can do"
                + " is update your insurance and ask for a hold with the collection agency today.");

        assertThat(score.intent()).isEqualTo("honest-plan");
        assertThat(score.violations()).noneMatch(v -> v.criterion() == Criterion.OWNERSHIP);
    }

    @Test
    void saying_there_is_nothing_to_be_done_is_still_that_mistake() {
        var score = at("abusive-caller", "cancel-demand", "Nothing I can do once it's at collections, you'll have"
                + " to call Summit.");

        assertThat(score.intent()).isEqualTo("nothing-to-do");
    }

    @Test
    void a_disclosure_the_rubric_finds_in_words_no_intent_came_near_goes_down_the_disclosure_branch() {
        var score = at("relative-admitted-directory", "opening", "I can give no details, but I can tell you he's"
                + " safe and being looked after.");

        assertThat(score.intent()).isEqualTo("confirm-before-checking");
        assertThat(score.violations()).anySatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.CRITICAL));
    }

    @Test
    void only_a_choice_that_loses_three_hipaa_points_or_more_marks_where_disclosures_go() {
        var scenario = ScorerTest.CATALOG.find("relative-admitted-directory").orElseThrow().scenario();

        assertThat(scenario.disclosureIntent("opening", "confirm-before-checking")).isTrue();
        assertThat(scenario.disclosureIntent("opening", "scripted-hipaa-refusal")).isFalse();
        assertThat(scenario.disclosureIntent("opening", "check-kindly")).isFalse();
    }
}
