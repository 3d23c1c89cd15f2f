package com.rapport.scoring;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;

/**
 * How one typed reply scored: per criterion a level 0-4 with the evidence that earned it, every violation with the
 * words that caused it, which intent the reply was taken to mean, and the language it was written in (a reply
 * the rubric cannot read is not scored: every level stays at its baseline and nothing is taken to be meant).
 *
 * @param scored whether the rubric read the reply at all: English always, Spanish where the patient speaks it
 * @param understood whether any sentence of it reads as language, not a list of keywords, emoji or noise; a reply
 *        not understood earns no credit anywhere and is taken to mean nothing
 */
public record ReplyScore(Map<Criterion, CriterionResult> criteria, List<Violation> violations,
        @Nullable String intent, double confidence, Language language, boolean scored, boolean understood) {

    /**
     * Level 0-4 and the spans that earned credit; {@code unanswered}: credit found in sentences that do not answer
     * the moment, which earned nothing (their reason says why).
     */
    public record CriterionResult(int level, List<Evidence> evidence, List<Evidence> unanswered) {

        public CriterionResult(int level, List<Evidence> evidence) {
            this(level, evidence, List.of());
        }
    }

    /** A span of the reply that earned credit: which signal fired and why it counts. */
    public record Evidence(int start, int end, String text, String signal, String reason) {
    }

    /** A span of the reply that cost points. */
    public record Violation(Criterion criterion, Severity severity, int start, int end, String text, String signal,
            String reason) {
    }

    public boolean hasCritical() {
        return violations.stream().anyMatch(v -> v.severity() == Severity.CRITICAL);
    }

    public int level(Criterion criterion) {
        return criteria.get(criterion).level();
    }
}
