package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rapport.RapportProperties;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioCatalog;

/** The scorer as a trainer would check it: what earns, what costs, and which words are blamed. */
class ScorerTest {

    static final Scorer SCORER = new Scorer(RubricLoader.load(Path.of("scenarios")).rubric(), SharedModel.EMBEDDER);
    static final ScenarioCatalog CATALOG = new ScenarioCatalog(
            new RapportProperties(Path.of("target"), Path.of("scenarios"), false));

    private static ReplyScore generic(String reply) {
        return SCORER.score(reply, ReplyContext.genericCall());
    }

    private static ReplyScore in(String scenarioId, boolean verified, String reply) {
        Scenario scenario = CATALOG.find(scenarioId).orElseThrow().scenario();
        return SCORER.score(reply, new ReplyContext(scenario, null,
                Map.of(ReplyContext.IDENTITY_VERIFIED, verified)));
    }

    @Test
    void naming_the_feeling_earns_empathy_and_the_evidence_is_the_words_that_did_it() {
        String reply = "That sounds really frightening, waiting all week for news.";
        var score = generic(reply);

        assertThat(score.level(Criterion.EMPATHY)).isGreaterThanOrEqualTo(3);
        var evidence = score.criteria().get(Criterion.EMPATHY).evidence().getFirst();
        assertThat(reply.substring(evidence.start(), evidence.end())).isEqualTo(evidence.text());
        assertThat(evidence.text()).isEqualTo("sounds really frightening");
        assertThat(evidence.signal()).isEqualTo("names-emotion");
    }

    @Test
    void calling_what_happened_to_them_exhausting_names_the_feeling() {
        String reply = "Three calls and forty minutes on hold each time is exhausting.";
        var score = generic(reply);

        assertThat(score.level(Criterion.EMPATHY)).isGreaterThanOrEqualTo(3);
        assertThat(score.criteria().get(Criterion.EMPATHY).evidence().getFirst().text()).isEqualTo("is exhausting");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"asdf qwer", "sdfkj lkjsdf wer", "xkcd"})
    void a_few_letters_that_are_no_words_are_not_understood(String reply) {
        assertThat(generic(reply).understood()).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ok", "Sorry.", "Ms Carter?", "5 North", "claro"})
    void a_short_reply_of_real_words_is_understood(String reply) {
        assertThat(generic(reply).understood()).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "(To the nurse) Sorry, she can't really hear me. Can you just tell me what she's lost?|true",
        "She can't hear me, so could you tell me what she needs?|true",
        "I know she can't hear well, so I'll write everything down for her.|false",
        "Could you tell me what you've lost, Mrs Doyle? I'll write it down.|false"})
    void talking_about_the_patient_to_someone_else_in_front_of_her_is_a_cultural_violation(String reply,
            boolean violation) {
        assertThat(generic(reply).violations().stream().anyMatch(v -> v.signal().equals("talks-past-the-patient")))
                .as(reply).isEqualTo(violation);
    }

    @Test
    void i_dont_understand_why_youre_upset_is_not_empathy() {
        var score = generic("I don't understand why you're upset.");

        assertThat(score.criteria().get(Criterion.EMPATHY).evidence()).isEmpty();
        assertThat(score.violations()).anySatisfy(v -> {
            assertThat(v.criterion()).isEqualTo(Criterion.EMPATHY);
            assertThat(v.text()).contains("understand why you're upset");
        });
    }

    @Test
    void logging_a_complaint_is_a_next_step_not_an_explanation_in_plain_words() {
        for (String reply : java.util.List.of("I'm filing a formal complaint tonight.",
                "Today I log your complaint formally and refer it to the department manager.")) {
            assertThat(generic(reply).criteria().get(Criterion.PLAIN_LANGUAGE).evidence()).as(reply).isEmpty();
        }
    }

    @Test
    void a_term_said_to_be_the_part_you_owe_is_explained() {
        var explained = generic("'Patient responsibility' is the part they say you'd owe.");
        var bare = generic("Your patient responsibility is $2,340.");

        assertThat(explained.violations()).noneMatch(v -> v.criterion() == Criterion.PLAIN_LANGUAGE);
        assertThat(bare.violations()).anyMatch(v -> v.criterion() == Criterion.PLAIN_LANGUAGE);
    }

    @Test
    void typos_casing_and_missing_apostrophes_still_count() {
        var score = generic("im SO sory, that sounds really frustating");

        assertThat(score.criteria().get(Criterion.EMPATHY).evidence()).extracting(ReplyScore.Evidence::signal)
                .contains("apologises", "names-emotion");
    }

    @Test
    void calm_down_is_a_violation_of_empathy_and_professionalism_pointing_at_those_words() {
        String reply = "Ma'am, you need to calm down so I can help you.";
        var score = generic(reply);

        assertThat(score.violations()).extracting(ReplyScore.Violation::criterion)
                .containsExactlyInAnyOrder(Criterion.EMPATHY, Criterion.PROFESSIONALISM);
        assertThat(score.violations()).allSatisfy(v -> {
            assertThat(v.severity()).isEqualTo(Severity.MAJOR);
            assertThat(reply.substring(v.start(), v.end())).isEqualTo("calm down");
        });
    }

    @Test
    void saying_you_wont_tell_them_to_calm_down_is_not_a_violation() {
        assertThat(generic("I won't tell you to calm down, you've every reason to be upset.").violations()).isEmpty();
    }

    @Test
    void a_careful_non_promise_is_ownership_not_an_overpromise() {
        var honest = generic("I can't promise a time, but I will speak to the charge nurse right now.");
        var promise = generic("I promise she will be seen in ten minutes.");

        assertThat(honest.violations()).isEmpty();
        assertThat(honest.level(Criterion.OWNERSHIP)).isEqualTo(4);
        assertThat(promise.violations()).extracting(ReplyScore.Violation::criterion).contains(Criterion.OWNERSHIP);
        assertThat(promise.level(Criterion.OWNERSHIP)).isLessThan(honest.level(Criterion.OWNERSHIP));
    }

    @Test
    void not_my_department_is_an_ownership_violation() {
        var score = generic("That's not my department, you'll have to call billing.");

        assertThat(score.violations()).extracting(ReplyScore.Violation::criterion)
                .containsOnly(Criterion.OWNERSHIP);
        assertThat(score.level(Criterion.OWNERSHIP)).isZero();
    }

    @Test
    void disclosing_results_before_verification_is_critical_but_refusing_to_is_credit() {
        var disclosed = in("results-caller-unverified", false, "Yes, his biopsy came back and it's benign.");
        var refused = in("results-caller-unverified", false,
                "I can't discuss any results until I've verified who I'm speaking with. Could I have your full name?");

        assertThat(disclosed.hasCritical()).isTrue();
        assertThat(disclosed.level(Criterion.HIPAA)).isZero();
        assertThat(refused.violations()).isEmpty();
        assertThat(refused.level(Criterion.HIPAA)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void confirming_the_patient_is_here_is_critical_only_before_verification() {
        String reply = "Yes, he's here, he was admitted last night.";

        assertThat(in("results-caller-unverified", false, reply).hasCritical()).isTrue();
        assertThat(generic(reply).hasCritical()).isTrue();
        assertThat(in("billing-uncovered-services", true, reply).hasCritical()).isFalse();
    }

    @Test
    void a_verified_relative_who_is_not_authorised_still_may_not_be_told_results() {
        Scenario scenario = CATALOG.find("results-caller-unverified").orElseThrow().scenario();
        String reply = "Yes, his biopsy came back and it's benign.";

        var verifiedOnly = SCORER.score(reply, new ReplyContext(scenario, null,
                Map.of(ReplyContext.IDENTITY_VERIFIED, true)));
        var authorised = SCORER.score(reply, new ReplyContext(scenario, null,
                Map.of(ReplyContext.IDENTITY_VERIFIED, true, ReplyContext.AUTHORISED, true)));

        assertThat(verifiedOnly.hasCritical()).isTrue();
        assertThat(authorised.hasCritical()).isFalse();
    }

    @Test
    void describing_other_patients_is_a_hipaa_violation_even_without_names() {
        var score = in("ed-wait-family", false, "We had a bad car crash come in and a man with chest pain.");

        assertThat(score.violations()).anySatisfy(v -> {
            assertThat(v.criterion()).isEqualTo(Criterion.HIPAA);
            assertThat(v.severity()).isEqualTo(Severity.CRITICAL);
        });
    }

    @Test
    void jargon_is_a_violation_unless_it_is_explained() {
        var bare = generic("Your EOB shows the claim was denied.");
        var explained = generic("Your EOB, which is the statement your insurer sends after a visit, shows they refused it.");

        assertThat(bare.violations()).singleElement().satisfies(v -> {
            assertThat(v.criterion()).isEqualTo(Criterion.PLAIN_LANGUAGE);
            assertThat(v.text()).isEqualTo("EOB");
            assertThat(v.reason()).contains("the statement your insurer sends");
        });
        assertThat(explained.violations()).isEmpty();
        assertThat(explained.level(Criterion.PLAIN_LANGUAGE)).isGreaterThan(bare.level(Criterion.PLAIN_LANGUAGE));
    }

    @Test
    void an_acronym_counts_as_jargon_only_in_capitals_unless_the_reply_has_none() {
        assertThat(in("records-request-amendment", true, "My supervisor is Tom. I'll bring him out to you.")
                .violations()).noneMatch(v -> v.criterion() == Criterion.PLAIN_LANGUAGE);
        assertThat(in("records-request-amendment", true, "Then fax the forms to HIM yourself.").violations())
                .anyMatch(v -> v.criterion() == Criterion.PLAIN_LANGUAGE && v.text().equals("HIM"));
        assertThat(generic("ur eob came back").violations())
                .anyMatch(v -> v.criterion() == Criterion.PLAIN_LANGUAGE);
    }

    @Test
    void everyday_hospital_words_are_no_jargon_to_a_colleague() {
        String reply = "We refund the copay and the triage team reviews the wait.";
        assertThat(in("physician-complaint-escalation", true, reply).violations())
                .noneMatch(v -> v.criterion() == Criterion.PLAIN_LANGUAGE);
        assertThat(generic(reply).violations()).anyMatch(v -> v.criterion() == Criterion.PLAIN_LANGUAGE);
    }

    @Test
    void asking_the_son_to_interpret_is_a_cultural_sensitivity_violation() {
        var child = generic("Your son can translate for her, that'll be quicker.");
        var interpreter = generic("I'll get a qualified Spanish interpreter on the line so she can speak for herself.");

        assertThat(child.violations()).extracting(ReplyScore.Violation::criterion)
                .contains(Criterion.CULTURAL_SENSITIVITY);
        assertThat(interpreter.level(Criterion.CULTURAL_SENSITIVITY)).isEqualTo(4);
    }

    @Test
    void a_paraphrase_with_no_stock_phrase_is_found_by_meaning() {
        var score = generic("Six hours sitting in that waiting room with your mum is a very long time.");

        assertThat(score.criteria().get(Criterion.EMPATHY).evidence()).anySatisfy(e -> {
            assertThat(e.signal()).isEqualTo("names-emotion");
            assertThat(e.reason()).contains("similarity");
        });
    }

    @Test
    void the_same_reply_always_gets_the_same_score() {
        String reply = "I'm sorry. I'll call billing and ring you back by 4pm today; I've logged your complaint.";

        assertThat(generic(reply)).isEqualTo(generic(reply));
    }

    @Test
    void telling_someone_it_is_not_their_fault_is_reassurance_but_telling_them_it_is_blames_them() {
        assertThat(generic("It isn't your fault, you did nothing wrong.").violations()).isEmpty();
        assertThat(generic("Honestly, that was your mistake.").violations())
                .anySatisfy(v -> assertThat(v.signal()).isEqualTo("says-its-their-fault"));
    }

    @Test
    void dont_worry_does_not_cancel_a_guarantee_that_follows_it() {
        assertThat(generic("Don't worry, I guarantee the appeal will be approved.").violations())
                .anySatisfy(v -> assertThat(v.signal()).isEqualTo("overpromises"));
    }

    @Test
    void sparing_a_son_from_interpreting_is_not_asking_him_to() {
        assertThat(generic("I'll bring in a qualified interpreter so you don't have to interpret for your mother.")
                .violations()).isEmpty();
        assertThat(generic("You can interpret for your mother, that's easiest.").violations())
                .anySatisfy(v -> assertThat(v.criterion()).isEqualTo(Criterion.CULTURAL_SENSITIVITY));
    }

    @Test
    void everyday_words_one_letter_from_a_rude_or_jargon_word_are_not_typos_of_it() {
        assertThat(generic("The blood clot was missed, and I'll send you a copy of the letter.").violations())
                .noneSatisfy(v -> assertThat(v.criterion()).isIn(Criterion.PROFESSIONALISM, Criterion.PLAIN_LANGUAGE));
    }

    @Test
    void counting_complaints_in_aggregate_does_not_discuss_other_patients() {
        assertThat(generic("Three patients who complained last quarter mentioned the wait.").violations())
                .noneSatisfy(v -> assertThat(v.criterion()).isEqualTo(Criterion.HIPAA));
    }
}
