package com.rapport.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two files in the scenarios folder with one id: an error in each, naming both. Neither silently wins: neither is
 * used, and the version in use (if any) stays, which the message says.
 */
final class Duplicates {

    private Duplicates() {
    }

    /**
     * Adds the error to every reading whose scenario id another reading also has.
     *
     * @param inUse the version in use of an id, as "file (hash)", if there is one
     */
    static void mark(List<ScenarioLibrary.Reading> readings, Function<String, Optional<String>> inUse) {
        var byId = new LinkedHashMap<String, List<ScenarioLibrary.Reading>>();
        for (var reading : readings) {
            Scenario scenario = reading.result().scenario();
            if (scenario != null) {
                byId.computeIfAbsent(scenario.id(), id -> new java.util.ArrayList<>()).add(reading);
            }
        }
        byId.forEach((id, same) -> {
            if (same.size() > 1) {
                var names = same.stream().map(ScenarioLibrary.Reading::name).toList();
                var stays = inUse.apply(id);
                same.forEach(r -> r.problems().add(problem(r.result(), names, stays)));
            }
        });
    }

    /** The error in one of the files: every file with the id, and which version stays in use. */
    static Problem problem(ScenarioParser.Result result, List<String> names, Optional<String> inUse) {
        Scenario scenario = java.util.Objects.requireNonNull(result.scenario());
        String others = names.stream().filter(n -> !n.equals(result.file())).collect(Collectors.joining(", "));
        return result.locator().at("/id", Problem.Severity.ERROR, "scenario id '" + scenario.id()
                + "' is also the id in " + others + "; neither file is used until one of them gets another id or is"
                + " removed; " + inUse.map(v -> "the version in use stays: " + v)
                        .orElse("no version of '" + scenario.id() + "' is in use"));
    }
}
