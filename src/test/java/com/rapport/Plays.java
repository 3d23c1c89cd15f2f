package com.rapport;

import java.util.Comparator;
import java.util.function.ToIntFunction;

import com.rapport.practice.PlayState;
import com.rapport.practice.PlayService;
import com.rapport.scenario.Choice;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Node;
import com.rapport.scenario.RubricEffect;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioLibrary;

/** Plays whole attempts in tests, picking at each moment the offered reply a preference ranks highest. */
public final class Plays {

    private Plays() {
    }

    /** The reply with the most points overall. */
    public static int best(Choice c) {
        return c.effects().stream().mapToInt(RubricEffect::points).sum();
    }

    /** The reply that loses most on a criterion (the best overall among equals). */
    public static ToIntFunction<Choice> worstOn(Criterion criterion) {
        return c -> -100 * c.effects().stream().filter(e -> e.criterion() == criterion)
                .mapToInt(RubricEffect::points).sum() + best(c);
    }

    /** Plays an attempt to its end as the logged-in user and returns its id. */
    public static long play(PlayService practice, ScenarioLibrary library, String scenarioId,
            ToIntFunction<Choice> preference) {
        Scenario scenario = library.find(scenarioId).orElseThrow().scenario();
        long id = practice.start(scenarioId);
        PlayState state = practice.play(id);
        for (int step = 0; !state.finished(); step++) {
            if (step > 60) {
                throw new AssertionError("attempt did not end");
            }
            Node node = scenario.nodes().get(state.debug().node());
            var offered = state.options().stream().map(PlayState.Option::id).toList();
            Choice pick = node.choiceList().stream().filter(c -> offered.contains(c.id()))
                    .max(Comparator.comparingInt(preference)).orElseThrow();
            state = practice.answer(id, pick.id());
        }
        return id;
    }
}
