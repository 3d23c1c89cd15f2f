package com.rapport.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How what was said at one moment is kept in one text (a stored turn's patient line): as it was when the persona alone
 * speaks in the scenario (format 1.0 and 1.1 scenes without {@code people}), else one "Name: text" line per voice, so
 * a debrief, an export or a dashboard names the speakers even without the scenario at hand.
 */
public final class Transcripts {

    private Transcripts() {
    }

    /** The text to store for what was said at a moment. */
    public static String stored(Scenario scenario, List<Voice> voices) {
        if (!scenario.hasSeveralVoices()) {
            return String.join("\n", voices.stream().map(Voice::text).toList());
        }
        return String.join("\n", voices.stream().map(Voice::labelled).toList());
    }

    /** The voices of a stored moment: split at each line that starts with a speaker's name, as {@link #stored} wrote. */
    public static List<Voice> read(Scenario scenario, String stored) {
        String persona = scenario.persona().name();
        if (!scenario.hasSeveralVoices()) {
            return List.of(new Voice(Person.PATIENT, persona, stored));
        }
        var speakers = new ArrayList<Voice>();
        speakers.add(new Voice(Person.PATIENT, persona, ""));
        scenario.peopleList().forEach(p -> speakers.add(new Voice(p.id(), p.name(), "")));
        speakers.sort(Comparator.comparingInt((Voice v) -> v.name().length()).reversed());
        var voices = new ArrayList<Voice>();
        for (String line : stored.split("\n", -1)) {
            Voice who = speakers.stream().filter(v -> line.startsWith(v.name() + ": ")).findFirst().orElse(null);
            if (who != null) {
                voices.add(new Voice(who.speaker(), who.name(), line.substring(who.name().length() + 2)));
            } else if (voices.isEmpty()) {
                voices.add(scenario.said(line));
            } else {
                Voice last = voices.removeLast();
                voices.add(new Voice(last.speaker(), last.name(), last.text() + "\n" + line));
            }
        }
        return voices;
    }
}
