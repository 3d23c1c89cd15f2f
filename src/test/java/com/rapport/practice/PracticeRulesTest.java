package com.rapport.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.scenario.Choice;
import com.rapport.scenario.Outcome;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioLibrary;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "rules-trainee", roles = "TRAINEE")
class PracticeRulesTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    DebriefService debriefs;

    @Autowired
    PlayService play;

    @Autowired
    ScenarioLibrary library;

    /** The shortest list of choice ids from the start to an ending with this outcome. */
    private static List<String> pathTo(Scenario scenario, Outcome outcome) {
        var previous = new HashMap<String, Map.Entry<String, String>>();
        var queue = new ArrayDeque<String>(List.of(scenario.start()));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            var ending = scenario.endings().get(id);
            if (ending != null && ending.outcome() == outcome) {
                var choices = new LinkedList<String>();
                for (String at = id; previous.containsKey(at); at = previous.get(at).getKey()) {
                    choices.addFirst(previous.get(at).getValue());
                }
                return choices;
            }
            var node = scenario.nodes().get(id);
            if (node != null) {
                for (Choice c : node.choiceList()) {
                    if (!previous.containsKey(c.next()) && !c.next().equals(scenario.start())) {
                        previous.put(c.next(), Map.entry(id, c.id()));
                        queue.add(c.next());
                    }
                }
            }
        }
        throw new AssertionError("no path to " + outcome);
    }

    @Test
    void an_attempt_that_ends_in_a_privacy_breach_cannot_pass_whatever_its_score() {
        Scenario scenario = library.find("results-caller-unverified").orElseThrow().scenario();
        long id = play.start(scenario.id());
        for (String choice : pathTo(scenario, Outcome.PRIVACY_BREACH)) {
            play.answer(id, choice);
        }

        Debrief debrief = debriefs.debrief(id);

        assertThat(debrief.outcome()).isEqualTo(Outcome.PRIVACY_BREACH);
        assertThat(debrief.criticalViolation()).isTrue();
        assertThat(debrief.passed()).isFalse();
        assertThat(attempts.myAttempts()).filteredOn(a -> a.id() == id).singleElement()
                .satisfies(a -> assertThat(a.passed()).isFalse());
    }

    @Test
    void a_reply_sent_from_an_older_view_of_the_conversation_is_refused_and_nothing_is_recorded() {
        long id = play.start("billing-uncovered-services");
        var first = play.play(id);
        play.answer(id, first.options().getFirst().id(), first.turns());

        assertThatThrownBy(() -> play.answer(id, first.options().getLast().id(), first.turns()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> play.answerTyped(id, "I'm so sorry, tell me more.", first.turns()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(play.play(id).turns()).isEqualTo(1);
    }

    @Test
    void a_typed_reply_that_is_empty_or_too_long_is_refused_and_nothing_is_recorded() {
        long id = play.start("billing-uncovered-services");

        assertThatThrownBy(() -> play.answerTyped(id, "   ")).isInstanceOf(ReplyRejectedException.class)
                .hasMessage("Type a reply first.");
        assertThatThrownBy(() -> play.answerTyped(id, "x".repeat(601)))
                .isInstanceOf(ReplyRejectedException.class).hasMessageContaining("601 characters");
        assertThat(play.play(id).turns()).isZero();
    }

    @Test
    void choices_come_in_an_order_shuffled_per_attempt_and_kept_when_the_attempt_is_shown_again() {
        var orders = new java.util.HashSet<List<String>>();
        for (int i = 0; i < 8; i++) {
            long id = play.start("billing-uncovered-services");
            var shown = play.play(id).options().stream().map(PlayState.Option::id).toList();
            assertThat(play.play(id).options()).extracting(PlayState.Option::id).as("shown again")
                    .containsExactlyElementsOf(shown);
            orders.add(shown);
        }
        assertThat(orders).as("orders over eight attempts").hasSizeGreaterThan(1);
    }

    @Test
    void a_spanish_reply_is_refused_plainly_and_nothing_is_recorded() {
        long id = play.start("billing-uncovered-services");

        assertThatThrownBy(() -> play.answerTyped(id, "Señora, lo siento mucho. Vamos a revisar su factura ahora."))
                .isInstanceOf(ReplyRejectedException.class).hasMessageContaining("Spanish")
                .hasMessageContaining("not scored");
        assertThat(play.play(id).turns()).isZero();
    }

    @Test
    void a_reply_not_understood_earns_no_credit_and_the_patient_asks_what_was_meant() {
        long id = play.start("billing-uncovered-services");

        var state = play.answerTyped(id, "I'm sorry, what is your favourite colour?");

        var reply = debriefs.debrief(id).replies().getFirst();
        assertThat(reply.intent()).isNull();
        assertThat(reply.points()).allSatisfy(p -> assertThat(p.earned()).isNotPositive());
        assertThat(reply.marks()).noneMatch(m -> m.credit());
        assertThat(state.debug().node()).as("the conversation stays").isEqualTo("opening");
    }
}
