package com.rapport.scenario;

import java.util.List;

/**
 * The scenario's own fields: required keys, format, ranges, topics, the id against the file name, the persona, and
 * that there are nodes and endings, each ending complete and none sharing an id with a node.
 */
final class StructureChecks {

    /** A scenario id, as the schema gives it; the library stores ids of up to 100 characters. */
    private static final int MAX_ID = 100;
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(
            "[a-z0-9][a-z0-9-]{0," + (MAX_ID - 1) + "}");

    private final CheckContext context;

    StructureChecks(CheckContext context) {
        this.context = context;
    }

    /** Runs the checks; false when there are no nodes or no endings, so nothing further can be checked. */
    boolean check() {
        Scenario scenario = context.scenario;
        context.required("", "id", scenario.id());
        context.required("", "title", scenario.title());
        context.required("", "tier", scenario.tier());
        context.required("", "summary", scenario.summary());
        context.required("", "start", scenario.start());
        if (scenario.format() != null && !ScenarioParser.FORMATS.contains(scenario.format())) {
            context.error("/format", "this version of Rapport reads format " + String.join(" or ",
                    ScenarioParser.FORMATS) + ", not " + scenario.format());
        }
        if (scenario.estimatedMinutes() != null && (scenario.estimatedMinutes() < 1
                || scenario.estimatedMinutes() > 120)) {
            context.error("/estimated-minutes", "estimated-minutes must be from 1 to 120");
        }
        checkTopics();
        if (scenario.passMark() != null && (scenario.passMark() < 0 || scenario.passMark() > 100)) {
            context.error("/pass-mark", "'pass-mark' must be a percentage from 0 to 100, not " + scenario.passMark());
        }
        if (scenario.id() != null && !ID.matcher(scenario.id()).matches()) {
            context.error("/id", "id '" + Ids.clip(scenario.id()) + "' must be lower-case letters, digits and hyphens,"
                    + " starting with a letter or digit, at most " + MAX_ID + " characters");
        } else if (scenario.id() != null && !context.file.endsWith(scenario.id() + ".yaml")) {
            context.warning("/id", "id '" + scenario.id() + "' differs from the file name; name the file "
                    + scenario.id() + ".yaml");
        }
        checkPersona();
        boolean hasNodes = context.required("", "nodes", scenario.nodes()) && !scenario.nodes().isEmpty();
        boolean hasEndings = context.required("", "endings", scenario.endings()) && !scenario.endings().isEmpty();
        if (!hasNodes || !hasEndings) {
            if (hasNodes || hasEndings || scenario.nodes() != null || scenario.endings() != null) {
                context.error("", "a scenario needs at least one node and one ending");
            }
            return false;
        }
        scenario.endings().forEach((id, ending) -> {
            if (scenario.nodes().containsKey(id)) {
                context.error("/endings/" + id, "'" + id + "' is both a node and an ending; ids must be unique");
            }
            context.required("/endings/" + id, "outcome", ending.outcome());
            context.required("/endings/" + id, "debrief", ending.debrief());
        });
        return true;
    }

    private void checkTopics() {
        List<String> topics = context.scenario.topics();
        if (topics == null || topics.isEmpty()) {
            context.error("/topics", "'topics' needs at least one topic");
            return;
        }
        for (int i = 0; i < topics.size(); i++) {
            String topic = topics.get(i);
            if (!Scenario.TOPICS.contains(topic)) {
                context.warning("/topics/" + i, "topic '" + topic + "' is not one the catalogue filters on"
                        + CheckContext.hint(topic, Scenario.TOPICS) + "; the topics are "
                        + String.join(", ", Scenario.TOPICS));
            }
        }
    }

    private void checkPersona() {
        Persona persona = context.scenario.persona();
        if (!context.required("", "persona", persona)) {
            return;
        }
        context.required("/persona", "name", persona.name());
        context.required("/persona", "role", persona.role());
        context.required("/persona", "situation", persona.situation());
        if (context.required("/persona", "mood", persona.mood())
                && (persona.mood() < Mood.MIN || persona.mood() > Mood.MAX)) {
            context.error("/persona/mood", "mood must be from " + Mood.MIN + " (furious) to " + Mood.MAX
                    + " (at ease), not " + persona.mood());
        }
    }
}
