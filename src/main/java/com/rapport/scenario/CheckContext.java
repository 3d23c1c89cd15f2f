package com.rapport.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What the scenario checks share: the scenario, the problems found so far (in the order they are found) and the
 * helpers that place a problem at its line and suggest a near id.
 */
final class CheckContext {

    /** The criterion ids a condition, an example or a hint may name. */
    static final Set<String> CRITERIA = Arrays.stream(Criterion.values()).map(Criterion::id)
            .collect(Collectors.toCollection(TreeSet::new));

    final Scenario scenario;
    final String file;
    private final StrictYaml.Document<Scenario> document;
    private final List<Problem> problems = new ArrayList<>();

    CheckContext(StrictYaml.Document<Scenario> document, Scenario scenario) {
        this.document = document;
        this.file = document.file();
        this.scenario = scenario;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** Reports a missing (or blank) required key on the parent; true when the value is there. */
    boolean required(String parent, String key, @Nullable Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            error(parent, "missing required key '" + key + "'");
            return false;
        }
        return true;
    }

    /** " (did you mean 'x'?)" when one of the known ids is close to the given one, else "". */
    static String hint(String given, Set<String> known) {
        return Ids.didYouMean(given, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    void error(String pointer, String message) {
        add(pointer, Problem.Severity.ERROR, message);
    }

    void warning(String pointer, String message) {
        add(pointer, Problem.Severity.WARNING, message);
    }

    private void add(String pointer, Problem.Severity severity, String message) {
        problems.add(document.problemAt(pointer, severity, message));
    }
}
