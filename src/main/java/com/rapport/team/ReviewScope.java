package com.rapport.team;

import java.util.Set;

/**
 * Whose attempts and progress the logged-in user may review: everyone (admins), the members of their own teams
 * (managers), or no one.
 */
public record ReviewScope(boolean everyone, Set<String> trainees) {

    public static final ReviewScope NOBODY = new ReviewScope(false, Set.of());

    public boolean includes(String username) {
        return everyone || trainees.contains(username);
    }
}
