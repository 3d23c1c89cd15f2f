package com.rapport.security;

/** What a user may do in Rapport. */
public enum Role {
    TRAINEE, TRAINER, MANAGER, ADMIN;

    /** Spring Security authority name, as checked by {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
