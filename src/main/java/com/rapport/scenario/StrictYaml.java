package com.rapport.scenario;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

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
        } catch (JacksonException e) {
            return failed(file, version, problemOf(file, e, null));
        } catch (SourceLocations.Refused e) {
            return failed(file, version, new Problem(file, e.line, e.column, Problem.Severity.ERROR, e.getMessage()));
        } catch (RuntimeException e) {
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
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate Object property")) {
            return "key " + original.substring("Duplicate Object property ".length()).lines().findFirst().orElse("")
                    + " is given twice";
        }
        if (e instanceof InvalidFormatException bad && !bad.getPath().isEmpty()) {
            return "'" + where(bad) + "' must be " + kind(bad.getTargetType()) + ", not \"" + bad.getValue() + "\"";
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String where = mismatch.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                    .reduce((a, b) -> a + "." + b).orElse("");
            return "wrong type for '" + where + "': " + e.getOriginalMessage().lines().findFirst().orElse("");
        }
        return e.getOriginalMessage().lines().findFirst().orElse(e.getClass().getSimpleName());
    }

    private static String where(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                .reduce((a, b) -> a + "." + b).orElse("");
    }

    private static String kind(@Nullable Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return type == null ? "something else" : "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
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
