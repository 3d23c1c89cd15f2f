package com.rapport.practice;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Outcome;
import com.rapport.scenario.Tier;
import com.rapport.scoring.CriterionScore;
import com.rapport.scoring.Severity;

/** The end-of-attempt report: what scored, what did not, and why. Built from the stored attempt alone. */
public record Debrief(long attemptId, String username, String scenarioId, String scenarioVersion,
        String scenarioTitle, Tier tier, Instant startedAt,
        @Nullable Instant finishedAt, @Nullable Outcome outcome, @Nullable String endingLine,
        @Nullable String endingDebrief, int scorePercent, @Nullable Integer originalScore, int passMark,
        boolean criticalViolation, List<CriterionScore> criteria, java.util.Map<Criterion, Integer> reviewedCriteria,
        List<Reply> replies, List<String> modelResponses, List<Comment> comments, List<Correction> corrections,
        List<String> path, boolean reviewable) {

    /** Whether a reviewer changed the overall score from what the rubric gave. */
    public boolean scoreCorrected() {
        return originalScore != null && originalScore != scorePercent;
    }

    /** A coaching comment from the trainee's manager, on the whole attempt or one reply. */
    public record Comment(@Nullable Integer turnSeq, String author, String body, Instant at) {
    }

    /** One entry of the override audit log: the overall score (no criterion) or a criterion, from, to, why. */
    public record Correction(@Nullable Criterion criterion, int from, int to, String reason, String by, Instant at) {
    }

    /** Passed: at or above the pass mark with no critical violation. */
    public boolean passed() {
        return scorePercent >= passMark && !criticalViolation;
    }

    /** The moments that earned most, at most three, each on another criterion, in conversation order. */
    public List<DebriefHighlights.Highlight> strengths() {
        return DebriefHighlights.strengths(replies);
    }

    /** The moments that cost most against the best reply there, at most three, each on another criterion. */
    public List<DebriefHighlights.Highlight> toWorkOn() {
        return DebriefHighlights.toWorkOn(replies);
    }

    /**
     * One reply the trainee gave and how it scored on each criterion it touched. Typed replies also carry the
     * spans that earned or cost points, and the intent they were taken to mean: its id and confidence for
     * trainers, and for the trainee the reply it was read as (the scenario's choice of that id, else its first
     * example).
     */
    public record Reply(int seq, String patientLine, String text, boolean typed, @Nullable String intent,
            double confidence, @Nullable String readAs, int moodBefore, int moodAfter, List<Point> points,
            List<Mark> marks) {

        /** The marks merged: each finding once, with every span it was found in. */
        public List<DebriefHighlights.Finding> findings() {
            return DebriefHighlights.findings(marks);
        }
    }

    public record Point(Criterion criterion, int earned, int best, @Nullable String feedback) {
    }

    /** A highlighted span of a typed reply: credit, or a violation with its severity. */
    public record Mark(Criterion criterion, boolean credit, @Nullable Severity severity, int start, int end,
            String text, String signal, String reason) {
    }
}
