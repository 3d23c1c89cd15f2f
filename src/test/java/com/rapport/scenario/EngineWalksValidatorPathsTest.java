package com.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.rapport.RapportProperties;

/**
 * What the validator promises is what the engine plays: every way the validator's playthroughs find to each
 * ending of every shipped scenario is walked step by step through the conversation engine, and at every step the
 * engine stands where the validator said, offers the reply the validator took, and ends at that ending.
 */
class EngineWalksValidatorPathsTest {

    static Stream<Scenario> shipped() {
        return new ScenarioCatalog(new RapportProperties(Path.of("target"), Path.of("scenarios"), false)).all()
                .stream().map(ScenarioCatalog.Entry::scenario);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void every_way_the_validator_finds_is_walked_by_the_engine_to_the_same_ending(Scenario scenario) {
        var ways = Playthroughs.explore(scenario, 500_000).ways();
        var clicks = Playthroughs.exploreChoices(scenario, 500_000).ways();
        assertThat(ways.keySet()).as("endings reached").containsExactlyInAnyOrderElementsOf(
                scenario.endings().keySet());
        for (var way : Stream.concat(ways.entrySet().stream(), clicks.entrySet().stream()).toList()) {
            assertThat(walk(scenario, way.getValue())).as("%s: %s", way.getKey(), way.getValue())
                    .isEqualTo(way.getKey());
        }
    }

    private static String walk(Scenario scenario, List<Playthroughs.Step> way) {
        boolean scores = scenario.nodes().values().stream().flatMap(n -> Stream.concat(
                n.choiceList().stream().map(Choice::when), n.jumpList().stream().map(Node.Jump::when)))
                .anyMatch(w -> w != null && w.contains("score."));
        Conversation at = Conversation.begin(scenario).settle(scenario);
        for (Playthroughs.Step step : way) {
            assertThat(at.at()).as("where the engine stands").isEqualTo(step.node());
            Node node = scenario.nodes().get(step.node());
            if (step.typed()) {
                FreeText.Intent intent = at.intents(node.freeText()).stream()
                        .filter(i -> i.id().equals(step.reply())).findFirst().orElseThrow(() -> new AssertionError(
                                "intent " + step.reply() + " not open at " + step.node()));
                at = at.type(intent, 0, List.of()).settle(scenario);
            } else {
                Choice choice = at.offered(node).stream().filter(c -> c.id().equals(step.reply())).findFirst()
                        .orElseThrow(() -> new AssertionError("choice " + step.reply() + " not offered at "
                                + step.node()));
                at = at.choose(choice, scores ? node.pointsFor(choice) : List.of()).settle(scenario);
            }
        }
        assertThat(at.ending(scenario)).as("the walk ends at an ending").isPresent();
        return at.at();
    }
}
