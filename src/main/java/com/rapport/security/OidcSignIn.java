package com.rapport.security;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the hospital's OpenID Connect provider, on when {@code rapport.oidc.issuer-uri} is set. The
 * provider's discovery document is read at the first sign-in, not at start, so Rapport starts while the provider is
 * away. The claim {@code roles-claim} gives the role ({@link GroupRoles}; none, no access) and the user gets a local
 * account record (source "OIDC") named by {@code username-claim}, kept in step at every sign-in.
 */
@Component
@ConditionalOnExpression("!'${rapport.oidc.issuer-uri:}'.isBlank()")
class OidcSignIn {

    private final OidcSettings settings;
    private final GroupRoles roles;
    private final AccountService accounts;
    private final Registrations registrations;

    OidcSignIn(OidcSettings settings, AccountService accounts) {
        this.settings = settings;
        this.roles = new GroupRoles(settings.groupRoles());
        this.accounts = accounts;
        this.registrations = new Registrations(() -> ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(OidcSettings.REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .clientName(settings.name())
                .scope(settings.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build());
    }

    ClientRegistrationRepository registrations() {
        return registrations;
    }

    OidcUserService users() {
        var users = new OidcUserService() {
            @Override
            public OidcUser loadUser(OidcUserRequest request) {
                return localUser(super.loadUser(request));
            }
        };
        return users;
    }

    private OidcUser localUser(OidcUser signedIn) {
        Role role = roles.roleOf(groups(signedIn.getClaim(settings.rolesClaim()))).orElseThrow(
                () -> new OAuth2AuthenticationException(new OAuth2Error(NoRoleException.CODE), "no Rapport role"));
        String nameClaim = signedIn.getClaimAsString(settings.usernameClaim()) != null ? settings.usernameClaim()
                : "sub";
        String username = signedIn.getClaimAsString(nameClaim);
        String displayName = signedIn.getFullName() != null ? signedIn.getFullName() : username;
        accounts.syncExternal(username, displayName, role, "OIDC");
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(role.authority())), signedIn.getIdToken(),
                signedIn.getUserInfo(), nameClaim);
    }

    /** A claim holding groups: a list, or one string of names separated by spaces or commas. */
    private static List<String> groups(@Nullable Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String names && !names.isBlank()) {
            return List.of(names.trim().split("[\\s,]+"));
        }
        return List.of();
    }

    /** The one registration, read from the provider when first needed (and again after a failure). */
    private static final class Registrations implements ClientRegistrationRepository {

        private final Supplier<ClientRegistration> discover;
        private volatile @Nullable ClientRegistration registration;

        Registrations(Supplier<ClientRegistration> discover) {
            this.discover = discover;
        }

        @Override
        public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
            if (!OidcSettings.REGISTRATION_ID.equals(registrationId)) {
                return null;
            }
            ClientRegistration known = registration;
            if (known == null) {
                known = discover.get();
                registration = known;
            }
            return known;
        }
    }
}
