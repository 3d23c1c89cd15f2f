package com.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through the hospital's OpenID Connect provider, a real Spring Authorization Server started by the test:
 * the whole authorization-code flow as a browser goes through it (Rapport, the provider's login form, back to
 * Rapport), with the role from the {@code groups} claim and a local account record; no mapped group, no access.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OidcSignInTest {

    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    private static HospitalIdentityProvider provider;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        provider = HospitalIdentityProvider.start();
        properties.add("rapport.oidc.issuer-uri", provider::issuer);
        properties.add("rapport.oidc.client-id", () -> HospitalIdentityProvider.CLIENT_ID);
        properties.add("rapport.oidc.client-secret", () -> HospitalIdentityProvider.CLIENT_SECRET);
        properties.add("rapport.oidc.name", () -> "St. Example");
        properties.add("rapport.oidc.group-roles.pr-staff", () -> "TRAINER");
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private SignInClient browser;

    @BeforeEach
    void newBrowser() {
        browser = new SignInClient(port);
    }

    /** Follows redirects (across both servers) to the page they end on. */
    private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        for (int hops = 0; response.statusCode() / 100 == 3; hops++) {
            assertThat(hops).as("redirects").isLessThan(10);
            response = browser.get(response.uri().resolve(SignInClient.location(response)));
        }
        return response;
    }

    /** Starts at Rapport's "Sign in with" address and signs in on the provider's own login form. */
    private HttpResponse<String> signInAtTheProvider(String username, String password) throws Exception {
        var providerLogin = follow(browser.get(OidcSettings.SIGN_IN_PATH));
        assertThat(providerLogin.uri().toString()).startsWith(provider.issuer()).endsWith("/login");
        var csrf = FORM_CSRF.matcher(providerLogin.body());
        assertThat(csrf.find()).isTrue();
        var posted = browser.http.send(java.net.http.HttpRequest.newBuilder(providerLogin.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + password + "&_csrf=" + SignInClient.enc(csrf.group(1))))
                .build(), HttpResponse.BodyHandlers.ofString());
        return follow(posted);
    }

    @Test
    void a_hospital_user_signs_in_at_the_provider_and_comes_back_signed_in_with_their_groups_role() throws Exception {
        var landed = signInAtTheProvider("pat.kim", "idp-secret-1");

        assertThat(landed.uri().toString()).startsWith("http://127.0.0.1:" + port).doesNotContain("/login");
        assertThat(browser.signedIn()).isTrue();
        var account = accounts.find("pat.kim").orElseThrow();
        assertThat(account.getRole()).isEqualTo(Role.TRAINER);
        assertThat(account.getDisplayName()).isEqualTo("Pat Kim");
    }

    @Test
    void a_hospital_user_in_no_mapped_group_comes_back_to_a_login_page_that_says_so() throws Exception {
        var landed = signInAtTheProvider("vic.visitor", "idp-secret-2");

        assertThat(landed.uri().toString()).isEqualTo("http://127.0.0.1:" + port + "/login?norole");
        assertThat(browser.signedIn()).isFalse();
        assertThat(accounts.find("vic.visitor")).isEmpty();
    }

    @Test
    void local_accounts_still_sign_in_beside_the_provider() throws Exception {
        browser.login("trainer", "rapport");

        assertThat(browser.signedIn()).isTrue();
    }
}
