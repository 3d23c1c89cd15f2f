package com.rapport.scenario;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Walks a scenario's graph: reachability and path lengths counted in decisions. */
final class PathWalker {

    private static final int NONE = -1;

    private final Scenario scenario;
    private final Map<String, int[]> memo = new HashMap<>();
    private final Set<String> onStack = new HashSet<>();

    PathWalker(Scenario scenario) {
        this.scenario = scenario;
    }

    /** Every node and ending id reachable from the start. */
    Set<String> reachable() {
        var seen = new HashSet<String>();
        var queue = new ArrayDeque<String>();
        queue.add(scenario.start());
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (!seen.add(id)) {
                continue;
            }
            Node node = scenario.nodes().get(id);
            if (node != null) {
                queue.addAll(node.targets());
            }
        }
        return seen;
    }

    /** Nodes from which no ending can be reached (dead ends and loops with no way out). */
    java.util.List<String> stuck() {
        var result = new java.util.ArrayList<String>();
        for (String id : scenario.nodes().keySet()) {
            if (!reachesEnding(id)) {
                result.add(id);
            }
        }
        return result;
    }

    private boolean reachesEnding(String from) {
        var seen = new HashSet<String>();
        var queue = new ArrayDeque<String>();
        queue.add(from);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (scenario.endings().containsKey(id)) {
                return true;
            }
            Node node = scenario.nodes().get(id);
            if (node != null && seen.add(id)) {
                queue.addAll(node.targets());
            }
        }
        return false;
    }

    int shortestDecisions() {
        return lengths(scenario.start())[0];
    }

    int longestDecisions() {
        return lengths(scenario.start())[1];
    }

    /** {shortest, longest} number of decisions from this id to an ending; NONE if no ending is reached. */
    private int[] lengths(String id) {
        if (scenario.endings().containsKey(id)) {
            return new int[] {0, 0};
        }
        var known = memo.get(id);
        if (known != null) {
            return known;
        }
        Node node = scenario.nodes().get(id);
        if (node == null || !onStack.add(id)) {
            return new int[] {NONE, NONE};
        }
        int shortest = Integer.MAX_VALUE;
        int longest = NONE;
        for (String target : node.targets()) {
            int[] next = lengths(target);
            if (next[0] != NONE) {
                shortest = Math.min(shortest, next[0] + 1);
                longest = Math.max(longest, next[1] + 1);
            }
        }
        onStack.remove(id);
        int[] result = shortest == Integer.MAX_VALUE ? new int[] {NONE, NONE} : new int[] {shortest, longest};
        memo.put(id, result);
        return result;
    }
}
