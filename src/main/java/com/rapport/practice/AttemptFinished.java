package com.rapport.practice;

/**
 * Published when an attempt ends, and again when a reviewer corrects its score, so that whatever summarises a
 * trainee's attempts (their progress) can bring itself up to date.
 */
public record AttemptFinished(long attemptId, String username) {
}
