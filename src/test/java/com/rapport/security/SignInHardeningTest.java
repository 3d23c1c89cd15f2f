package com.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.MovableClock;

/**
 * The login form as an attacker meets it over raw HTTP: it needs the page's CSRF token, every response carries the
 * security headers, the session id lives only in a cookie, and repeated failures lock a username for a while.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInHardeningTest {

    @TestConfiguration
    @Import(MovableClock.InTheApp.class)
    static class Config {
        @Bean
        SignInEvents signInEvents() {
            return new SignInEvents();
        }
    }

    /** What Spring Security and the throttle published, from any thread. */
    static class SignInEvents {
        final List<Object> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AuthenticationSuccessEvent event) {
            seen.add(event);
        }

        @EventListener
        void on(AbstractAuthenticationFailureEvent event) {
            seen.add(event);
        }

        @EventListener
        void on(SignInLocked event) {
            seen.add(event);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    SignInEvents events;

    private SignInClient browser;

    @BeforeEach
    void newBrowser() {
        browser = new SignInClient(port);
    }

    @Test
    void a_login_post_without_the_csrf_token_is_refused() throws Exception {
        get("/login");

        var login = post("/login", "username=trainee&password=rapport");

        assertThat(location(login)).as("back to the login page, not into the app").endsWith("/login");
        assertThat(signedIn()).isFalse();
    }

    @Test
    void a_login_post_dressed_as_a_vaadin_request_still_needs_the_token() throws Exception {
        get("/login");

        var login = post("/login?v-r=uidl", "username=trainee&password=rapport");

        assertThat(location(login)).as("back to the login page, not into the app").endsWith("/login");
        assertThat(signedIn()).isFalse();
    }

    @Test
    void a_login_post_with_the_pages_token_signs_in() throws Exception {
        var login = login("trainee", "rapport");

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        assertThat(signedIn()).isTrue();
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        for (var response : List.of(get("/login"), get("/no/such/page"), get("/styles/app.css"))) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(response.uri().toString())
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'",
                            "object-src 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        }
    }

    @Test
    void the_session_cookie_is_http_only_same_site_and_the_id_never_appears_in_an_address() throws Exception {
        var page = get("/login");
        var redirect = get("/no/such/page");

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l.toLowerCase()).doesNotContain("jsessionid"));
        assertThat(page.body().toLowerCase()).doesNotContain("jsessionid=");
    }

    @Test
    void behind_an_https_proxy_the_session_cookie_is_secure() throws Exception {
        var page = browser.http.send(HttpRequest.newBuilder(browser.uri("/login")).header("X-Forwarded-Proto", "https")
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one_until_the_time_the_page_is_told()
            throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(location(login("manager", "wrong" + i))).endsWith("/login?error");
        }
        String locked = location(login("manager", "wrong-again"));
        assertThat(locked).matches(".*/login\\?locked=\\d+");
        Instant until = Instant.ofEpochSecond(Long.parseLong(locked.substring(locked.indexOf('=') + 1)));
        assertThat(until).isBetween(clock.instant(), clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(events.seen).anySatisfy(e -> assertThat(e).isInstanceOf(SignInLocked.class)
                .hasFieldOrPropertyWithValue("username", "manager"));

        assertThat(location(login("manager", "rapport"))).as("the right password, during the lock").isEqualTo(locked);
        assertThat(signedIn()).isFalse();

        clock.moveAhead(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(location(login("manager", "rapport"))).doesNotContain("login");
        assertThat(signedIn()).isTrue();
    }

    @Test
    void a_username_with_no_account_gets_the_same_answers_as_one_with_an_account() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(location(login("nobody-by-this-name", "wrong" + i))).endsWith("/login?error");
        }

        assertThat(location(login("nobody-by-this-name", "wrong"))).matches(".*/login\\?locked=\\d+");
    }

    @Test
    void spring_security_publishes_each_success_and_failure() throws Exception {
        events.seen.clear();
        login("trainer", "not-the-password");
        login("trainer", "rapport");

        assertThat(events.seen).hasAtLeastOneElementOfType(AbstractAuthenticationFailureEvent.class)
                .hasAtLeastOneElementOfType(AuthenticationSuccessEvent.class);
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        return browser.login(username, password);
    }

    private boolean signedIn() throws Exception {
        return browser.signedIn();
    }

    private static String location(HttpResponse<String> response) {
        return SignInClient.location(response);
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return browser.post(path, form);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.get(path);
    }
}
