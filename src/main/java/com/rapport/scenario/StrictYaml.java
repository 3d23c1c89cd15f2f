package com.rapport.scenario;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Strict YAML reading for every file trainers write (scenarios, the rubric): unknown keys, duplicate keys and wrong
 * types are errors with file, line and column and a "did you mean"; oversized files, anchors and aliases (alias
 * bombs) and absurd nesting are refused before binding. Thread-safe.
 */
public final class StrictYaml {

    private static final int MAX_NESTING = 40;

    private final YAMLMapper mapper;
    private final int maxBytes;

    /** Refuses files over the default limit ({@code rapport.max-scenario-bytes} unset). */
    public StrictYaml() {
        this(com.rapport.RapportProperties.DEFAULT_MAX_SCENARIO_BYTES);
    }

    /** Refuses files over {@code maxBytes}, before parsing. */
    public StrictYaml(int maxBytes) {
        this.maxBytes = maxBytes;
        var settings = LoadSettings.builder()
                .setAllowDuplicateKeys(false)
                .setCodePointLimit(maxBytes)
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

    /**
     * A read file: its value when it bound, its content hash, the problems found, and a way to place further
     * problems at a JSON pointer ("/nodes/opening/choices/0/next").
     */
    public static final class Document<T> {
        private final String file;
        private final @Nullable T value;
        private final String version;
        private final List<Problem> problems;
        private final @Nullable SourceLocations locations;

        Document(String file, @Nullable T value, String version, List<Problem> problems,
                @Nullable SourceLocations locations) {
            this.file = file;
            this.value = value;
            this.version = version;
            this.problems = problems;
            this.locations = locations;
        }

        public String file() {
            return file;
        }

        public @Nullable T value() {
            return value;
        }

        /** SHA-256 of the file's bytes. */
        public String version() {
            return version;
        }

        public List<Problem> problems() {
            return problems;
        }

        public Problem problemAt(String pointer, Problem.Severity severity, String message) {
            var at = locations == null ? new SourceLocations.Position(1, 1) : locations.of(pointer);
            return new Problem(file, at.line(), at.column(), severity, message);
        }
    }

    public <T> Document<T> read(String file, byte[] content, Class<T> type) {
        String version = sha256(content);
        if (content.length > maxBytes) {
            return failed(file, version, new ScenarioFiles(maxBytes).tooLarge(file, content.length));
        }
        var decoded = Utf8Text.decode(file, content);
        if (decoded.problem() != null) {
            return failed(file, version, decoded.problem());
        }
        String text = decoded.text();
        SourceLocations locations;
        try (JsonParser parser = mapper.createParser(text)) {
            locations = SourceLocations.index(parser);
        } catch (SourceLocations.Refused e) {
            return failed(file, version, new Problem(file, e.line, e.column, Problem.Severity.ERROR, e.getMessage()));
        } catch (RuntimeException e) {
            var refused = YamlProblems.refusedCharacter(e);
            if (refused != null) {
                // a character YAML does not allow (a control character): where it is, and which
                // the reader counts code points
                var at = Utf8Text.positionOf(text, text.offsetByCodePoints(0,
                        Math.min(refused.getPosition(), text.codePointCount(0, text.length()))));
                return failed(file, version, new Problem(file, at.line(), at.column(), Problem.Severity.ERROR,
                        YamlProblems.character(refused.getCodePoint())));
            }
            if (e instanceof JacksonException jackson) {
                return failed(file, version, problemOf(file, jackson, null));
            }
            // snakeyaml-engine limits (code points) surface as its own exceptions
            return failed(file, version, new Problem(file, 1, 1, Problem.Severity.ERROR, cleanMessage(e)));
        }
        T value;
        try {
            value = mapper.readValue(text, type);
        } catch (JacksonException e) {
            return failed(file, version, problemOf(file, e, locations));
        }
        if (value == null) {
            return failed(file, version, new Problem(file, 1, 1, Problem.Severity.ERROR, "the file is empty"));
        }
        return new Document<>(file, value, version, List.of(), locations);
    }

    private static <T> Document<T> failed(String file, String version, Problem problem) {
        return new Document<>(file, null, version, List.of(problem), null);
    }

    private static Problem problemOf(String file, JacksonException e, @Nullable SourceLocations locations) {
        if (locations != null && !e.getPath().isEmpty()) {
            // the parser's own location can be the end of a buffered object; the path is exact
            var at = locations.of(e.getPath());
            return new Problem(file, at.line(), at.column(), Problem.Severity.ERROR, YamlProblems.describe(e));
        }
        if (e.getCause() instanceof MarkedYamlEngineException yaml && yaml.getProblemMark().isPresent()) {
            // the reader's context mark (and so the exception's location) can be the line before the problem
            var mark = yaml.getProblemMark().get();
            return new Problem(file, mark.getLine() + 1, mark.getColumn() + 1, Problem.Severity.ERROR,
                    YamlProblems.describe(e));
        }
        TokenStreamLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        return new Problem(file, line, column, Problem.Severity.ERROR, YamlProblems.describe(e));
    }

    private static String cleanMessage(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The content hash that identifies a version. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
