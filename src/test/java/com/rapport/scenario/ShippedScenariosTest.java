package com.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.rapport.RapportProperties;

/** The scenario library in scenarios/ as a trainer would check it by hand: every path, every ending. */
class ShippedScenariosTest {

    static final ScenarioCatalog CATALOG = new ScenarioCatalog(
            new RapportProperties(Path.of("target"), Path.of("scenarios"), false));

    static List<Scenario> shipped() {
        return CATALOG.all().stream().map(ScenarioCatalog.Entry::scenario).toList();
    }

    @Test
    void the_library_loads_without_errors_or_warnings() {
        assertThat(CATALOG.problems()).isEmpty();
        assertThat(shipped()).allSatisfy(s -> {
            assertThat(s.format()).isEqualTo("1.0");
            assertThat(s.exampleList()).as("examples of %s", s.id()).hasSizeGreaterThanOrEqualTo(4);
        });
        assertThat(shipped()).extracting(Scenario::id).contains("billing-uncovered-services",
                "results-caller-unverified", "ed-wait-family");
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void every_path_ends_after_at_least_six_decisions(Scenario scenario) {
        var paths = new ArrayList<List<String>>();
        walk(scenario, scenario.start(), new ArrayList<>(), paths);

        assertThat(paths).isNotEmpty();
        assertThat(paths).allSatisfy(path -> assertThat(path.size() - 1).as("decisions on %s", path)
                .isGreaterThanOrEqualTo(6));
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void there_are_at_least_two_different_outcomes(Scenario scenario) {
        assertThat(scenario.endings().values().stream().map(Ending::outcome).distinct().count())
                .isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void every_choice_is_scored_and_every_node_offers_a_real_choice(Scenario scenario) {
        scenario.nodes().forEach((id, node) -> {
            assertThat(node.choiceList()).as("choices at %s", id).hasSizeGreaterThanOrEqualTo(2);
            assertThat(node.choiceList()).allSatisfy(c -> assertThat(c.effects()).as("%s/%s", id, c.id()).isNotEmpty());
        });
    }

    /** Depth-first over every path; fails on a loop, since shipped scenarios are acyclic. */
    private static void walk(Scenario scenario, String id, List<String> path, List<List<String>> paths) {
        assertThat(new HashSet<>(path)).as("loop at %s", id).doesNotContain(id);
        path.add(id);
        Node node = scenario.nodes().get(id);
        if (node == null) {
            assertThat(scenario.endings()).containsKey(id);
            paths.add(List.copyOf(path));
        } else {
            for (Choice choice : node.choiceList()) {
                walk(scenario, choice.next(), path, paths);
            }
        }
        path.removeLast();
    }
}
