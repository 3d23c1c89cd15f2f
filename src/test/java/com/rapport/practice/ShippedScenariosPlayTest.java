package com.rapport.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.TestUsers;
import com.rapport.scenario.FreeText;
import com.rapport.scenario.Playthroughs;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioCatalog;
import com.rapport.scenario.ScenarioLibrary;

/**
 * Every shipped scenario played through the play service (engine and scorer) to every one of its endings: for
 * each ending, the shortest way to it the validator found is replayed as a trainee would, clicking the choices
 * (and, where only a typed reply leads there, typing the intent's own example). A way of clicks alone must visit
 * exactly the nodes the validator named; a typed one must reach its ending.
 */
@SpringBootTest
@ActiveProfiles("test")
class ShippedScenariosPlayTest {

    @Autowired
    DebriefService debriefs;

    @Autowired
    PlayService play;
    @Autowired
    ScenarioLibrary library;

    static Stream<String> shipped() {
        return new ScenarioCatalog(new com.rapport.RapportProperties(java.nio.file.Path.of("target"), java.nio.file.Path.of("scenarios"), false)).all().stream()
                .map(e -> e.scenario().id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void every_ending_is_reached_by_playing_the_scenario(String id) {
        Scenario scenario = library.find(id).orElseThrow().scenario();
        var clicks = Playthroughs.exploreChoices(scenario, 500_000).ways();
        var any = Playthroughs.explore(scenario, 500_000).ways();
        var missed = new ArrayList<String>();
        for (String ending : scenario.endings().keySet()) {
            var way = clicks.getOrDefault(ending, any.get(ending));
            assertThat(way).as("a way to %s", ending).isNotNull();
            List<String> walked = TestUsers.as("walker-" + id + "-" + ending, "TRAINEE", () -> replay(scenario, way));
            if (!ending.equals(walked.getLast())) {
                missed.add(ending + " (reached " + walked.getLast() + " by " + way + ")");
            } else if (way.stream().noneMatch(Playthroughs.Step::typed) && !walked.equals(nodes(way, ending))) {
                missed.add(ending + " (walked " + walked + ", the validator's way " + nodes(way, ending) + ")");
            }
        }
        assertThat(missed).as("endings the engine did not reach along the way found for them").isEmpty();
    }

    /** The nodes a way visits, as a debrief lists them: each once in a row, then the ending. */
    private static List<String> nodes(List<Playthroughs.Step> way, String ending) {
        var nodes = new ArrayList<String>();
        way.forEach(step -> {
            if (nodes.isEmpty() || !nodes.getLast().equals(step.node())) {
                nodes.add(step.node());
            }
        });
        nodes.add(ending);
        return nodes;
    }

    private List<String> replay(Scenario scenario, List<Playthroughs.Step> way) {
        long attempt = play.start(scenario.id());
        for (Playthroughs.Step step : way) {
            PlayState state = play.play(attempt);
            if (state.finished()) {
                break;
            }
            if (step.typed()) {
                FreeText.Intent intent = scenario.nodes().get(step.node()).freeText().intents().stream()
                        .filter(i -> i.id().equals(step.reply())).findFirst().orElseThrow();
                play.answerTyped(attempt, intent.examples().getFirst());
            } else {
                play.answer(attempt, step.reply());
            }
        }
        return debriefs.debrief(attempt).path();
    }
}
