package com.rapport.scenario;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A branching conversation as written in a scenario file. */
public record Scenario(String id, String title, Tier tier, List<String> topics, String summary,
        @Nullable Integer passMark, Persona persona, String start, Map<String, Node> nodes,
        Map<String, Ending> endings, @Nullable ScenarioScoring scoring) {

    public ScenarioScoring scoringOrEmpty() {
        return scoring == null ? new ScenarioScoring(null, null) : scoring;
    }

    public static final int DEFAULT_PASS_MARK = 70;

    public int effectivePassMark() {
        return passMark == null ? DEFAULT_PASS_MARK : passMark;
    }

    public Optional<Node> node(String nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }

    public Optional<Ending> ending(String endingId) {
        return Optional.ofNullable(endings.get(endingId));
    }

    /** Criteria that any choice in the scenario scores, in rubric order. */
    public Set<Criterion> criteria() {
        var found = new java.util.TreeSet<Criterion>();
        nodes.values().forEach(n -> n.choiceList().forEach(c -> c.effects().forEach(e -> found.add(e.criterion()))));
        return new LinkedHashSet<>(found);
    }

    /** Decision points on the shortest path from the start to an ending: the catalogue's "length". */
    public int shortestPathDecisions() {
        return new PathWalker(this).shortestDecisions();
    }

    public int longestPathDecisions() {
        return new PathWalker(this).longestDecisions();
    }
}
