package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sarcasm, blame and contempt in everyday words are violations, and the polite sentences that share their words are
 * not. The sentences here are written for this test, not taken from the labelled corpus.
 */
class SarcasmAndBlameTest {

    private static List<String> violations(String reply) {
        return ScorerTest.SCORER.score(reply, ReplyContext.genericCall()).violations().stream()
                .map(ReplyScore.Violation::signal).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Oh good, another form for you to fill in, what could possibly go wrong.",
        "Oh, I'm sure the manager will drop everything for this.",
        "Thanks so much for the lecture on how to do my job.",
        "There, it's logged. Happy now?",
        "I wish I had your confidence in the post office.",
        "Reading the letter first, novel concept, I know.",
        "You'd like it waived? Let me just find my magic wand.",
        "Ha, kidding. There's a form for that.",
        "Well, mystery solved: it was in the wrong tray all along.",
        "Great system, right? Three people and nobody read it.",
        "I'd love to see anyone else do better with two staff.",
        "Nice try, but the form still needs your signature.",
        "We're not mind readers, you know, so you have to tell us you moved.",
        "I highly doubt the doctor made up your symptoms.",
        "Laundry, tomorrow. That's it. Happy?",
        "You could always take the bus, ha. Kidding.",
    })
    void sarcasm_is_a_violation(String reply) {
        assertThat(violations(reply)).contains("sarcasm");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Maybe it is only anxiety, that's very common.",
        "It's not a heart attack if it went away.",
        "I'm not medical, but it doesn't say cancer anywhere, so that sounds like good news!",
        "A swollen calf after a long drive is textbook DVT.",
        "You'll be up and walking in no time."})
    void a_medical_opinion_from_the_representative_is_a_violation(String reply) {
        assertThat(violations(reply)).contains("plays-clinician");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm not able to say what it is; the nurse line can talk it through with you tonight.",
        "I'm happy to stay on the line while the nurse calls.",
        "Are you happy with Thursday at nine?"})
    void sending_a_symptom_to_a_clinician_or_a_happy_question_is_not(String reply) {
        assertThat(violations(reply)).doesNotContain("plays-clinician", "sarcasm");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "If you had brought your insurance card, this would have been billed correctly.",
        "Next time, make sure you read the letter before you call.",
        "You changed address without telling anyone, so the bill went to the old one.",
    })
    void blaming_the_person_is_a_violation(String reply) {
        assertThat(violations(reply)).contains("blames-person");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Honestly, the scheduling office completely blew it with your referral.",
        "Her doctor should have warned you about the cost before the scan.",
        "That ward is such a zoo at night, the nurses never answer the phone.",
        "Unlike some departments, I actually answer my messages.",
        "Honestly, that's on the ICU team, they should have been straight with you.",
    })
    void blaming_colleagues_is_a_violation(String reply) {
        assertThat(violations(reply)).contains("blames-colleagues");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Look, these things happen when the ward is full.",
        "It happens to everyone sooner or later, honestly.",
        "I'm sure the receptionist didn't mean anything by it.",
        "You have to understand the nurses were extremely busy that night.",
        "Honestly, a bill is a bill, and this one has to be paid.",
        "Rules are rules, I can't tell you anything.",
        "It's nothing personal, the clinic is busy on Mondays.",
        "Delays happen.",
        "That happens all the time with these forms.",
        "Please don't talk like that.",
    })
    void excusing_or_minimising_what_happened_dismisses_the_feeling(String reply) {
        assertThat(violations(reply)).contains("dismisses-feeling");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "With respect, the numbers say otherwise.",
        "I hope that has sunk in this time.",
    })
    void condescension_is_passive_aggressive_and_costs_empathy_too(String reply) {
        assertThat(violations(reply)).contains("passive-aggressive");
        assertThat(ScorerTest.SCORER.score(reply, ReplyContext.genericCall()).violations().stream()
                .map(v -> v.criterion().id())).contains("empathy", "professionalism");
    }

    @ParameterizedTest
    @ValueSource(strings = {"You should have read the form before you signed it.",
            "You should have been more careful with your mail."})
    void telling_them_what_they_should_have_done_is_still_blame(String reply) {
        assertThat(violations(reply)).contains("blames-person");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Whatever. Call billing if you want.", "Fine, whatever, I'll pass it on.",
            "You'll just have to deal with it.", "You people always think yelling gets results."})
    void a_shrug_is_rude(String reply) {
        assertThat(violations(reply)).contains("rude");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "None of this is your fault, and I'm sorry it happened.",
        "I understand the nurses were busy, but you should still have been told.",
        "I'm so sorry this happened to your mum.",
        "With respect to the bill, I've asked for it to be paused.",
    })
    void owning_it_kindly_dismisses_nothing_and_blames_no_one(String reply) {
        assertThat(violations(reply)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thank you so much for your patience while I looked into this.",
        "If you would come with me, we can talk somewhere private.",
        "If you'd read me the account number, I'll pull it up.",
        "I'm sure you're exhausted after a night like that.",
        "Next time you come in, ask for me at the desk and I'll take you straight through.",
        "No kidding, six hours is far too long to wait with a broken wrist.",
        "That is a fascinating question, and a fair one: the letter is from your insurer, not from us.",
        "We should have called you back, and I'm sorry we didn't.",
        "I'm sorry no one told her the visit had been cancelled.",
        "The system shows the payment arrived on the fourth.",
        "I'd love to help you sort this out today.",
        "That's a good idea: I'll put your note on the file today.",
        "I doubt you'll need to pay anything while the appeal is open.",
        "I'll do whatever I can to get this sorted for you today.",
        "Whatever you heard in the lift, I can't confirm it, and I'm sorry.",
        "It isn't your fault at all. You should have been given the instructions in Spanish.",
        "I'm sorry; you should have heard from us long before a collection agency did.",
        "I'm sorry, I didn't mean to make this sound like your fault.",
        "I'm Sam, in Patient Relations, and I'll deal with it myself.",
        "That's a really good idea, thank you. Tell me more.",
        "Nobody should hear 'you people' at our desk, and I'm sorry you did.",
        "She said \"calm down\" to you? That isn't okay.",
    })
    void the_polite_sentences_that_share_their_words_are_not(String reply) {
        assertThat(violations(reply)).doesNotContain("sarcasm", "blames-person", "rude", "passive-aggressive",
                "blames-colleagues");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sorry, I can't understand your accent, can you get someone who speaks English?",
            "(To the daughter) She can't hear me, could you just tell me what she needs?"})
    void mocking_a_language_or_talking_past_the_patient_is_unprofessional_as_well(String reply) {
        var criteria = ScorerTest.SCORER.score(reply, ReplyContext.genericCall()).violations().stream()
                .map(v -> v.criterion().id()).toList();
        assertThat(criteria).as(reply).contains("cultural-sensitivity", "professionalism");
    }

    @ParameterizedTest
    @ValueSource(strings = {"No news is good news, honestly.",
            "Pain after a knee replacement is normal for a few weeks.",
            "With an infection things can turn fast, so that is most likely what happened.",
            "You'd have a fever if the infection was back."})
    void reassurance_or_explanation_only_a_clinician_can_give_is_playing_clinician(String reply) {
        assertThat(violations(reply)).as(reply).contains("plays-clinician");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I wouldn't bother with the state, they take months.",
            "Let's keep it in-house, it's quicker."})
    void talking_someone_out_of_an_outside_complaint_discourages_it(String reply) {
        assertThat(violations(reply)).as(reply).contains("discourages-complaint");
    }

    @ParameterizedTest
    @ValueSource(strings = {"If you can translate for your dad, that would be quickest.",
            "You can interpret for her, right?"})
    void asking_a_relative_to_translate_is_a_family_interpreter(String reply) {
        assertThat(violations(reply)).as(reply).contains("family-interpreter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Please don't feel like that's your fault.",
            "I'm sorry, I didn't mean it that way, that came out badly.",
            "You're telling me this happens every day on that ward.",
            "I know delays happen, but four hours with no update isn't okay.",
            "The nurse made you feel like such an idiot for asking, that's not okay.",
            "I know people say no news is good news, but you deserve a real answer, so I'll call the ward now.",
            "I won't tell you pain after surgery is normal, only your surgeon can say that.",
            "Whether you should have the surgery is a question for your surgeon, not me.",
            "The dose changed this morning, so there's no way you could have known."})
    void owning_a_slip_reflecting_the_callers_words_or_refusing_an_opinion_is_none_of_these(String reply) {
        assertThat(violations(reply)).as(reply).isEmpty();
    }
}
