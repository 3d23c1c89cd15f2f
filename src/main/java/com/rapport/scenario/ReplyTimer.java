package com.rapport.scenario;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Phone-queue pressure at one moment (format 1.1): a reply that arrives more than {@code seconds} after the moment
 * was shown still counts, and the timer's mood change and rubric deductions apply on top of it. Lateness is measured
 * on the server, from when the moment was shown.
 *
 * @param seconds how long the trainee has, 10-600
 * @param mood the mood change when late, -3..0 (default -1)
 * @param rubric deductions when late (points 0 or below), with the feedback the debrief shows
 */
public record ReplyTimer(Integer seconds, @Nullable Integer mood, @Nullable List<RubricEffect> rubric) {

    public static final int MIN_SECONDS = 10;
    public static final int MAX_SECONDS = 600;
    public static final int DEFAULT_MOOD = -1;

    public int moodChange() {
        return mood == null ? DEFAULT_MOOD : mood;
    }

    public List<RubricEffect> effects() {
        return rubric == null ? List.of() : rubric;
    }

    /** Whether a reply {@code waited} after the moment was shown is late. */
    public boolean late(Duration waited) {
        return waited.compareTo(Duration.ofSeconds(seconds)) > 0;
    }

    /** The deductions a late reply earns, each against a best of 0, so they only ever cost. */
    public List<ScoredPoint> penalties() {
        return effects().stream().map(e -> new ScoredPoint(e.criterion(), Math.min(0, e.points()), 0)).toList();
    }

    /** What the debrief says about a late reply: how long it took, then the author's words. */
    public static String lateness(Duration waited, String feedback) {
        return "You took " + waited.toSeconds() + " s; " + feedback;
    }
}
