package com.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped library is one a hospital could train with from day one. */
class ShippedScenariosTest {

    private static final ScenarioCatalog CATALOG = new ScenarioCatalog(new com.rapport.RapportProperties(java.nio.file.Path.of("target"), java.nio.file.Path.of("scenarios"), false));

    static Stream<Scenario> shipped() {
        return CATALOG.all().stream().map(ScenarioCatalog.Entry::scenario);
    }

    @Test
    void the_library_has_twenty_scenarios_at_least_four_per_tier_in_format_1_0_or_1_1() {
        assertThat(CATALOG.problems()).isEmpty();
        assertThat(shipped()).hasSizeGreaterThanOrEqualTo(20).allSatisfy(s -> {
            assertThat(s.format()).isIn("1.0", "1.1");
            assertThat(s.exampleList()).as("examples of %s", s.id()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(Scenario.TOPICS).as("topics of %s", s.id()).containsAll(s.topics());
            assertThat(s.estimatedMinutes()).as("estimated minutes of %s", s.id()).isNotNull();
        });
        for (Tier tier : Tier.values()) {
            assertThat(shipped().filter(s -> s.tier() == tier)).as("scenarios in %s", tier).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void every_ending_is_reached_when_played_with_its_conditions_and_no_conversation_gets_stuck(Scenario scenario) {
        var play = Playthroughs.explore(scenario, 500_000);

        assertThat(play.complete()).as("explored every state of %s", scenario.id()).isTrue();
        assertThat(play.stuck()).as("stuck states").isEmpty();
        assertThat(play.unreachable()).as("endings never reached").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void endings_differ_in_outcome_and_each_shows_what_an_experienced_representative_would_say(Scenario s) {
        assertThat(s.endings().values().stream().map(Ending::outcome).distinct().count()).isGreaterThanOrEqualTo(2);
        assertThat(s.endings()).allSatisfy((id, e) -> assertThat(e.models()).as("model responses of %s", id)
                .isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void every_moment_offers_a_real_scored_choice_and_some_take_a_typed_reply(Scenario s) {
        s.nodes().forEach((id, node) -> {
            if (!node.isJump()) {
                assertThat(node.choiceList()).as("choices at %s", id).hasSizeGreaterThanOrEqualTo(2);
                assertThat(node.choiceList()).allSatisfy(c -> assertThat(c.effects()).as("%s/%s", id, c.id())
                        .isNotEmpty());
            }
        });
        assertThat(s.nodes().values().stream().filter(Node::allowsTyping).count()).as("typed-reply moments")
                .isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void the_person_reacts_to_what_the_trainee_does(Scenario s) {
        var moods = s.nodes().values().stream().flatMap(n -> n.choiceList().stream()).map(Choice::moodChange)
                .distinct().toList();
        assertThat(moods).as("mood changes of replies").anyMatch(m -> m > 0).anyMatch(m -> m < 0);
        assertThat(s.nodes().values().stream().filter(n -> n.patientByMood() != null && !n.patientByMood().isEmpty())
                .count()).as("moments that sound different by mood").isGreaterThanOrEqualTo(2);
    }

    @Test
    void each_tier_reads_harder_than_the_one_below() {
        var passMarks = new EnumMap<Tier, List<Integer>>(Tier.class);
        var longest = new EnumMap<Tier, List<Integer>>(Tier.class);
        var minutes = new EnumMap<Tier, List<Integer>>(Tier.class);
        shipped().forEach(s -> {
            passMarks.computeIfAbsent(s.tier(), t -> new ArrayList<>()).add(s.effectivePassMark());
            longest.computeIfAbsent(s.tier(), t -> new ArrayList<>()).add(s.longestPathDecisions());
            minutes.computeIfAbsent(s.tier(), t -> new ArrayList<>()).add(s.estimatedMinutes());
        });
        Tier[] tiers = Tier.values();
        for (int i = 1; i < tiers.length; i++) {
            Tier lower = tiers[i - 1];
            Tier higher = tiers[i];
            assertThat(min(passMarks.get(higher))).as("every %s pass mark above every %s one", higher, lower)
                    .isGreaterThan(max(passMarks.get(lower)));
            assertThat(median(minutes.get(higher))).as("%s conversations take longer than %s ones", higher, lower)
                    .isGreaterThan(median(minutes.get(lower)));
            assertThat(median(longest.get(higher))).as("%s conversations run at least as long as %s ones", higher,
                    lower).isGreaterThanOrEqualTo(median(longest.get(lower)));
        }
    }

    private static int min(List<Integer> values) {
        return values.stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    private static int max(List<Integer> values) {
        return values.stream().max(Comparator.naturalOrder()).orElseThrow();
    }

    private static double median(List<Integer> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
