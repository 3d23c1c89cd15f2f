package com.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConditionTest {

    static Condition.State state(boolean verified, int apologies, int mood, int empathy) {
        return new Condition.State() {
            @Override
            public boolean flag(String name) {
                return name.equals("identity_verified") && verified;
            }

            @Override
            public int counter(String name) {
                return name.equals("apologies") ? apologies : 0;
            }

            @Override
            public int mood() {
                return mood;
            }

            @Override
            public int score(Criterion criterion) {
                return criterion == Criterion.EMPATHY ? empathy : 100;
            }
        };
    }

    @Test
    void conditions_read_flags_counters_mood_and_running_scores_with_and_or_not() throws Exception {
        var condition = Condition.parse("identity_verified and (apologies >= 2 or mood > 6) and not score.empathy < 50");

        assertThat(condition.test(state(true, 2, 3, 60))).isTrue();
        assertThat(condition.test(state(true, 0, 7, 60))).isTrue();
        assertThat(condition.test(state(false, 2, 7, 60))).isFalse();
        assertThat(condition.test(state(true, 2, 7, 40))).isFalse();
    }

    @Test
    void a_broken_or_absurd_condition_is_a_syntax_error_not_a_crash() {
        assertThatThrownBy(() -> Condition.parse("mood >")).isInstanceOf(Condition.SyntaxException.class);
        assertThatThrownBy(() -> Condition.parse("(identity_verified")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> Condition.parse("mood => 3")).hasMessageContaining("not a comparison");
        assertThatThrownBy(() -> Condition.parse("(".repeat(30) + "mood > 1" + ")".repeat(30)))
                .hasMessageContaining("more than 20 deep");
        assertThatThrownBy(() -> Condition.parse("mood > 1 and ".repeat(60) + "mood > 1"))
                .hasMessageContaining("keep it under 500");
    }
}
