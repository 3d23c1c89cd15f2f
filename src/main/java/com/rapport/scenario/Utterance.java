package com.rapport.scenario;

/**
 * One line of a node's {@code lines} (format 1.1): who says it ({@code patient} for the persona, or the id of one of
 * the scenario's {@code people}) and what they say.
 */
public record Utterance(String speaker, String text) {
}
