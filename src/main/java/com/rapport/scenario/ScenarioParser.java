package com.rapport.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Reads one scenario file strictly: unknown keys, duplicate keys, wrong types, missing fields and broken
 * references are all errors that carry the file, line and column. Thread-safe.
 */
public final class ScenarioParser {

    /** Files larger than this are refused before parsing. */
    public static final int MAX_FILE_BYTES = StrictYaml.MAX_FILE_BYTES;
    private static final int MOOD_CHANGE_LIMIT = 3;
    private static final int POINTS_LIMIT = 5;

    private final StrictYaml yaml = new StrictYaml();

    /** What came of reading one file: the scenario if it has no errors, and every problem found. */
    public record Result(String file, @Nullable Scenario scenario, String version, List<Problem> problems) {

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
            return new Result(file, null, document.version(), document.problems());
        }
        var problems = new Checker(document, scenario).check();
        boolean hasErrors = problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        return new Result(file, hasErrors ? null : scenario, document.version(), List.copyOf(problems));
    }

    /** The checks that need the whole document: required fields, ranges and references. */
    private static final class Checker {
        private final StrictYaml.Document<Scenario> document;
        private final String file;
        private final Scenario scenario;
        private final List<Problem> problems = new ArrayList<>();

        Checker(StrictYaml.Document<Scenario> document, Scenario scenario) {
            this.document = document;
            this.file = document.file();
            this.scenario = scenario;
        }

        List<Problem> check() {
            required("", "id", scenario.id());
            required("", "title", scenario.title());
            required("", "tier", scenario.tier());
            required("", "summary", scenario.summary());
            required("", "start", scenario.start());
            if (scenario.topics() == null || scenario.topics().isEmpty()) {
                error("/topics", "'topics' needs at least one topic");
            }
            if (scenario.passMark() != null && (scenario.passMark() < 0 || scenario.passMark() > 100)) {
                error("/pass-mark", "'pass-mark' must be a percentage from 0 to 100, not " + scenario.passMark());
            }
            if (scenario.id() != null && !file.endsWith(scenario.id() + ".yaml")) {
                warning("/id", "id '" + scenario.id() + "' differs from the file name; name the file "
                        + scenario.id() + ".yaml");
            }
            checkPersona();
            boolean hasNodes = required("", "nodes", scenario.nodes()) && !scenario.nodes().isEmpty();
            boolean hasEndings = required("", "endings", scenario.endings()) && !scenario.endings().isEmpty();
            if (!hasNodes || !hasEndings) {
                if (hasNodes || hasEndings || scenario.nodes() != null || scenario.endings() != null) {
                    error("", "a scenario needs at least one node and one ending");
                }
                return problems;
            }
            scenario.endings().forEach((id, ending) -> {
                if (scenario.nodes().containsKey(id)) {
                    error("/endings/" + id, "'" + id + "' is both a node and an ending; ids must be unique");
                }
                required("/endings/" + id, "outcome", ending.outcome());
                required("/endings/" + id, "debrief", ending.debrief());
            });
            Set<String> targets = new java.util.TreeSet<>(scenario.nodes().keySet());
            targets.addAll(scenario.endings().keySet());
            if (scenario.start() != null && !scenario.nodes().containsKey(scenario.start())) {
                error("/start", "start '" + scenario.start() + "' is not a node"
                        + hint(scenario.start(), scenario.nodes().keySet()));
            }
            scenario.nodes().forEach((id, node) -> checkNode(id, node, targets));
            if (problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR)) {
                checkGraph();
            }
            return problems;
        }

        private void checkPersona() {
            Persona persona = scenario.persona();
            if (!required("", "persona", persona)) {
                return;
            }
            required("/persona", "name", persona.name());
            required("/persona", "role", persona.role());
            required("/persona", "situation", persona.situation());
            if (required("/persona", "mood", persona.mood())
                    && (persona.mood() < Mood.MIN || persona.mood() > Mood.MAX)) {
                error("/persona/mood", "mood must be from " + Mood.MIN + " (furious) to " + Mood.MAX
                        + " (at ease), not " + persona.mood());
            }
        }

        private void checkNode(String id, Node node, Set<String> targets) {
            String at = "/nodes/" + id;
            required(at, "patient", node.patient());
            if (node.choiceList().isEmpty() && node.freeText() == null) {
                error(at, "node '" + id + "' has no choices and no free-text; give it one or make it an ending");
                return;
            }
            var seen = new java.util.HashSet<String>();
            for (int i = 0; i < node.choiceList().size(); i++) {
                Choice choice = node.choiceList().get(i);
                String c = at + "/choices/" + i;
                if (required(c, "id", choice.id()) && !seen.add(choice.id())) {
                    error(c + "/id", "choice id '" + choice.id() + "' is used twice in node '" + id + "'");
                }
                required(c, "text", choice.text());
                checkTarget(c, choice.next(), targets);
                checkMood(c, choice.moodChange());
                for (int r = 0; r < choice.effects().size(); r++) {
                    RubricEffect effect = choice.effects().get(r);
                    String e = c + "/rubric/" + r;
                    required(e, "criterion", effect.criterion());
                    required(e, "feedback", effect.feedback());
                    if (Math.abs(effect.points()) > POINTS_LIMIT) {
                        error(e + "/points", "points must be from -" + POINTS_LIMIT + " to " + POINTS_LIMIT
                                + ", not " + effect.points());
                    }
                }
            }
            FreeText free = node.freeText();
            if (free != null) {
                String f = at + "/free-text";
                required(f, "fallback", free.fallback());
                if (free.intents() == null || free.intents().isEmpty()) {
                    error(f, "free-text needs at least one intent");
                    return;
                }
                var intentIds = new java.util.HashSet<String>();
                for (int i = 0; i < free.intents().size(); i++) {
                    FreeText.Intent intent = free.intents().get(i);
                    String in = f + "/intents/" + i;
                    if (required(in, "id", intent.id()) && !intentIds.add(intent.id())) {
                        error(in + "/id", "intent id '" + intent.id() + "' is used twice in node '" + id + "'");
                    }
                    if (intent.examples() == null || intent.examples().isEmpty()) {
                        error(in, "intent '" + intent.id() + "' needs at least one example reply");
                    }
                    checkTarget(in, intent.next(), targets);
                    checkMood(in, intent.moodChange());
                }
            }
        }

        private void checkTarget(String at, @Nullable String next, Set<String> targets) {
            if (required(at, "next", next) && !targets.contains(next)) {
                error(at + "/next", "'" + next + "' is not a node or an ending" + hint(next, targets));
            }
        }

        private void checkMood(String at, int change) {
            if (Math.abs(change) > MOOD_CHANGE_LIMIT) {
                error(at + "/mood", "a reply may change the mood by at most " + MOOD_CHANGE_LIMIT
                        + " either way, not " + change);
            }
        }

        private void checkGraph() {
            var walker = new PathWalker(scenario);
            Set<String> reachable = walker.reachable();
            scenario.nodes().keySet().stream().filter(Predicate.not(reachable::contains)).forEach(
                    id -> warning("/nodes/" + id, "node '" + id + "' cannot be reached from the start"));
            scenario.endings().keySet().stream().filter(Predicate.not(reachable::contains)).forEach(
                    id -> warning("/endings/" + id, "ending '" + id + "' cannot be reached from the start"));
            if (walker.shortestDecisions() < 0) {
                error("/start", "no path from the start reaches an ending");
            }
        }

        private boolean required(String parent, String key, @Nullable Object value) {
            if (value == null || value instanceof String s && s.isBlank()) {
                error(parent, "missing required key '" + key + "'");
                return false;
            }
            return true;
        }

        private static String hint(String given, Set<String> known) {
            return Ids.didYouMean(given, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
        }

        private void error(String pointer, String message) {
            add(pointer, Problem.Severity.ERROR, message);
        }

        private void warning(String pointer, String message) {
            add(pointer, Problem.Severity.WARNING, message);
        }

        private void add(String pointer, Problem.Severity severity, String message) {
            problems.add(document.problemAt(pointer, severity, message));
        }
    }

}
