package com.rapport.security;

/**
 * Published when an account is created or changed, for the audit log. Never carries a password.
 *
 * @param actor who made the change ("system" at start-up)
 * @param username whose account changed
 * @param change what happened
 * @param detail e.g. the new role
 */
public record AccountChanged(String actor, String username, Change change, String detail) {

    /** What can happen to an account. */
    public enum Change {
        CREATED, ROLE_CHANGED, DEACTIVATED, REACTIVATED, PASSWORD_RESET, PASSWORD_CHANGED, SYNCED_FROM_DIRECTORY
    }
}
