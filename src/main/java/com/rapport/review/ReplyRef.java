package com.rapport.review;

import org.jspecify.annotations.Nullable;

/** A reply to read in its attempt: where it is, who gave it (and their display name), and what it cost. */
public record ReplyRef(long attemptId, int seq, String username, String displayName, String text, @Nullable String scenarioTitle,
        int pointsDelta, @Nullable String feedback) {
}
