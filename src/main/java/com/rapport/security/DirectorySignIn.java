package com.rapport.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;
import org.springframework.stereotype.Component;

/**
 * Sign-in with the hospital directory's password (LDAP or Active Directory), on when {@code rapport.ldap.url} is
 * set: the login form's username and password are checked by binding to the directory as that user; the groups the
 * user is a member of give the role ({@link GroupRoles}; none, no access); and the user gets a local account record
 * (source "LDAP") that follows the directory's name and role at every sign-in. Usernames are kept in lower case, as
 * directories compare them without case. Local accounts are tried first.
 */
@Component
@ConditionalOnExpression("!'${rapport.ldap.url:}'.isBlank()")
class DirectorySignIn {

    private final LdapAuthenticationProvider provider;

    DirectorySignIn(LdapSettings settings, AccountService accounts) {
        var directory = new DefaultSpringSecurityContextSource(settings.url());
        if (settings.managerDn() != null) {
            directory.setUserDn(settings.managerDn());
            directory.setPassword(settings.managerPassword() == null ? "" : settings.managerPassword());
        }
        directory.afterPropertiesSet();

        var bind = new BindAuthenticator(directory);
        if (settings.userDnPattern() != null) {
            bind.setUserDnPatterns(new String[] {settings.userDnPattern()});
        }
        if (settings.userSearchFilter() != null) {
            bind.setUserSearch(new FilterBasedLdapUserSearch(settings.userSearchBase(), settings.userSearchFilter(),
                    directory));
        }

        var groups = new DefaultLdapAuthoritiesPopulator(directory, settings.groupSearchBase());
        groups.setGroupSearchFilter(settings.groupSearchFilter());
        groups.setGroupRoleAttribute(settings.groupNameAttribute());
        groups.setRolePrefix("");
        groups.setConvertToUpperCase(false);
        groups.setSearchSubtree(true);

        provider = new LdapAuthenticationProvider(bind, groups);
        provider.setUserDetailsContextMapper(new LocalRecord(new GroupRoles(settings.groupRoles()),
                settings.displayNameAttribute(), accounts::syncExternal));
    }

    LdapAuthenticationProvider provider() {
        return provider;
    }

    /** The signed-in directory user as Rapport knows them: one role, and a local account record kept in step. */
    /** Keeps the local account record of a directory user (AccountService::syncExternal). */
    private interface Sync {
        void apply(String username, String displayName, Role role, String source);
    }

    private record LocalRecord(GroupRoles roles, String displayNameAttribute, Sync accounts)
            implements UserDetailsContextMapper {

        @Override
        public UserDetails mapUserFromContext(DirContextOperations entry, String username,
                Collection<? extends GrantedAuthority> groups) {
            Role role = roles.requireRole(groups.stream().map(GrantedAuthority::getAuthority).toList());
            String name = username.strip().toLowerCase(Locale.ROOT);
            String displayName = entry.getStringAttribute(displayNameAttribute);
            accounts.apply(name, displayName == null || displayName.isBlank() ? name : displayName, role,
                    "LDAP");
            return User.withUsername(name).password("").authorities(List.of(() -> role.authority())).build();
        }

        @Override
        public void mapUserToContext(UserDetails user, DirContextAdapter entry) {
            throw new UnsupportedOperationException("Rapport never writes to the directory");
        }
    }
}
