package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioCatalog;

/**
 * A typed reply that is nearly one of the moment's choices (its first four words in five) goes down
 * that choice's branch: the best choice is the moment's model answer, and a near copy of it must never be sent
 * down another path.
 */
class NearCopiesFollowTheirBranchTest {

    static Stream<Scenario> shipped() {
        return ScorerTest.CATALOG.all().stream().map(ScenarioCatalog.Entry::scenario);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void a_near_copy_of_the_best_choice_follows_its_branch(Scenario scenario) {
        var strays = new ArrayList<String>();
        scenario.nodes().forEach((id, node) -> {
            if (node.freeText() == null || node.bestChoice().isEmpty()) {
                return;
            }
            var best = node.bestChoice().get();
            var sharing = node.freeText().intents().stream().filter(i -> i.next().equals(best.next())).toList();
            if (sharing.size() != 1 || sharing.getFirst().when() != null) {
                return;
            }
            String near = nearCopy(best.text());
            var score = ScorerTest.SCORER.score(near, new ReplyContext(scenario, id, Map.of()));
            if (!sharing.getFirst().id().equals(score.intent())) {
                strays.add(id + ": \"" + near + "\" taken as " + score.intent() + ", not " + sharing.getFirst().id());
            }
        });
        assertThat(strays).as("near copies of the best choice sent down another branch").isEmpty();
    }

    /** The text cut short: its first four words in five, as a trainee who remembers most of it would type it. */
    private static String nearCopy(String text) {
        String[] words = text.split(" ");
        int keep = Math.max(1, (int) Math.ceil(words.length * 0.8));
        return String.join(" ", java.util.Arrays.copyOf(words, keep));
    }
}
