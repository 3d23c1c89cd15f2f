package com.rapport.review;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Tier;

/**
 * What the dashboard grid asks for: a page of the team, filtered and sorted.
 *
 * @param text part of a username or name
 * @param tier only trainees currently in this tier
 * @param needsCoaching only trainees with a critical violation or a criterion below 60
 * @param focus the criterion whose proficiency the grid shows and can sort on
 * @param sort column to sort on; {@code null} sorts by name
 */
public record TeamQuery(@Nullable String text, @Nullable Tier tier, boolean needsCoaching, Criterion focus,
        @Nullable Sort sort, boolean descending, int offset, int limit) {

    /** The columns the grid sorts on. */
    public enum Sort {
        NAME, TIER, ATTEMPTS, LAST_ACTIVITY, WEAKEST, FOCUS, CRITICAL
    }

    public TeamQuery page(int newOffset, int newLimit) {
        return new TeamQuery(text, tier, needsCoaching, focus, sort, descending, newOffset, newLimit);
    }
}
