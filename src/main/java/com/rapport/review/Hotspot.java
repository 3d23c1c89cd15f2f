package com.rapport.review;

/**
 * A moment of a scenario and how replies there go: the patient's line there (what a manager recognises it by),
 * average points left on the table, and mood drops.
 */
public record Hotspot(String scenarioId, String nodeId, String line, int replies, double averagePointsLost,
        int escalations) {

    /** Whether replies here lost anything that shows at one decimal: a moment with 0.0 lost is no hot spot. */
    public boolean lostPoints() {
        return Math.round(averagePointsLost * 10) > 0;
    }

    /** The same moment named by the patient's line. */
    public Hotspot withLine(String patientLine) {
        return new Hotspot(scenarioId, nodeId, patientLine, replies, averagePointsLost, escalations);
    }
}
