package com.rapport.scoring;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.ScoredPoint;

/**
 * The scorer's whole answer for one reply at one moment, ready to record: points per criterion with the reason,
 * the spans of a typed reply behind them, how the patient reacts to how it was said, and whether it was a critical
 * violation.
 *
 * @param points per criterion, what the reply earned against the best any reply there could earn
 * @param marks for a typed reply, the spans that earned credit or cost points, in reply order
 * @param moodReaction how the patient's mood reacts to how it was said (added to the intent's own change)
 * @param critical whether the reply is a critical violation, so the attempt cannot pass
 * @param reply for a typed reply, the rubric's reading of it (levels, intent, confidence, language)
 * @param status whether it was scored
 */
public record MomentScore(List<Points> points, List<Mark> marks, int moodReaction, boolean critical,
        @Nullable ReplyScore reply, Status status) {

    /** Whether the reply was scored, and if not, why. */
    public enum Status {
        /** Chosen, or typed and taken to mean one of the moment's intents. */
        SCORED,
        /** Typed and matched no intent: no credit, only its violations count, and the patient asks again. */
        NOT_UNDERSTOOD,
        /** Typed in a language the rubric cannot read yet: nothing counts, nothing is recorded. */
        NOT_SCORED
    }

    public boolean scored() {
        return status == Status.SCORED;
    }

    /** The share of this moment's points the reply earned, 0-100; 0 when it was not understood or not scored. */
    public int percent() {
        return scored() ? ScoreSheet.of(scoredPoints()).percent() : 0;
    }

    /** Points on one criterion, the best available at that moment, and why (null: a criterion not touched). */
    public record Points(Criterion criterion, int earned, int best, @Nullable String feedback) {
    }

    /** A span of a typed reply: credit, or a violation with its severity, with the signal that fired and why. */
    public record Mark(Criterion criterion, boolean credit, @Nullable Severity severity, int start, int end,
            String text, String signal, String reason) {
    }

    /** The points as the conversation engine and score sheets count them. */
    public List<ScoredPoint> scoredPoints() {
        return points.stream().map(p -> new ScoredPoint(p.criterion(), p.earned(), p.best())).toList();
    }
}
