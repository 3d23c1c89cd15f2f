package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.rapport.scenario.Criterion;

/**
 * Disclosures that name no result: reading a record aloud before verifying, hinting, and describing another
 * patient are HIPAA violations to an unverified caller; once verified, reading the caller's own record is not.
 */
class HipaaHintsTest {

    private static ReplyScore score(String reply, boolean verified) {
        return ScorerTest.SCORER.score(reply, new ReplyContext(null, null,
                Map.of(ReplyContext.IDENTITY_VERIFIED, verified)));
    }

    private static boolean hipaaViolation(ReplyScore score) {
        return score.violations().stream().anyMatch(v -> v.criterion() == Criterion.HIPAA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Forget the date of birth, I can see the May 3rd ER visit right here.",
            "It looks like there was a visit at the Medical Pavilion on April 3rd.",
            "He asked us not to give out any information about him.",
            "I can't say much, but your instincts are probably right.",
            "I really wish I could tell you he's okay.",
            "The nurse took him first because that man's heart was not doing well.",
            "I can't go into it, but I'll get her consultant to ring you tonight.",
            "Your aunt is the only person named on the authorisation, so maybe check with her.",
            "I do see there's another James at that address, so that could explain the letter.",
            "theres def two of them at ur address tho",
            "Give me her name and I'll look up whether your aunt is on the ward.",
            "Skip the date of birth, what's the account about?",
            "dont worry about the security questions, ill just read u whats on file",
            "Don't worry, if it was anything serious they would have called him already.",
            "When I pulled you up I can see the visit on April 3rd, so it's real.",
            "Sorry, the only name on his release form is his son's.",
            "ok i have 3 Millers living on Birch Street, which one are you?",
            "That gentleman was clutching his chest, so he went ahead of you."})
    void is_a_hipaa_violation_before_verifying(String reply) {
        assertThat(hipaaViolation(score(reply, false))).as(reply).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I can't tell you whether he's here, and I'd say the same to anyone.",
            "I'm not able to tell you if she is a patient."})
    void refusing_to_say_whether_someone_is_here_is_not(String reply) {
        assertThat(hipaaViolation(score(reply, false))).as(reply).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Once you've confirmed your date of birth I can see the visit and go through it with you.",
            "As soon as I've checked who I'm speaking with, I can see the visit and explain it.",
            "After we verify your identity, I can see the admission and tell you the dates.",
            "I can see how hard this visit has been for you."})
    void a_look_at_the_record_that_waits_on_verifying_or_sees_a_feeling_is_not(String reply) {
        assertThat(hipaaViolation(score(reply, false))).as(reply).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thanks, that's you verified. I can see the May 3rd visit on your account.",
            "I can see why you're upset about the wait.",
            "Is there another number I can reach you at?",
            "I'll post both copies to the same address you gave me."})
    void reading_their_own_record_after_verifying_or_seeing_why_is_not(String reply) {
        assertThat(hipaaViolation(score(reply, true))).as(reply).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'll email you his discharge papers tonight so you can read them over.",
            "Sure, I can fax you her hospital discharge summary from the ward.",
            "No problem, I'll set you up as a proxy on her account today.",
            "Honestly, with Mr. Ortega's diagnosis being what it is, I'd be upset too.",
            "Mrs Kaye was left in the corridor bleeding, so don't tell me it's fine."})
    void handing_over_a_patients_documents_or_talking_about_a_named_patients_health_is_a_violation_even_verified(
            String reply) {
        assertThat(hipaaViolation(score(reply, true))).as(reply).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'll email you your discharge papers tonight.",
            "Mrs. Kaye, your surgeon will go through the results with you on Monday.",
            "I'll send you the records request form so he can sign it."})
    void sending_the_patient_their_own_papers_or_a_form_is_not(String reply) {
        assertThat(hipaaViolation(score(reply, true))).as(reply).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"They took her up to the ward about an hour ago.",
            "He was transferred to St. Mary's this afternoon.",
            "She's still sedated, so she can't come to the phone.",
            "He's been sent home already.",
            "I'll put you through to her room.",
            "Pathology has finished it, it's waiting for the doctor to sign off.",
            "I wouldn't lose any sleep over it, honestly.",
            "If the scan had been bad, they would have phoned him straight away.",
            "Put it this way, it's not bad news.",
            "You'll want to be with her when she sees the consultant.",
            "The biopsy result has arrived, so go with him on Monday.",
            "his test results came through last night"})
    void where_a_patient_is_how_they_are_or_a_reassurance_only_the_result_explains_is_a_violation_before_verifying(
            String reply) {
        assertThat(hipaaViolation(score(reply, false))).as(reply).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I hope he's comfortable, and I'm sorry I can't say more.",
            "I can't tell you whether she was moved or where she is.",
            "If you'd like, I can take your number and pass it to the unit.",
            "You can relax, I'm going to look into the bill myself.",
            "Don't worry, I'll stay on the line while we sort this out.",
            "The nurse said she would be back at her desk at two.",
            "Is your mom feeling better?",
            "What does your mom think about going home?",
            "I'll let the ward manager know so she's aware."})
    void a_wish_a_refusal_a_question_or_comfort_about_the_call_itself_is_not(String reply) {
        assertThat(hipaaViolation(score(reply, false))).as(reply).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Don't worry, she's not pregnant.", "It wasn't an STD, if that's what you're afraid of.",
            "Let's just say you can relax about it.", "Between you and me, it was nothing she needs to hide."})
    void a_negated_finding_or_a_confidence_before_a_statement_is_a_violation(String reply) {
        assertThat(PatientStatementsTest.hipaaViolation("teen-confidential-visit", "mother-asks", reply)).as(reply).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I can't say whether she's pregnant or not.",
            "I'm not able to discuss pregnancy, birth control or any other reason for a visit."})
    void a_refusal_that_names_what_it_will_not_discuss_is_not(String reply) {
        assertThat(PatientStatementsTest.hipaaViolation("teen-confidential-visit", "mother-asks", reply)).as(reply).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"If he is here, I'll make sure your message reaches him; if he isn't, nobody will get it."})
    void a_condition_on_a_protected_fact_is_not(String reply) {
        assertThat(PatientStatementsTest.hipaaViolation("relative-admitted-directory", "opening", reply)).as(reply).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I heard he's having a bypass tomorrow.", "Try 5 North, but you didn't hear it from me."})
    void telling_a_colleague_a_protected_fact_in_a_statement_or_with_a_secret_is_a_violation(String reply) {
        assertThat(PatientStatementsTest.hipaaViolation("vip-staff-patient-privacy", "opening", reply)).as(reply)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jess shouldn't have looked him up; I'm reporting it to the privacy officer.",
            "He's a great nurse and I know you care about him, but I can't look him up or say anything.",
            "I can't tell you if he's on 5 North or anywhere else.",
            "Whatever you heard about his heart, I can't confirm it."})
    void a_colleague_told_nothing_about_the_patient_hears_no_violation(String reply) {
        assertThat(PatientStatementsTest.hipaaViolation("vip-staff-patient-privacy", "opening", reply)).as(reply)
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"They're keeping him in overnight.", "They kept her in for tests.",
            "I'll pass your message to his nurse on the ward."})
    void keeping_a_patient_in_is_where_they_are(String reply) {
        assertThat(PatientStatementsTest.hipaaViolation("relative-admitted-directory", "opening", reply)).as(reply)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"He kept calling me names after I'd warned him once, so I ended the call.",
            "Please don't post anything about his care, or even that he was a patient.",
            "I'm going to find out where she is in the queue right now and come back to you."})
    void what_a_caller_kept_doing_or_a_list_under_a_negation_is_not(String reply) {
        assertThat(PatientStatementsTest.hipaaViolation("relative-admitted-directory", "opening", reply)).as(reply)
                .isFalse();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "results-caller-unverified|pressure|Look, I can't read you the report, but I wouldn't be planning a funeral, put it that way.",
        "relative-admitted-directory|checking|He's in good hands, I'll say that much.",
        "relative-admitted-directory|checking|I can't give you details, but you'd want to come in tonight.",
        "relative-admitted-directory|checking|I can't say what unit, but maybe try visiting hours on the fourth floor.",
        "relative-admitted-directory|sister-pleads|I can't say that, but... you don't need to worry tonight.",
        "relative-admitted-directory|sister-pleads|Don't worry. That's all I'll say.",
        "domestic-violence-hint|husband-objects|It's just a safety questionnaire, she mentioned some things at home.",
        "domestic-violence-hint|husband-objects|She told the nurse she'd like to do it alone, sorry."})
    void a_hint_a_pointer_to_where_the_patient_is_or_what_she_said_is_a_violation(String scenario, String node,
            String reply) {
        assertThat(PatientStatementsTest.hipaaViolation(scenario, node, reply)).as(reply).isTrue();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "results-caller-unverified|pressure|I know you're scared it's cancer. I can't say anything about his results, for him or anyone, until he adds you to his form.",
        "relative-admitted-directory|sister-pleads|I can't say he's alive, I can't say he's not. I'm sorry, I'm not allowed to say anything either way.",
        "domestic-violence-hint|husband-objects|It's a routine form we give every patient to fill in on their own. It won't take long.",
        "billing-uncovered-services|opening|Don't worry, you don't need to come in; I'll sort the bill out with you on this call."})
    void the_callers_own_fear_a_refusal_either_way_or_a_routine_form_is_not(String scenario, String node,
            String reply) {
        assertThat(PatientStatementsTest.hipaaViolation(scenario, node, reply)).as(reply).isFalse();
    }
}
