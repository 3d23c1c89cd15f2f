package com.rapport.scenario;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads one scenario file strictly: unknown keys, duplicate keys, wrong types, missing fields and broken
 * references are all errors that carry the file, line and column. Thread-safe.
 */
public final class ScenarioParser {

    /** Longest patient line before a warning: past this it reads like a letter, not speech. */
    public static final int MAX_LINE = 500;
    /** Longest reply text on a choice before a warning. */
    public static final int MAX_REPLY = FreeText.DEFAULT_MAX_LENGTH;
    /** The first format version, which every later one still reads. */
    public static final String FORMAT = "1.0";
    /** The format that adds other people in the scene ({@code people}, {@code lines}) and reply timers. */
    public static final String FORMAT_1_1 = "1.1";
    /** The format versions this parser reads. */
    public static final List<String> FORMATS = List.of(FORMAT, FORMAT_1_1);
    /** Flags the app itself reads, so they count as declared and read in every scenario. */
    public static final Set<String> BUILT_IN_FLAGS = Set.of("identity_verified", "authorised");

    private final StrictYaml yaml;

    /** Refuses files over the default size limit. */
    public ScenarioParser() {
        this(com.rapport.RapportProperties.DEFAULT_MAX_SCENARIO_BYTES);
    }

    /** Refuses files over {@code maxBytes} ({@code rapport.max-scenario-bytes}) before parsing. */
    public ScenarioParser(int maxBytes) {
        this.yaml = new StrictYaml(maxBytes);
    }

    /** Places a problem at a JSON pointer in the file that was read. */
    @FunctionalInterface
    public interface Locator {
        Problem at(String pointer, Problem.Severity severity, String message);
    }

    /**
     * What came of reading one file: the scenario if it has no errors, every problem found, and a way to place
     * further problems (found by checks outside this package) at their line.
     */
    public record Result(String file, @Nullable Scenario scenario, String version, List<Problem> problems,
            Locator locator) {

        public boolean ok() {
            return scenario != null;
        }

        public List<Problem> errors() {
            return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        }
    }

    public Result parse(String file, byte[] content) {
        var document = yaml.read(file, content, Scenario.class);
        Scenario scenario = document.value();
        if (scenario == null) {
            return new Result(file, null, document.version(), document.problems(), document::problemAt);
        }
        var problems = check(document, scenario);
        boolean hasErrors = problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        return new Result(file, hasErrors ? null : scenario, document.version(), List.copyOf(problems),
                document::problemAt);
    }

    /**
     * The checks that need the whole document, in the order their problems are reported: the scenario's fields, then
     * (given nodes and endings) the start, each node, the variables, examples and scoring, and, only when all that
     * found no errors, the paths; also whether the choices' lengths give the best one away.
     */
    private static List<Problem> check(StrictYaml.Document<Scenario> document, Scenario scenario) {
        var context = new CheckContext(document, scenario);
        if (new StructureChecks(context).check()) {
            var graph = new GraphChecks(context);
            graph.checkStart();
            var nodes = new NodeChecks(context, graph);
            nodes.check();
            new VoiceChecks(context, nodes).check();
            new VariableChecks(context).check();
            new ScoringChecks(context).check();
            ChoiceBalance.check(context);
            if (!context.hasErrors()) {
                graph.checkPaths();
            }
        }
        return context.problems();
    }
}
