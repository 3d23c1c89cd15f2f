package com.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The conversation engine's rules, one at a time, on a small scenario built here. */
class ConversationTest {

    private static Scenario scenario(Map<String, Node> nodes) {
        var endings = new LinkedHashMap<String, Ending>();
        endings.put("calm", new Ending(Outcome.RESOLVED, "Thanks.", "Well done.", List.of("Model.")));
        endings.put("angry", new Ending(Outcome.COMPLAINT, "I'm complaining.", "Too blunt.", List.of("Model.")));
        return new Scenario("1.0", "test", "Test", 1, Tier.ENTRY, List.of("billing"), null, null, 5, null, null,
                "A test.", 70, new Persona("Pat", 50, Persona.Role.PATIENT, "upset", null, 4),
                new Scenario.Variables(List.of("verified"), List.of("apologies")), "start", nodes, endings, null,
                null);
    }

    private static Choice choice(String id, String next, int mood, String when, Map<String, Boolean> sets,
            List<RubricEffect> rubric) {
        return new Choice(id, id, next, mood, rubric, sets, Map.of("apologies", 1), when);
    }

    private static final Node START = new Node(null, "Hello?", null, List.of(
            choice("verify", "check", 2, null, Map.of("verified", true),
                    List.of(new RubricEffect(Criterion.HIPAA, 2, "Verified."))),
            choice("blurt", "check", -3, null, Map.of(),
                    List.of(new RubricEffect(Criterion.HIPAA, -2, "Disclosed."))),
            choice("secret", "calm", 0, "verified", Map.of(), List.of())), null, null);

    private static final Node CHECK = new Node(null, null, null, null, null, List.of(
            new Node.Jump("verified and score.hipaa >= 100", "calm"), new Node.Jump(null, "angry")));

    @Test
    void a_choice_sets_its_flags_adds_to_counters_moves_the_mood_and_the_jump_reads_them() {
        Scenario s = scenario(Map.of("start", START, "check", CHECK));
        Conversation c = Conversation.begin(s).settle(s);
        Node start = s.nodes().get("start");

        assertThat(c.offered(start)).extracting(Choice::id).containsExactly("verify", "blurt");
        assertThat(c.hidden(start)).extracting(Choice::id).containsExactly("secret");

        Choice verify = start.choiceList().getFirst();
        Conversation after = c.choose(verify, start.pointsFor(verify)).settle(s);
        assertThat(after.at()).isEqualTo("calm");
        assertThat(after.flags()).containsExactly("verified");
        assertThat(after.counters()).containsEntry("apologies", 1);
        assertThat(after.mood()).isEqualTo(6);
        assertThat(after.ending(s)).isPresent();
    }

    @Test
    void a_running_score_below_the_condition_takes_the_other_branch() {
        Scenario s = scenario(Map.of("start", START, "check", CHECK));
        Node start = s.nodes().get("start");
        Choice blurt = start.choiceList().get(1);

        Conversation after = Conversation.begin(s).choose(blurt, start.pointsFor(blurt)).settle(s);

        assertThat(after.at()).isEqualTo("angry");
        assertThat(after.view().score(Criterion.HIPAA)).isZero();
        assertThat(after.view().score(Criterion.EMPATHY)).as("nothing scored yet").isEqualTo(100);
        assertThat(after.mood()).isEqualTo(1);
    }

    @Test
    void a_typed_reply_moves_the_mood_at_most_three_either_way_and_a_misunderstood_one_stays_put() {
        Scenario s = scenario(Map.of("start", START, "check", CHECK));
        var intent = new FreeText.Intent("sorry", List.of("sorry"), "check", 3, null, null, null);
        Conversation c = Conversation.begin(s);

        assertThat(c.type(intent, 2, List.of()).mood()).isEqualTo(4 + 3);
        assertThat(c.misunderstood(-5, List.of()).mood()).isEqualTo(4 - 3);
        assertThat(c.misunderstood(-5, List.of()).at()).isEqualTo("start");
    }

    @Test
    void the_mood_stays_between_0_and_10() {
        Scenario s = scenario(Map.of("start", START, "check", CHECK));
        var intent = new FreeText.Intent("rude", List.of("rude"), "start", -3, null, null, null);
        Conversation c = Conversation.begin(s);
        for (int i = 0; i < 5; i++) {
            c = c.type(intent, -3, List.of());
        }
        assertThat(c.mood()).isZero();
    }

    @Test
    void a_jump_where_no_branch_holds_is_stuck_and_says_with_what() {
        Node stuckJump = new Node(null, null, null, null, null, List.of(new Node.Jump("verified", "calm")));
        Scenario s = scenario(Map.of("start", START, "check", stuckJump));
        Node start = s.nodes().get("start");
        Choice blurt = start.choiceList().get(1);

        assertThatThrownBy(() -> Conversation.begin(s).choose(blurt, List.of()).settle(s))
                .isInstanceOf(Conversation.StuckException.class)
                .hasMessage("at jump 'check' no branch holds (flags [], counters {apologies=1}, mood 1)");
    }

    @Test
    void resuming_from_stored_values_reads_the_same_as_playing_there() {
        Scenario s = scenario(Map.of("start", START, "check", CHECK));
        Node start = s.nodes().get("start");
        Choice verify = start.choiceList().getFirst();
        Conversation played = Conversation.begin(s).choose(verify, start.pointsFor(verify));

        Conversation stored = Conversation.resume(played.at(), Map.of("verified", true, "other", false),
                played.counters(), played.mood(), start.pointsFor(verify));

        assertThat(stored).isEqualTo(played);
    }
}
