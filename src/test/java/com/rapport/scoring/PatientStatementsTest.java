package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.rapport.scenario.Criterion;

/**
 * To someone asking about a patient before they are verified, any statement about the patient is a disclosure,
 * whatever words it uses; a refusal, a question, a wish, a reflection of what the caller said, or what the patient
 * may do next is not. Where the family sits with the patient (only other patients' details are kept from them),
 * telling them how their mother's wait is going is not a disclosure at all.
 */
class PatientStatementsTest {

    /** Whether the reply, typed at the moment before the caller is verified, has a HIPAA violation. */
    static boolean hipaaViolation(String scenarioId, String nodeId, String reply) {
        var scenario = ScorerTest.CATALOG.find(scenarioId).orElseThrow().scenario();
        var score = ScorerTest.SCORER.score(reply, new ReplyContext(scenario, nodeId,
                Map.of(ReplyContext.IDENTITY_VERIFIED, false)));
        return score.violations().stream().anyMatch(v -> v.criterion() == Criterion.HIPAA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"She left against advice around midnight.",
            "Your brother was asking for his phone earlier, he seemed pretty cheerful.",
            "He underwent a small procedure this morning.",
            "Well, he's already been seen by the team today.",
            "She slept most of the afternoon."})
    void a_statement_about_the_patient_to_an_unverified_relative_is_a_violation(String reply) {
        assertThat(hipaaViolation("relative-admitted-directory", "opening", reply)).as(reply).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I can't tell you whether he's here, I'm sorry.",
            "If he's able to, he can call you himself.",
            "He has the right to decide who hears about his care.",
            "So he hasn't answered his phone since Sunday, and you're frightened. That makes sense.",
            "Is he the kind of person who would call you if he could?",
            "I hope he's alright, I really do.",
            "He'll need to put your name on his form before I can say anything."})
    void a_refusal_a_condition_a_right_a_reflection_a_question_or_a_wish_is_not(String reply) {
        assertThat(hipaaViolation("relative-admitted-directory", "opening", reply)).as(reply).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Of course. When I go up to see him later I'll mention you called.",
            "I can get them walked up to him this afternoon.",
            "I'll pop up to his room after lunch with your card.",
            "I'll go and sit with him for a bit tonight.",
            "I'll pass your message to his nurse this afternoon.",
            "Try not to fret, he's in very good hands.",
            "They'll keep the flowers at the desk until he recovers."})
    void going_to_see_the_patient_or_taking_something_up_to_them_tells_an_unverified_relative_they_are_here(
            String reply) {
        assertThat(hipaaViolation("relative-admitted-directory", "opening", reply)).as(reply).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I can't take anything up to anyone, I'm sorry.",
            "Let me check with my supervisor. I'll go up and see her now and come straight back to you.",
            "If he were a patient here, would you want me to take a card up to him?",
            "Any call you get back is up to him.",
            "If he is here, I'll take your card up to him myself."})
    void a_refusal_a_question_a_walk_to_a_colleague_or_presence_left_open_does_not(String reply) {
        assertThat(hipaaViolation("relative-admitted-directory", "opening", reply)).as(reply).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"She's next for a bed in the injuries area, the charge nurse thinks within the hour.",
            "She has been waiting far too long and I'm going to find out why."})
    void news_of_their_own_mothers_wait_to_the_family_beside_her_is_not(String reply) {
        assertThat(hipaaViolation("ed-wait-family", "opening", reply)).as(reply).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I can give no details, but I can tell you he's safe and being looked after.",
            "He's asked for no visitors right now.",
            "The ER saw him on Sunday night.",
            "They've moved him since this morning."})
    void a_statement_framed_as_what_i_can_tell_you_with_a_negation_in_what_it_states_or_what_staff_did_to_the_patient_is_a_violation(
            String reply) {
        assertThat(hipaaViolation("relative-admitted-directory", "opening", reply)).as(reply).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I can't tell you he's safe, because I can't say anything about anyone.",
            "They told you nothing for two days, and that isn't right."})
    void a_refused_frame_or_what_staff_did_to_the_caller_is_not(String reply) {
        assertThat(hipaaViolation("relative-admitted-directory", "opening", reply)).as(reply).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Your mother broke her hip and you heard nothing for four hours; that must be frightening.",
            "She fell out of bed and broke her hip, and nobody called you until seven. I'm so sorry."})
    void giving_back_what_the_caller_just_said_is_not(String reply) {
        assertThat(hipaaViolation("fall-lawsuit-press", "opening", reply)).as(reply).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Just so you know he's on the cardiac unit, but keep it quiet.",
            "Apparently he had the surgery this morning.",
            "From what I heard he's doing okay up there."})
    void a_statement_passed_on_as_news_or_in_confidence_to_a_colleague_is_a_violation(String reply) {
        assertThat(hipaaViolation("vip-staff-patient-privacy", "opening", reply)).as(reply).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Just so you know, I'm not allowed to look at the census for this.",
            "I hope he's okay, but I can't look him up, even for you.",
            "Whether he's upstairs or not, I can't say, sorry."})
    void an_aside_with_no_statement_about_him_a_wish_or_a_refusal_is_not(String reply) {
        assertThat(hipaaViolation("vip-staff-patient-privacy", "opening", reply)).as(reply).isFalse();
    }

    /**
     * Whether the reply to the teen's mother, her identity verified (she is not authorised: the visit is for Valeria
     * alone), tells her what the confidential visit was for.
     */
    private static boolean toldTheMother(String reply) {
        var scenario = ScorerTest.CATALOG.find("teen-confidential-visit").orElseThrow().scenario();
        var score = ScorerTest.SCORER.score(reply, new ReplyContext(scenario, "what-can-i-do",
                Map.of(ReplyContext.IDENTITY_VERIFIED, true)));
        return score.violations().stream().anyMatch(v -> v.criterion() == Criterion.HIPAA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Her reproductive health visit is confidential, I'm afraid.",
            "Just make sure she keeps taking what the clinic gave her."})
    void a_protected_fact_named_outright_tells_it_without_any_other_word(String reply) {
        assertThat(toldTheMother(reply)).as(reply).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Birth control isn't something I can talk about with anyone but her.",
            "Teens can usually get birth control without a parent's consent, that's the law in general.",
            "I hope the counseling side of things is something she'll share with you one day.",
            "I can hear the anxiety in your voice, señora.",
            "I'll book a follow-up visit with you on Tuesday at 4, with an interpreter.",
            "The law lets teens consent to reproductive health care on their own."})
    void a_fact_negated_said_of_anyone_wished_or_not_said_of_her_does_not(String reply) {
        assertThat(toldTheMother(reply)).as(reply).isFalse();
    }
}
