package com.rapport.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Plays a scenario through the conversation engine ({@link Conversation}), with its conditions: flags, counters,
 * mood and the running score per criterion. Every reachable state of the conversation is visited once, so it finds which endings can really be
 * reached (not just drawn), states where no reply is offered or no jump branch holds, and the shortest way to
 * each ending. At a moment with a reply timer each reply is also followed as if it came late. Typed replies are followed through each intent whose condition holds, moving the mood by the
 * intent's own amount (the scorer's extra nudge is not predicted).
 */
public final class Playthroughs {

    /** One reply on the way: at a node, the choice made or the intent typed, and whether it came after the timer. */
    public record Step(String node, String reply, boolean typed, boolean late) {

        public Step(String node, String reply, boolean typed) {
            this(node, reply, typed, false);
        }
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

    private final Scenario scenario;
    private final boolean withScores;
    private final boolean typing;

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
        String startKey = "(start)";
        parents.put(startKey, null);
        arrive(Conversation.begin(scenario), startKey, null, parents, queue, ways, stuck);
        boolean complete = true;
        while (!queue.isEmpty()) {
            if (parents.size() > maxStates) {
                complete = false;
                break;
            }
            Object[] item = queue.poll();
            Conversation state = (Conversation) item[0];
            String key = (String) item[1];
            Node node = Objects.requireNonNull(scenario.nodes().get(state.at()));
            int offered = 0;
            ReplyTimer timer = node.replyTimer();
            for (Choice c : state.offered(node)) {
                offered++;
                var points = withScores ? node.pointsFor(c) : List.<ScoredPoint>of();
                Conversation chosen = state.choose(c, points);
                arrive(chosen, key, new Step(state.at(), c.id(), false), parents, queue, ways, stuck);
                if (timer != null) {
                    arrive(chosen.late(timer), key, new Step(state.at(), c.id(), false, true), parents, queue, ways,
                            stuck);
                }
            }
            FreeText free = node.freeText();
            if (free != null && typing) {
                for (FreeText.Intent intent : state.intents(free)) {
                    offered++;
                    Conversation typed = state.type(intent, 0, List.of());
                    arrive(typed, key, new Step(state.at(), intent.id(), true), parents, queue, ways, stuck);
                    if (timer != null) {
                        arrive(typed.late(timer), key, new Step(state.at(), intent.id(), true, true), parents, queue,
                                ways, stuck);
                    }
                }
            }
            if (offered == 0) {
                stuck.add(new Stuck(state.at(), "at '" + state.at() + "' no reply is offered (" + state.describe()
                        + ")"));
            }
        }
        var unreachable = scenario.endings().keySet().stream().filter(e -> !ways.containsKey(e)).toList();
        return new Result(ways, unreachable, stuck, parents.size(), complete);
    }

    /** Follows jumps from a state's target; records an ending, a stuck jump, or a node state to visit. */
    private void arrive(Conversation state, String parentKey, @Nullable Step step,
            Map<String, @Nullable Object[]> parents, ArrayDeque<Object[]> queue, Map<String, List<Step>> ways,
            List<Stuck> stuck) {
        Conversation at;
        try {
            at = state.settle(scenario);
        } catch (Conversation.StuckException e) {
            stuck.add(new Stuck(e.node(), String.valueOf(e.getMessage())));
            return;
        }
        if (scenario.endings().containsKey(at.at())) {
            if (!ways.containsKey(at.at())) {
                var path = new ArrayList<Step>();
                if (step != null) {
                    path.add(step);
                }
                path.addAll(0, pathTo(parentKey, parents));
                ways.put(at.at(), List.copyOf(path));
            }
            return;
        }
        String key = key(at);
        if (parents.containsKey(key)) {
            return;
        }
        parents.put(key, new Object[] {parentKey, step});
        queue.add(new Object[] {at, key});
    }

    /** Two states are one when everything a condition can read in them is the same. */
    private String key(Conversation state) {
        var key = new StringBuilder(state.at()).append('|').append(state.flags()).append('|')
                .append(state.counters()).append('|').append(state.mood());
        if (withScores) {
            state.tallies().forEach((c, t) -> key.append('|').append(c.ordinal()).append(':').append(t.earned())
                    .append('/').append(t.possible()));
        }
        return key.toString();
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
