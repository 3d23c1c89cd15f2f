package com.rapport.privacy;

import java.time.Instant;

/**
 * Published when an admin has erased a trainee's data, after the deletes and in the same transaction (listen with
 * {@code @TransactionalEventListener} to act only once they are committed). Counts, never contents: the audit
 * keeps who erased whose data, when, and how much.
 *
 * @param actor the admin who asked
 * @param trainee whose data went
 * @param attempts attempts deleted, with their {@code turns} (replies, with their scores and evidence)
 * @param comments coaching comments on those attempts
 * @param corrections score corrections on those attempts
 * @param replyLabels scorer-agreement labels on those replies
 * @param summaries rows of the trainee's progress and dashboard summaries
 * @param assignments scenarios assigned to the trainee
 */
public record TraineeDataErased(String actor, String trainee, Instant at, int attempts, int turns, int comments,
        int corrections, int replyLabels, int summaries, int assignments) {

    /** Whether there was anything to erase. */
    public boolean anything() {
        return attempts + turns + comments + corrections + replyLabels + summaries + assignments > 0;
    }
}
