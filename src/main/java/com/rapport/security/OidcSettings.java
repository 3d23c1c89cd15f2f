package com.rapport.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in through the hospital's OpenID Connect identity provider ({@code rapport.oidc.*}); off while
 * {@code issuer-uri} is empty. The login page then offers "Sign in with {@code name}".
 *
 * @param issuerUri the provider's issuer (its discovery document is read at the first sign-in)
 * @param clientId Rapport's client id at the provider
 * @param clientSecret its secret
 * @param name the hospital's name on the login page's link
 * @param scopes the scopes asked for
 * @param usernameClaim the claim that is the Rapport username (the subject when the claim is missing)
 * @param rolesClaim the claim that lists the user's groups or roles, e.g. {@code groups} or {@code roles}
 * @param groupRoles which Rapport role each of those gives (the highest one wins; none, no access)
 */
@ConfigurationProperties("rapport.oidc")
public record OidcSettings(@Nullable String issuerUri, @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret, @DefaultValue("your hospital") String name,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @DefaultValue("preferred_username") String usernameClaim, @DefaultValue("groups") String rolesClaim,
        @DefaultValue Map<String, Role> groupRoles) {

    /** Spring's registration id of the provider, and so the last part of its sign-in and callback addresses. */
    public static final String REGISTRATION_ID = "hospital";

    /** The address that starts a sign-in with the provider. */
    public static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    /** The hospital's name for the login page's link, when sign-in through the provider is on. */
    public Optional<String> signInName() {
        return issuerUri == null || issuerUri.isBlank() ? Optional.empty() : Optional.of(name);
    }
}
