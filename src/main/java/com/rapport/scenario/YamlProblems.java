package com.rapport.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * What went wrong reading a YAML file, worded for the trainer who wrote it: the key, what it must be and what it
 * is, never a Java type or a library's setting.
 */
final class YamlProblems {

    private static final Pattern FOUND = Pattern.compile("from (Array|Object|String|Integer|Floating-point|Boolean|"
            + "Null|Embedded Object) value");

    private YamlProblems() {
    }

    static String describe(JacksonException e) {
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
        if (e instanceof StreamConstraintsException && original.contains("nesting depth")) {
            return "lists and keys are nested more than 40 deep here; a scenario never needs that many";
        }
        if (e.getCause() instanceof MarkedYamlEngineException yaml) {
            return yamlSyntax(yaml);
        }
        if (e instanceof InvalidFormatException bad && !bad.getPath().isEmpty()) {
            return "'" + where(bad) + "' must be " + kind(bad.getTargetType()) + ", not \"" + bad.getValue() + "\"";
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (original.startsWith("No content to map")) {
                return "the file is empty: it has no keys, only blank lines or comments";
            }
            String found = found(original);
            if (mismatch.getPath().isEmpty() && found != null) {
                return "the file must be keys and values (key: value on each line), not " + found;
            }
            if (!mismatch.getPath().isEmpty()) {
                return "wrong type for '" + where(mismatch) + "': " + (found == null
                        ? original.lines().findFirst().orElse("")
                        : "it must be " + kind(mismatch.getTargetType()) + ", not " + found);
            }
        }
        return original.lines().findFirst().orElse(e.getClass().getSimpleName());
    }

    /** The YAML reader's problem (not its context line), with a tab used to indent named as such. */
    private static String yamlSyntax(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
            return "a tab is used to indent here; YAML is indented with spaces only";
        }
        String context = e.getContext() == null ? "" : e.getContext();
        String first = problem.lines().findFirst().orElse("");
        return context.isBlank() ? first : context + ": " + first;
    }

    /** The YAML reader's refusal of a character, wherever it is in the causes; null if that is not the trouble. */
    static @Nullable ReaderException refusedCharacter(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ReaderException refused) {
                return refused;
            }
        }
        return null;
    }

    /** A character the YAML reader refuses, by its code. */
    static String character(int codePoint) {
        return String.format(Locale.ROOT, "the character U+%04X (%s) is not allowed in a YAML file; delete it or "
                + "retype the text around it", codePoint, Character.isISOControl(codePoint) ? "a control character"
                        : Character.getName(codePoint) == null ? "unassigned" : Character.getName(codePoint)
                                .toLowerCase(Locale.ROOT));
    }

    private static @Nullable String found(String message) {
        var m = FOUND.matcher(message);
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1)) {
            case "Array" -> "a list";
            case "Object" -> "keys and values";
            case "String" -> "text";
            case "Integer" -> "a whole number";
            case "Floating-point" -> "a number";
            case "Boolean" -> "true or false";
            case "Null" -> "empty";
            default -> "something else";
        };
    }

    static String where(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                .reduce((a, b) -> a + "." + b).orElse("");
    }

    private static String kind(@Nullable Class<?> type) {
        if (type == null) {
            return "something else";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of its named values";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "keys and values";
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
