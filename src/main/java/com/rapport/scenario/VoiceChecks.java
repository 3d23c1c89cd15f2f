package com.rapport.scenario;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What format 1.1 adds: the scenario's {@code people} (complete, unique ids, none called {@code patient}), each node's
 * {@code lines} (a known speaker, with "did you mean"; words in every line) and {@code reply-timer} (seconds, mood and
 * deductions in range). In a file of format 1.0 (or none), each of these keys is an error that names the format
 * that allows it. People nobody speaks are a warning.
 */
final class VoiceChecks {

    private static final int MAX_PENALTY = 5;

    private final CheckContext context;
    private final NodeChecks nodes;

    VoiceChecks(CheckContext context, NodeChecks nodes) {
        this.context = context;
        this.nodes = nodes;
    }

    static boolean is11(Scenario scenario) {
        return ScenarioParser.FORMAT_1_1.equals(scenario.format());
    }

    void check() {
        Scenario scenario = context.scenario;
        boolean allowed = is11(scenario);
        if (scenario.people() != null) {
            refuseUnless(allowed, "/people", "people");
        }
        scenario.nodes().forEach((id, node) -> {
            if (node.lines() != null) {
                refuseUnless(allowed, "/nodes/" + id + "/lines", "lines");
            }
            if (node.replyTimer() != null) {
                refuseUnless(allowed, "/nodes/" + id + "/reply-timer", "reply-timer");
            }
        });
        if (!allowed) {
            return;
        }
        Map<String, Person> people = checkPeople();
        var spoken = new HashSet<String>();
        scenario.nodes().forEach((id, node) -> {
            checkLines("/nodes/" + id, node.lineList(), people.keySet(), spoken);
            if (node.replyTimer() != null) {
                checkTimer("/nodes/" + id + "/reply-timer", node.replyTimer());
            }
        });
        int i = 0;
        for (Person person : scenario.peopleList()) {
            if (person.id() != null && !spoken.contains(person.id())) {
                context.warning("/people/" + i, "'" + person.id() + "' is in the scene but no node's lines give them"
                        + " anything to say");
            }
            i++;
        }
    }

    private void refuseUnless(boolean allowed, String at, String key) {
        if (!allowed) {
            String format = context.scenario.format() == null ? "no format (1.0)" : "format "
                    + context.scenario.format();
            context.error(at, "'" + key + "' needs format: \"" + ScenarioParser.FORMAT_1_1 + "\"; this file says "
                    + format);
        }
    }

    private Map<String, Person> checkPeople() {
        var byId = new LinkedHashMap<String, Person>();
        List<Person> people = context.scenario.peopleList();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            String at = "/people/" + i;
            context.required(at, "name", person.name());
            context.required(at, "role", person.role());
            if (!context.required(at, "id", person.id())) {
                continue;
            }
            if (Person.PATIENT.equals(person.id())) {
                context.error(at + "/id", "'patient' always means the persona; give this person another id");
            } else if (byId.putIfAbsent(person.id(), person) != null) {
                context.error(at + "/id", "person id '" + Ids.clip(person.id()) + "' is used twice");
            }
        }
        return byId;
    }

    private void checkLines(String at, List<Utterance> lines, Set<String> people, Set<String> spoken) {
        var speakers = new TreeSet<>(people);
        speakers.add(Person.PATIENT);
        for (int i = 0; i < lines.size(); i++) {
            Utterance line = lines.get(i);
            String l = at + "/lines/" + i;
            if (context.required(l, "speaker", line.speaker())) {
                if (speakers.contains(line.speaker())) {
                    spoken.add(line.speaker());
                } else {
                    context.error(l + "/speaker", "'" + Ids.clip(line.speaker()) + "' is not in the scene"
                            + CheckContext.hint(line.speaker(), speakers) + "; speakers here are "
                            + String.join(", ", speakers));
                }
            }
            if (line.text() == null) {
                context.error(l, "missing required key 'text'");
            } else {
                nodes.line(l + "/text", line.text(), ScenarioParser.MAX_LINE);
            }
        }
    }

    private void checkTimer(String at, ReplyTimer timer) {
        if (context.required(at, "seconds", timer.seconds())
                && (timer.seconds() < ReplyTimer.MIN_SECONDS || timer.seconds() > ReplyTimer.MAX_SECONDS)) {
            context.error(at + "/seconds", "seconds must be from " + ReplyTimer.MIN_SECONDS + " to "
                    + ReplyTimer.MAX_SECONDS + ", not " + timer.seconds());
        }
        if (timer.moodChange() > 0 || timer.moodChange() < -3) {
            context.error(at + "/mood", "a late reply may lower the mood by 0 to 3 (mood -3 to 0), not "
                    + timer.moodChange());
        }
        for (int r = 0; r < timer.effects().size(); r++) {
            RubricEffect effect = timer.effects().get(r);
            nodes.checkRubric(at + "/rubric/" + r, effect);
            if (effect.points() > 0) {
                context.error(at + "/rubric/" + r + "/points", "a late reply only loses points: from -" + MAX_PENALTY
                        + " to 0, not " + effect.points());
            }
        }
    }
}
