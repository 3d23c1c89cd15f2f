package com.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which of a choice's lost points make a typed reply that means the same thing a mistake (a violation). */
class ChoiceMistakesTest {

    private static boolean mistake(Criterion criterion, int points) {
        return Scenario.marksMistake(new RubricEffect(criterion, points, "feedback"));
    }

    @Test
    void any_hipaa_loss_is_a_mistake_because_every_slip_is_a_disclosure() {
        assertThat(mistake(Criterion.HIPAA, -1)).isTrue();
        assertThat(mistake(Criterion.HIPAA, 0)).isFalse();
    }

    @Test
    void elsewhere_only_a_loss_of_three_or_more_is_a_mistake_not_a_weaker_reply() {
        assertThat(mistake(Criterion.OWNERSHIP, -3)).isTrue();
        assertThat(mistake(Criterion.PROFESSIONALISM, -4)).isTrue();
        assertThat(mistake(Criterion.EMPATHY, -2)).isFalse();
    }

    @Test
    void not_following_up_or_not_listening_is_an_omission_never_a_violation() {
        assertThat(mistake(Criterion.FOLLOW_UP, -4)).isFalse();
        assertThat(mistake(Criterion.ACTIVE_LISTENING, -3)).isFalse();
    }
}
