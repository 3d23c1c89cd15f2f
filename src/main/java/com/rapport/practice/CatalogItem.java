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
 */
public record CatalogItem(String scenarioId, String title, Tier tier, List<String> topics, String summary,
        int shortestPath, int longestPath, @Nullable Integer bestScore, @Nullable Long unfinishedAttempt) {
}
