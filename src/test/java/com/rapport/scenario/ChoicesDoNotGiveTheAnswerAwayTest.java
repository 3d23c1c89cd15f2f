package com.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.rapport.RapportProperties;

/**
 * Neither length nor position gives the best reply away in the shipped library: the best choice is the longest in
 * at most 40% of a scenario's moments and the shortest in some; and a trainee who always clicks the longest (or the
 * shortest, or the middle) reply offered, played through the conversation engine, does not reach the pass mark.
 */
class ChoicesDoNotGiveTheAnswerAwayTest {

    static Stream<Scenario> shipped() {
        return new ScenarioCatalog(new RapportProperties(Path.of("target"), Path.of("scenarios"), false)).all()
                .stream().map(ScenarioCatalog.Entry::scenario);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void the_best_choice_is_the_longest_in_at_most_40_percent_of_moments_and_sometimes_the_shortest(Scenario s) {
        var balance = ChoiceBalance.of(s);

        assertThat(balance.longestShare()).as("%s: %s", s.id(), balance).isLessThanOrEqualTo(0.40);
        assertThat(balance.bestShortest()).as("%s: %s", s.id(), balance).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void always_clicking_the_longest_the_shortest_or_the_middle_reply_does_not_pass(Scenario s) {
        Comparator<Choice> byLength = Comparator.comparingInt(c -> c.text().length());
        int longest = play(s, offered -> offered.stream().max(byLength).orElseThrow());
        int shortest = play(s, offered -> offered.stream().min(byLength).orElseThrow());
        int middle = play(s, offered -> offered.stream().sorted(byLength).toList().get(offered.size() / 2));

        assertThat(longest).as("%s, always the longest reply", s.id()).isLessThan(s.effectivePassMark());
        assertThat(shortest).as("%s, always the shortest reply", s.id()).isLessThan(s.effectivePassMark());
        assertThat(middle).as("%s, always the middle reply", s.id()).isLessThan(s.effectivePassMark());
    }

    /** The overall percentage a trainee gets who always clicks the reply the habit picks (typing nothing). */
    private static int play(Scenario s, Function<List<Choice>, Choice> habit) {
        Conversation at = Conversation.begin(s).settle(s);
        for (int step = 0; step < 100 && at.ending(s).isEmpty(); step++) {
            Node node = s.nodes().get(at.at());
            var offered = at.offered(node);
            if (offered.isEmpty()) {
                break;
            }
            Choice choice = habit.apply(offered);
            at = at.choose(choice, node.pointsFor(choice)).settle(s);
        }
        int earned = at.tallies().values().stream().mapToInt(Conversation.Tally::earned).sum();
        int possible = at.tallies().values().stream().mapToInt(Conversation.Tally::possible).sum();
        return ScoredPoint.percent(earned, possible);
    }
}
