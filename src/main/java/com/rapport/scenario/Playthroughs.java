package com.rapport.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Plays a scenario the way the engine does, with its conditions: flags, counters, mood and the running score per
 * criterion. Every reachable state of the conversation is visited once, so it finds which endings can really be
 * reached (not just drawn), states where no reply is offered or no jump branch holds, and the shortest way to
 * each ending. Typed replies are followed through each intent whose condition holds, moving the mood by the
 * intent's own amount (the scorer's extra nudge is not predicted).
 */
public final class Playthroughs {

    /** One reply on the way: at a node, the choice made or the intent typed. */
    public record Step(String node, String reply, boolean typed) {
    }

    /**
     * What exploring found.
     *
     * @param ways per reachable ending, a shortest sequence of replies that reaches it
     * @param unreachable endings no sequence of replies reaches
     * @param stuck descriptions of states the conversation cannot leave
     * @param states how many distinct states were visited
     * @param complete false when the walk stopped at its state limit
     */
    public record Result(Map<String, List<Step>> ways, List<String> unreachable, List<Stuck> stuck, int states,
            boolean complete) {
    }

    /** A state the conversation cannot leave: at a node (or jump), with the flags, counters and mood it had. */
    public record Stuck(String node, String message) {
    }

    private record State(String node, TreeSet<String> flags, TreeMap<String, Integer> counters, int mood,
            EnumMap<Criterion, int[]> scores) {

        String key(boolean withScores) {
            var key = new StringBuilder(node).append('|').append(flags).append('|').append(counters).append('|')
                    .append(mood);
            if (withScores) {
                scores.forEach((c, v) -> key.append('|').append(c.ordinal()).append(':').append(v[0]).append('/')
                        .append(v[1]));
            }
            return key.toString();
        }

        Condition.State view() {
            return new Condition.State() {
                @Override
                public boolean flag(String name) {
                    return flags.contains(name);
                }

                @Override
                public int counter(String name) {
                    return counters.getOrDefault(name, 0);
                }

                @Override
                public int mood() {
                    return mood;
                }

                @Override
                public int score(Criterion criterion) {
                    int[] v = scores.get(criterion);
                    if (v == null) {
                        return 100;
                    }
                    return v[1] <= 0 ? (v[0] < 0 ? 0 : 100)
                            : (int) Math.round(100.0 * Math.clamp(v[0], 0, v[1]) / v[1]);
                }
            };
        }
    }

    private static final int MOOD_LIMIT = 3;

    private final Scenario scenario;
    private final boolean withScores;
    private final boolean typing;
    private final Conditions conditions = new Conditions();

    private Playthroughs(Scenario scenario, boolean typing) {
        this.scenario = scenario;
        this.withScores = usesScores(scenario);
        this.typing = typing;
    }

    /** Explores the scenario, choices and typed replies, visiting at most {@code maxStates} states. */
    public static Result explore(Scenario scenario, int maxStates) {
        return new Playthroughs(scenario, true).run(maxStates);
    }

    /** As {@link #explore}, with the offered choices only: the paths a trainee can click through exactly. */
    public static Result exploreChoices(Scenario scenario, int maxStates) {
        return new Playthroughs(scenario, false).run(maxStates);
    }

    private Result run(int maxStates) {
        var parents = new HashMap<String, @Nullable Object[]>();
        var stuck = new ArrayList<Stuck>();
        var ways = new LinkedHashMap<String, List<Step>>();
        var queue = new ArrayDeque<Object[]>();
        State start = new State(scenario.start(), new TreeSet<>(), new TreeMap<>(),
                scenario.persona().mood() == null ? 5 : scenario.persona().mood(), new EnumMap<>(Criterion.class));
        String startKey = "(start)";
        parents.put(startKey, null);
        arrive(start, startKey, null, parents, queue, ways, stuck);
        boolean complete = true;
        while (!queue.isEmpty()) {
            if (parents.size() > maxStates) {
                complete = false;
                break;
            }
            Object[] item = queue.poll();
            State state = (State) item[0];
            String key = (String) item[1];
            Node node = Objects.requireNonNull(scenario.nodes().get(state.node()));
            var view = state.view();
            int offered = 0;
            for (Choice c : node.choiceList()) {
                if (!holds(c.when(), view)) {
                    continue;
                }
                offered++;
                State next = after(state, c.sets(), c.adds(), new Mood(state.mood()).plus(c.moodChange()).value(),
                        scored(state, node, c), c.next());
                arrive(next, key, new Step(state.node(), c.id(), false), parents, queue, ways, stuck);
            }
            FreeText free = node.freeText();
            if (free != null && typing) {
                for (FreeText.Intent intent : free.intents()) {
                    if (!holds(intent.when(), view)) {
                        continue;
                    }
                    offered++;
                    int change = Math.clamp(intent.moodChange(), -MOOD_LIMIT, MOOD_LIMIT);
                    State next = after(state, intent.sets(), intent.adds(), new Mood(state.mood()).plus(change).value(),
                            state.scores(), intent.next());
                    arrive(next, key, new Step(state.node(), intent.id(), true), parents, queue, ways, stuck);
                }
            }
            if (offered == 0) {
                stuck.add(new Stuck(state.node(), "at '" + state.node() + "' no reply is offered (flags "
                        + state.flags() + ", counters " + state.counters() + ", mood " + state.mood() + ")"));
            }
        }
        var unreachable = scenario.endings().keySet().stream().filter(e -> !ways.containsKey(e)).toList();
        return new Result(ways, unreachable, stuck, parents.size(), complete);
    }

    private static State after(State from, @Nullable Map<String, Boolean> sets, @Nullable Map<String, Integer> adds,
            int mood, EnumMap<Criterion, int[]> scores, String target) {
        var flags = new TreeSet<>(from.flags());
        if (sets != null) {
            sets.forEach((name, on) -> {
                if (on) {
                    flags.add(name);
                } else {
                    flags.remove(name);
                }
            });
        }
        var counters = new TreeMap<>(from.counters());
        if (adds != null) {
            adds.forEach((name, amount) -> counters.merge(name, amount, Integer::sum));
        }
        return new State(target, flags, counters, mood, scores);
    }

    /** The running score after a choice: what it earned, against the best any reply at the node earned. */
    private EnumMap<Criterion, int[]> scored(State state, Node node, Choice chosen) {
        if (!withScores) {
            return state.scores();
        }
        var scores = new EnumMap<Criterion, int[]>(Criterion.class);
        state.scores().forEach((c, v) -> scores.put(c, v.clone()));
        var best = new EnumMap<Criterion, Integer>(Criterion.class);
        node.choiceList().forEach(c -> c.effects().forEach(e -> best.merge(e.criterion(), Math.max(0, e.points()),
                Math::max)));
        best.forEach((c, b) -> scores.computeIfAbsent(c, k -> new int[2])[1] += b);
        chosen.effects().forEach(e -> scores.computeIfAbsent(e.criterion(), k -> new int[2])[0] += e.points());
        return scores;
    }

    /** Follows jumps from a state's target; records an ending, a stuck jump, or a node state to visit. */
    private void arrive(State state, String parentKey, @Nullable Step step, Map<String, @Nullable Object[]> parents,
            ArrayDeque<Object[]> queue, Map<String, List<Step>> ways, List<Stuck> stuck) {
        State at = state;
        for (int hops = 0; hops <= scenario.nodes().size(); hops++) {
            if (scenario.endings().containsKey(at.node())) {
                if (!ways.containsKey(at.node())) {
                    var path = new ArrayList<Step>();
                    if (step != null) {
                        path.add(step);
                    }
                    path.addAll(0, pathTo(parentKey, parents));
                    ways.put(at.node(), List.copyOf(path));
                }
                return;
            }
            Node node = scenario.nodes().get(at.node());
            if (node == null) {
                stuck.add(new Stuck(at.node(), "'" + at.node() + "' is neither a node nor an ending"));
                return;
            }
            if (!node.isJump()) {
                break;
            }
            var view = at.view();
            String next = node.jumpList().stream().filter(j -> holds(j.when(), view)).map(Node.Jump::next)
                    .findFirst().orElse(null);
            if (next == null) {
                stuck.add(new Stuck(at.node(), "at jump '" + at.node() + "' no branch holds (flags " + at.flags()
                        + ", counters " + at.counters() + ", mood " + at.mood() + ")"));
                return;
            }
            at = new State(next, at.flags(), at.counters(), at.mood(), at.scores());
        }
        String key = at.key(withScores);
        if (parents.containsKey(key)) {
            return;
        }
        parents.put(key, new Object[] {parentKey, step});
        queue.add(new Object[] {at, key});
    }

    private static List<Step> pathTo(String key, Map<String, @Nullable Object[]> parents) {
        var path = new ArrayList<Step>();
        String at = key;
        while (true) {
            Object[] link = parents.get(at);
            if (link == null) {
                break;
            }
            if (link[1] != null) {
                path.addFirst((Step) link[1]);
            }
            at = (String) link[0];
        }
        return path;
    }

    private boolean holds(@Nullable String when, Condition.State state) {
        return conditions.holds(when, state);
    }

    private static boolean usesScores(Scenario scenario) {
        var whens = new ArrayList<@Nullable String>();
        scenario.nodes().values().forEach(n -> {
            n.choiceList().forEach(c -> whens.add(c.when()));
            n.jumpList().forEach(j -> whens.add(j.when()));
            if (n.freeText() != null) {
                n.freeText().intents().forEach(i -> whens.add(i.when()));
            }
        });
        return whens.stream().anyMatch(w -> w != null && w.contains("score."));
    }
}
