package com.rapport.practice;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Tier;

/**
 * A scenario as the catalogue lists it for one trainee.
 *
 * @param shortestPath decisions on the shortest way through
 * @param longestPath decisions on the longest way through
 * @param bestScore the trainee's best finished score, if any
 * @param unfinishedAttempt an attempt the trainee left in the middle, to resume
 * @param played whether the trainee has started it at least once
 * @param passed whether the trainee has passed it at least once
 */
public record CatalogItem(String scenarioId, String title, Tier tier, List<String> topics, String summary,
        int shortestPath, int longestPath, @Nullable Integer bestScore, @Nullable Long unfinishedAttempt,
        boolean played, boolean passed) {

    /** Where the trainee stands with a scenario, for the catalogue's filter. */
    public enum Status {
        NOT_PLAYED, IN_PROGRESS, PASSED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Passed once is passed; started but not passed is in progress. */
    public Status status() {
        return passed ? Status.PASSED : played ? Status.IN_PROGRESS : Status.NOT_PLAYED;
    }
}
