package com.rapport.scenario;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * How the nodes connect: the start and every {@code next} name a node or ending; every node and ending can be
 * reached; every reachable node leads to an ending; and, played with its conditions, no ending is out of reach and
 * no conversation gets stuck. Needs a scenario with nodes and endings.
 */
final class GraphChecks {

    private static final int PLAYTHROUGH_STATES = 200_000;

    private final CheckContext context;
    private final Scenario scenario;
    /** The ids a {@code next} may name: every node and ending. */
    private final Set<String> targets;

    GraphChecks(CheckContext context) {
        this.context = context;
        this.scenario = context.scenario;
        this.targets = new TreeSet<>(scenario.nodes().keySet());
        targets.addAll(scenario.endings().keySet());
    }

    void checkStart() {
        if (scenario.start() != null && !scenario.nodes().containsKey(scenario.start())) {
            context.error("/start", "start '" + scenario.start() + "' is not a node"
                    + CheckContext.hint(scenario.start(), scenario.nodes().keySet()));
        }
    }

    /** A choice's, intent's or jump's {@code next}: required, and a node or an ending. */
    void checkTarget(String at, @Nullable String next) {
        if (context.required(at, "next", next) && !targets.contains(next)) {
            context.error(at + "/next", "'" + next + "' is not a node or an ending"
                    + CheckContext.hint(next, targets));
        }
    }

    /** Reachability and ways out; then, if that found no errors, the playthroughs. */
    void checkPaths() {
        var walker = new PathWalker(scenario);
        Set<String> reachable = walker.reachable();
        scenario.nodes().keySet().stream().filter(Predicate.not(reachable::contains)).forEach(
                id -> context.warning("/nodes/" + id, "node '" + id + "' cannot be reached from the start"));
        scenario.endings().keySet().stream().filter(Predicate.not(reachable::contains)).forEach(
                id -> context.warning("/endings/" + id, "ending '" + id + "' cannot be reached from the start"));
        if (walker.shortestDecisions() < 0) {
            context.error("/start", "no path from the start reaches an ending");
        }
        for (String id : walker.stuck()) {
            if (reachable.contains(id) && !id.equals(scenario.start())) {
                context.error("/nodes/" + id, "no way from node '" + id + "' to any ending: a loop with no way out");
            }
        }
        if (!context.hasErrors()) {
            checkPlaythroughs(reachable);
        }
    }

    /** Plays the scenario with its conditions: endings that are drawn but never reached, states with no way on. */
    private void checkPlaythroughs(Set<String> reachable) {
        var play = Playthroughs.explore(scenario, PLAYTHROUGH_STATES);
        if (!play.complete()) {
            return;
        }
        play.unreachable().stream().filter(reachable::contains).forEach(id -> context.warning("/endings/" + id,
                "ending '" + id + "' is never reached when the conditions on the way to it are applied"));
        var seen = new HashSet<String>();
        for (Playthroughs.Stuck s : play.stuck()) {
            if (seen.add(s.node())) {
                context.error("/nodes/" + s.node(), "the conversation gets stuck: " + s.message());
            }
        }
    }
}
