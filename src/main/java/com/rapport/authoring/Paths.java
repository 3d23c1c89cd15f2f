package com.rapport.authoring;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

import com.rapport.scenario.Node;
import com.rapport.scenario.Scenario;

/** Reachability from a scenario's start, every branch counted as possible. */
final class Paths {

    private Paths() {
    }

    static Set<String> reachable(Scenario scenario) {
        var seen = new HashSet<String>();
        var queue = new ArrayDeque<String>();
        queue.add(scenario.start());
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (seen.add(id)) {
                Node node = scenario.nodes().get(id);
                if (node != null) {
                    queue.addAll(node.targets());
                }
            }
        }
        return seen;
    }
}
