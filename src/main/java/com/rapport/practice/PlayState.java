package com.rapport.practice;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Mood;
import com.rapport.scenario.Persona;

/**
 * What the trainee sees while playing: the conversation so far, the patient's mood, the replies they can pick and,
 * where the node allows it, a box to type their own; after a typed reply, the tags that replaced personal details in
 * it ({@code redacted}, empty when none did).
 */
public record PlayState(long attemptId, String scenarioTitle, Persona persona, List<Line> transcript, Mood mood,
        @Nullable String narrator, List<Option> options, @Nullable Typing typing, boolean finished, Debug debug,
        List<String> redacted, @Nullable Timer timer) {

    public PlayState(long attemptId, String scenarioTitle, Persona persona, List<Line> transcript, Mood mood,
            @Nullable String narrator, List<Option> options, @Nullable Typing typing, boolean finished, Debug debug) {
        this(attemptId, scenarioTitle, persona, transcript, mood, narrator, options, typing, finished, debug,
                List.of(), null);
    }

    public PlayState(long attemptId, String scenarioTitle, Persona persona, List<Line> transcript, Mood mood,
            @Nullable String narrator, List<Option> options, @Nullable Typing typing, boolean finished, Debug debug,
            List<String> redacted) {
        this(attemptId, scenarioTitle, persona, transcript, mood, narrator, options, typing, finished, debug,
                redacted, null);
    }

    /** The same state, naming the tags ("[PHONE]") that replaced personal details in the reply just sent. */
    public PlayState withRedacted(List<String> tags) {
        return new PlayState(attemptId, scenarioTitle, persona, transcript, mood, narrator, options, typing, finished,
                debug, List.copyOf(tags), timer);
    }

    /**
     * A reply timer at this moment (format 1.1): the seconds allowed and how many are left by the server's clock
     * (0 once late; a late reply still counts, at a cost). The server alone decides lateness when the reply comes.
     */
    public record Timer(int seconds, long remainingSeconds) {
    }

    /**
     * What a trainer's playtest shows beside the conversation: where it stands, the variables, the replies a
     * condition hides, and how the last reply was taken and scored.
     */
    public record Debug(@Nullable String node, java.util.Map<String, Boolean> flags,
            java.util.Map<String, Integer> counters, int mood, List<String> hidden, @Nullable String lastStep,
            List<String> lastEvidence) {
    }

    public enum Speaker {
        PATIENT, TRAINEE
    }

    /**
     * A line of the conversation. {@code name} is who says it when the scene has more than one voice (format 1.1
     * {@code people}): the persona's name or another person's; null when the persona alone speaks, or the trainee.
     */
    public record Line(Speaker speaker, String text, java.time.Instant at, @Nullable String name) {

        public Line(Speaker speaker, String text, java.time.Instant at) {
            this(speaker, text, at, null);
        }
    }

    public record Option(String id, String text) {
    }

    /** How many replies the conversation has had; a reply sent from an older view of it is refused. */
    public int turns() {
        return (int) transcript.stream().filter(l -> l.speaker() == Speaker.TRAINEE).count();
    }

    /** The free-text box: what to do, and the longest reply accepted. */
    public record Typing(@Nullable String prompt, int maxLength) {
    }
}
