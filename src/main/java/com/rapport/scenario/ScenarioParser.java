package com.rapport.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one scenario file strictly: unknown keys, duplicate keys, wrong types, missing fields and broken
 * references are all errors that carry the file, line and column. Thread-safe.
 */
public final class ScenarioParser {

    /** Files larger than this are refused before parsing. */
    public static final int MAX_FILE_BYTES = 512 * 1024;
    private static final int MAX_NESTING = 40;
    private static final int MAX_ALIASES = 20;
    private static final int MOOD_CHANGE_LIMIT = 3;
    private static final int POINTS_LIMIT = 5;

    private final YAMLMapper mapper;

    public ScenarioParser() {
        var settings = LoadSettings.builder()
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowDuplicateKeys(false)
                .setCodePointLimit(MAX_FILE_BYTES)
                .build();
        var factory = YAMLFactory.builder()
                .loadSettings(settings)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
        this.mapper = YAMLMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .build();
    }

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
        String version = sha256(content);
        if (content.length > MAX_FILE_BYTES) {
            return failed(file, version, new Problem(file, 1, 1, Problem.Severity.ERROR,
                    "file is " + content.length + " bytes; scenario files may be at most " + MAX_FILE_BYTES
                            + " bytes"));
        }
        String text = new String(content, StandardCharsets.UTF_8);
        SourceLocations locations;
        try (JsonParser parser = mapper.createParser(text)) {
            locations = SourceLocations.index(parser);
        } catch (JacksonException e) {
            return failed(file, version, problemOf(file, e, null));
        } catch (SourceLocations.Refused e) {
            return failed(file, version, new Problem(file, e.line, e.column, Problem.Severity.ERROR, e.getMessage()));
        } catch (RuntimeException e) {
            // snakeyaml-engine limits (aliases, code points) surface as its own exceptions
            return failed(file, version, new Problem(file, 1, 1, Problem.Severity.ERROR, cleanMessage(e)));
        }
        Scenario scenario;
        try {
            scenario = mapper.readValue(text, Scenario.class);
        } catch (JacksonException e) {
            return failed(file, version, problemOf(file, e, locations));
        }
        if (scenario == null) {
            return failed(file, version, new Problem(file, 1, 1, Problem.Severity.ERROR, "the file is empty"));
        }
        var problems = new Checker(file, scenario, locations).check();
        boolean hasErrors = problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        return new Result(file, hasErrors ? null : scenario, version, List.copyOf(problems));
    }

    private static Result failed(String file, String version, Problem problem) {
        return new Result(file, null, version, List.of(problem));
    }

    private static Problem problemOf(String file, JacksonException e, @Nullable SourceLocations locations) {
        if (locations != null && !e.getPath().isEmpty()) {
            // the parser's own location can be the end of a buffered object; the path is exact
            var at = locations.of(e.getPath());
            return new Problem(file, at.line(), at.column(), Problem.Severity.ERROR, describe(e));
        }
        TokenStreamLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        return new Problem(file, line, column, Problem.Severity.ERROR, describe(e));
    }

    private static String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            var known = unknown.getKnownPropertyIds().stream().map(String::valueOf).toList();
            String key = unknown.getPropertyName();
            return "unknown key '" + key + "'"
                    + Ids.didYouMean(key, known).map(s -> " (did you mean '" + s + "'?)").orElse("")
                    + "; allowed here: " + Ids.list(known);
        }
        if (e instanceof ValueInstantiationException || e instanceof InvalidFormatException) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException bad && bad.getMessage() != null) {
                return bad.getMessage();
            }
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String where = mismatch.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                    .reduce((a, b) -> a + "." + b).orElse("");
            return "wrong type for '" + where + "': " + e.getOriginalMessage().lines().findFirst().orElse("");
        }
        return e.getOriginalMessage().lines().findFirst().orElse(e.getClass().getSimpleName());
    }

    private static String cleanMessage(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The checks that need the whole document: required fields, ranges and references. */
    private static final class Checker {
        private final String file;
        private final Scenario scenario;
        private final SourceLocations locations;
        private final List<Problem> problems = new ArrayList<>();

        Checker(String file, Scenario scenario, SourceLocations locations) {
            this.file = file;
            this.scenario = scenario;
            this.locations = locations;
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
            if (node.choices() == null || node.choices().isEmpty()) {
                error(at, "node '" + id + "' has no choices; give it choices or make it an ending");
                return;
            }
            var seen = new java.util.HashSet<String>();
            for (int i = 0; i < node.choices().size(); i++) {
                Choice choice = node.choices().get(i);
                String c = at + "/choices/" + i;
                if (required(c, "id", choice.id()) && !seen.add(choice.id())) {
                    error(c + "/id", "choice id '" + choice.id() + "' is used twice in node '" + id + "'");
                }
                required(c, "text", choice.text());
                if (required(c, "next", choice.next()) && !targets.contains(choice.next())) {
                    error(c + "/next", "'" + choice.next() + "' is not a node or an ending"
                            + hint(choice.next(), targets));
                }
                if (Math.abs(choice.moodChange()) > MOOD_CHANGE_LIMIT) {
                    error(c + "/mood", "a choice may change the mood by at most " + MOOD_CHANGE_LIMIT
                            + " either way, not " + choice.moodChange());
                }
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
            var at = locations.of(pointer);
            problems.add(new Problem(file, at.line(), at.column(), severity, message));
        }
    }

}
