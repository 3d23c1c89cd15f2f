package com.rapport.review;

/** A moment of a scenario and how replies there go: average points left on the table, and mood drops. */
public record Hotspot(String scenarioId, String nodeId, int replies, double averagePointsLost, int escalations) {
}
