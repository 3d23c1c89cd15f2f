package com.rapport.practice;

import java.util.List;

/**
 * What reviewers added to an attempt, for its debrief: coaching comments and score corrections. The review
 * feature owns them and provides this; practice only reads it, so practice never depends on review.
 */
public interface DebriefNotes {

    List<Debrief.Comment> comments(long attemptId);

    List<Debrief.Correction> corrections(long attemptId);
}
