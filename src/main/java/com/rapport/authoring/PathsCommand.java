package com.rapport.authoring;

import com.rapport.shared.Plural;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.rapport.scenario.Ending;
import com.rapport.scenario.Node;
import com.rapport.scenario.Problem;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioParser;

/**
 * {@code rapport paths FILE}: walks every path of a scenario from its start and reports how many there are, which
 * ending each reaches, the shortest and the longest, and the nodes and replies no path reaches. Conditions are not
 * evaluated: every branch counts as possible. Exit 0, 1 when the file has errors, 2 on usage errors.
 */
public final class PathsCommand {

    static final String USAGE = "usage: java -jar rapport.jar paths FILE";
    /** Walking stops after this many paths; counts stay exact, the examples come from the first ones. */
    static final long WALK_LIMIT = 2_000_000;

    private final PrintStream out;
    private final PrintStream err;

    public PathsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** A summary of every path through one scenario. */
    public record Summary(long paths, Map<String, Long> pathsPerEnding, List<String> shortest, List<String> longest,
            List<String> unreachedNodes, List<String> unreachedReplies, boolean complete) {
    }

    public int run(List<String> args) {
        if (args.size() != 1 || args.getFirst().startsWith("-")) {
            err.println(USAGE);
            return 2;
        }
        Path file = Path.of(args.getFirst());
        if (!Files.isRegularFile(file)) {
            err.println("error: no such file: " + file);
            err.println(USAGE);
            return 2;
        }
        ScenarioParser.Result result;
        try {
            result = new ScenarioParser().parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        Scenario scenario = result.scenario();
        if (scenario == null) {
            result.problems().forEach(out::println);
            return 1;
        }
        Summary summary = summarise(scenario);
        out.println(file + ": " + Plural.of(summary.paths(), "path", "paths") + " from '" + scenario.start() + "'"
                + (summary.complete() ? "" : " (walk stopped at " + WALK_LIMIT + ")"));
        summary.pathsPerEnding().forEach((id, count) -> out.println("  ending " + id + " ("
                + scenario.endings().get(id).outcome().id() + "): " + Plural.of(count, "path", "paths")));
        out.println("  shortest: " + Plural.of(summary.shortest().size() - 1, "decision", "decisions") + ": "
                + String.join(" -> ", summary.shortest()));
        out.println("  longest: " + Plural.of(summary.longest().size() - 1, "decision", "decisions") + ": "
                + String.join(" -> ", summary.longest()));
        out.println("  nodes never reached: " + (summary.unreachedNodes().isEmpty() ? "none"
                : String.join(", ", summary.unreachedNodes())));
        out.println("  replies never reached: " + (summary.unreachedReplies().isEmpty() ? "none"
                : String.join(", ", summary.unreachedReplies())));
        return 0;
    }

    public static Summary summarise(Scenario scenario) {
        var walk = new Walk(scenario);
        walk.from(scenario.start(), new ArrayList<>());
        var unreachedNodes = new TreeSet<>(scenario.nodes().keySet());
        unreachedNodes.addAll(scenario.endings().keySet());
        unreachedNodes.removeAll(walk.seen);
        var unreachedReplies = new TreeSet<String>();
        scenario.nodes().forEach((id, node) -> {
            if (!walk.seen.contains(id)) {
                node.choiceList().forEach(c -> unreachedReplies.add(id + "/" + c.id()));
                if (node.freeText() != null) {
                    node.freeText().intents().forEach(i -> unreachedReplies.add(id + "/" + i.id()));
                }
            }
        });
        return new Summary(walk.paths, walk.perEnding, walk.shortest, walk.longest, List.copyOf(unreachedNodes),
                List.copyOf(unreachedReplies), walk.paths < WALK_LIMIT);
    }

    private static final class Walk {
        final Scenario scenario;
        final Map<String, Long> perEnding = new TreeMap<>();
        final TreeSet<String> seen = new TreeSet<>();
        List<String> shortest = List.of();
        List<String> longest = List.of();
        long paths;

        Walk(Scenario scenario) {
            this.scenario = scenario;
        }

        void from(String id, List<String> path) {
            if (paths >= WALK_LIMIT || path.contains(id)) {
                return;
            }
            path.add(id);
            seen.add(id);
            Ending ending = scenario.endings().get(id);
            Node node = scenario.nodes().get(id);
            if (ending != null) {
                paths++;
                perEnding.merge(id, 1L, Long::sum);
                if (shortest.isEmpty() || path.size() < shortest.size()) {
                    shortest = List.copyOf(path);
                }
                if (path.size() > longest.size()) {
                    longest = List.copyOf(path);
                }
            } else if (node != null) {
                for (String target : new java.util.LinkedHashSet<>(node.targets())) {
                    long times = node.targets().stream().filter(target::equals).count();
                    for (long k = 0; k < times; k++) {
                        from(target, path);
                    }
                }
            }
            path.removeLast();
        }
    }

}
