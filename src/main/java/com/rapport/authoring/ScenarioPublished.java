package com.rapport.authoring;

/**
 * Published (a Spring application event) when an uploaded version of a scenario goes live, after it is stored: for
 * the audit log. Uploads that go nowhere (errors, a replacement not confirmed) publish nothing.
 *
 * @param scenarioId the scenario's id
 * @param hash the SHA-256 of the version now in use
 * @param title the scenario's title in that version
 * @param username who uploaded (and, for a replacement, confirmed) it
 * @param replacedInUse whether it replaced another version that was in use (the trainer confirmed that)
 */
public record ScenarioPublished(String scenarioId, String hash, String title, String username,
        boolean replacedInUse) {
}
