package com.rapport.security;

/** Where an account proves who it is. Only local accounts have a password Rapport checks. */
public enum AccountSource {
    LOCAL, LDAP, OIDC
}
