package com.rapport.team;

/**
 * Published when a team is created or its people change, for the audit log.
 *
 * @param actor who made the change
 * @param team the team's name
 * @param change what happened
 * @param username the member or new manager concerned (the manager, for a new team)
 */
public record TeamChanged(String actor, String team, Change change, String username) {

    /** What can happen to a team. */
    public enum Change {
        CREATED, MEMBER_ADDED, MEMBER_REMOVED, MANAGER_CHANGED
    }
}
