package com.rapport.review;

import com.rapport.scenario.Tier;

/** How a scenario goes for the trainees in scope. */
public record ScenarioStats(String scenarioId, String title, Tier tier, int started, int finished, int passed,
        int trainees) {

    /** Finished attempts as a share of started ones, 0-100. */
    public int completionRate() {
        return started == 0 ? 0 : (int) Math.round(100.0 * finished / started);
    }

    /** Passed attempts as a share of finished ones, 0-100. */
    public int passRate() {
        return finished == 0 ? 0 : (int) Math.round(100.0 * passed / finished);
    }
}
