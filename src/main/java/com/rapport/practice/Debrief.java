package com.rapport.practice;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Outcome;
import com.rapport.scenario.Tier;
import com.rapport.scoring.CriterionScore;

/** The end-of-attempt report: what scored, what did not, and why. Built from the stored attempt alone. */
public record Debrief(long attemptId, String username, String scenarioTitle, Tier tier, Instant startedAt,
        @Nullable Instant finishedAt, @Nullable Outcome outcome, @Nullable String endingLine,
        @Nullable String endingDebrief, int scorePercent, int passMark, List<CriterionScore> criteria,
        List<Reply> replies) {

    public boolean passed() {
        return scorePercent >= passMark;
    }

    /** One reply the trainee gave and how it scored on each criterion it touched. */
    public record Reply(int seq, String patientLine, String text, int moodBefore, int moodAfter,
            List<Point> points) {
    }

    public record Point(Criterion criterion, int earned, int best, @Nullable String feedback) {
    }
}
