package com.rapport.security;

import org.springframework.security.authentication.DisabledException;

/**
 * A directory or identity-provider user signed in correctly but belongs to no group that gives a Rapport role: no
 * access, never a default role. A {@link DisabledException}, so it ends the attempt and is published as such.
 */
class NoRoleException extends DisabledException {

    /** The OAuth2 error code that carries this refusal through an OpenID Connect sign-in. */
    static final String CODE = "rapport_no_role";

    NoRoleException() {
        super("No group of this user gives a Rapport role");
    }
}
