package com.rapport.practice;

/**
 * The attempt does not exist, or belongs to someone the current user may not see: both look the same, so ids
 * cannot be probed.
 */
public class AttemptNotFoundException extends RuntimeException {

    public AttemptNotFoundException(long id) {
        super("No attempt " + id);
    }
}
