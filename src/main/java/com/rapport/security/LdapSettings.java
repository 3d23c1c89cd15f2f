package com.rapport.security;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in against the hospital's directory, LDAP or Active Directory ({@code rapport.ldap.*}); off while {@code url}
 * is empty. The user's password is checked by binding as them; their role comes from the groups they are a member
 * of, through {@code group-roles}.
 *
 * @param url the directory and the base of everything below, e.g. {@code ldaps://dc1.hospital.org:636/dc=hospital,dc=org}
 * @param userDnPattern where a user's entry is, below the base, e.g. {@code uid={0},ou=people} (or use a search)
 * @param userSearchBase where to search for the user's entry, below the base (with {@code user-search-filter})
 * @param userSearchFilter how to find it, e.g. {@code (sAMAccountName={0})} on Active Directory
 * @param managerDn the account that searches, when searching needs one (the full DN)
 * @param managerPassword its password
 * @param groupSearchBase where the groups are, below the base
 * @param groupSearchFilter a group the user is a member of ({@code {0}} is the user's full DN)
 * @param groupNameAttribute the attribute of a group entry that names it in {@code group-roles}
 * @param displayNameAttribute the attribute of the user's entry shown as their name
 * @param groupRoles which Rapport role each group gives (the highest one wins; none, no access)
 */
@ConfigurationProperties("rapport.ldap")
public record LdapSettings(@Nullable String url, @Nullable String userDnPattern,
        @DefaultValue("") String userSearchBase, @Nullable String userSearchFilter, @Nullable String managerDn,
        @Nullable String managerPassword, @DefaultValue("") String groupSearchBase,
        @DefaultValue("(member={0})") String groupSearchFilter, @DefaultValue("cn") String groupNameAttribute,
        @DefaultValue("cn") String displayNameAttribute, @DefaultValue Map<String, Role> groupRoles) {
}
