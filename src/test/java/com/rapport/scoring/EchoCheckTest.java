package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rapport.scenario.Criterion;

/** Active listening in the person's own words: picking up what they just said is credited, with the words named. */
class EchoCheckTest {

    private static ReplyScore atHisStory(String reply) {
        var scenario = ScorerTest.CATALOG.find("unrecognised-charge").orElseThrow().scenario();
        return ScorerTest.SCORER.score(reply, new ReplyContext(scenario, "his-story", Map.of()));
    }

    private static boolean echoes(ReplyScore score) {
        return score.criteria().get(Criterion.ACTIVE_LISTENING).evidence().stream()
                .anyMatch(e -> e.signal().equals(EchoCheck.SIGNAL));
    }

    @Test
    void picking_up_the_patients_own_details_is_active_listening() {
        var score = atHisStory("So it was your yearly physical with Dr. Feld at the Pavilion, and then the lab.");

        assertThat(echoes(score)).isTrue();
        assertThat(score.criteria().get(Criterion.ACTIVE_LISTENING).evidence())
                .anySatisfy(e -> assertThat(e.reason()).contains("physical").contains("pavilion"));
    }

    @Test
    void a_generic_reply_that_picks_up_nothing_earns_no_such_credit() {
        assertThat(echoes(atHisStory("I understand. Let me look into that for you and get back to you."))).isFalse();
    }

    @Test
    void greetings_and_the_persons_own_name_said_back_are_manners_not_listening() {
        var surveyor = ScorerTest.CATALOG.find("accreditation-surveyor").orElseThrow().scenario();
        var caller = ScorerTest.CATALOG.find("abusive-caller").orElseThrow().scenario();

        assertThat(echoes(ScorerTest.SCORER.score("Good morning, Ms. Marguerite Bell.",
                new ReplyContext(surveyor, "opening", Map.of())))).isFalse();
        assertThat(echoes(ScorerTest.SCORER.score("Yes, this is Patient Relations, good afternoon.",
                new ReplyContext(caller, "opening", Map.of())))).isFalse();
        assertThat(echoes(ScorerTest.SCORER.score("Forty minutes on hold with billing, and then a collection letter.",
                new ReplyContext(caller, "opening", Map.of())))).isTrue();
    }

    @Test
    void without_a_moment_there_is_nothing_to_echo() {
        var score = ScorerTest.SCORER.score("So it was your yearly physical with Dr. Feld at the Pavilion.",
                ReplyContext.genericCall());
        assertThat(echoes(score)).isFalse();
    }
}
