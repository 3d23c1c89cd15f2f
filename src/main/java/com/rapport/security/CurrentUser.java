package com.rapport.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The logged-in user, as services see it. */
@Component
public class CurrentUser {

    public String username() {
        Authentication auth = authentication();
        return auth.getName();
    }

    public boolean has(Role role) {
        return authentication().getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    /** Managers and admins may read other people's attempts. */
    public boolean canReviewOthers() {
        return has(Role.MANAGER) || has(Role.ADMIN);
    }

    private static Authentication authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AccessDeniedException("Not logged in");
        }
        return auth;
    }
}
