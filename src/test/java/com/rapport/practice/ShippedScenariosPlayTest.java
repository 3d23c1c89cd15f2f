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
 * Every shipped scenario played through the real engine and scorer to every one of its endings: for each ending,
 * the shortest way to it found by playing the scenario with its conditions is replayed as a trainee would,
 * clicking the choices (and, where only a typed reply leads there, typing the intent's own example).
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
            String reached = TestUsers.as("walker-" + id + "-" + ending, "TRAINEE", () -> replay(scenario, way));
            if (!ending.equals(reached)) {
                missed.add(ending + " (reached " + reached + " by " + way + ")");
            }
        }
        assertThat(missed).as("endings the engine did not reach along the way found for them").isEmpty();
    }

    private String replay(Scenario scenario, List<Playthroughs.Step> way) {
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
        var debrief = debriefs.debrief(attempt);
        return debrief.path().getLast();
    }
}
