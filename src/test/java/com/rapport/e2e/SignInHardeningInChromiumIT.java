package com.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.rapport.MovableClock;

/**
 * The hardened sign-in in a real browser: the security headers do not break a page (no Content-Security-Policy
 * violation anywhere), five wrong passwords lock the account with a message that says until when, the right password
 * works again once the lock has ended (the clock is moved, nobody waits), and a quiet session is warned, can stay,
 * and is ended; a click in the page counts as acting, while a warning left alone ends the session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "rapport.sign-in.idle-warning=20s")
@ActiveProfiles("test")
@Import(MovableClock.InTheApp.class)
class SignInHardeningInChromiumIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @BeforeAll
    static void launchChromium() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** A new browser whose pages report every Content-Security-Policy violation into {@code violations}. */
    private Page watchedPage(List<String> violations) {
        Page page = chromium.browser.newContext().newPage();
        page.setDefaultTimeout(20_000);
        page.addInitScript("document.addEventListener('securitypolicyviolation', "
                + "e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().startsWith("CSP violation")) {
                violations.add(message.text());
            }
        });
        return page;
    }

    private String signIn(Page page, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").filter(new Locator.FilterOptions().setHasText("Log in"))
                .first().click();
        page.waitForURL(url -> !url.endsWith("/login"));
        return page.url();
    }

    @Test
    void five_wrong_passwords_lock_the_account_the_page_says_until_when_and_after_the_lock_it_signs_in() {
        List<String> violations = new CopyOnWriteArrayList<>();
        Page page = watchedPage(violations);
        var response = page.navigate("http://localhost:" + port + "/login");
        assertThat(response.headers()).containsKeys("content-security-policy", "x-content-type-options",
                "referrer-policy");
        assertThat(response.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
        assertThat(response.headers().get("x-content-type-options")).isEqualTo("nosniff");

        for (int i = 0; i < 4; i++) {
            assertThat(signIn(page, "trainer", "wrong" + i)).endsWith("/login?error");
        }
        assertThat(signIn(page, "trainer", "wrong")).contains("/login?locked=");
        Locator locked = page.getByText("Too many failed sign-ins");
        locked.waitFor();
        assertThat(page.getByText("Try again after").first().innerText()).containsPattern("\\d\\d:\\d\\d \\(in 1 minute\\)");

        assertThat(signIn(page, "trainer", "rapport")).as("the right password during the lock").contains("locked=");

        clock.moveAhead(Duration.ofSeconds(61));
        assertThat(signIn(page, "trainer", "rapport")).doesNotContain("/login");
        for (String screen : List.of("library", "attempts", "progress", "")) {
            page.navigate("http://localhost:" + port + "/" + screen);
            page.getByText("Signed in as").first().waitFor();
        }
        assertThat(violations).as("Content-Security-Policy violations").isEmpty();
        page.context().close();
    }

    @Test
    void a_quiet_session_is_warned_may_stay_signed_in_and_is_then_ended() {
        List<String> violations = new CopyOnWriteArrayList<>();
        Page page = watchedPage(violations);
        assertThat(signIn(page, "trainee", "rapport")).doesNotContain("/login");
        page.getByText("Signed in as").first().waitFor();

        clock.moveAhead(Duration.ofMinutes(30).minusSeconds(15));
        Locator stay = page.locator("#stay-signed-in");
        stay.waitFor();
        assertThat(page.getByText("You will be signed out in 1 minute").isVisible()).isTrue();
        stay.click();
        stay.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));

        clock.moveAhead(Duration.ofMinutes(31));
        page.waitForURL(url -> url.contains("/login?idle"));
        page.getByText("Signed out after a quiet while").waitFor();
        page.navigate("http://localhost:" + port + "/attempts");
        assertThat(page.url()).as("the session has ended").endsWith("/login");
        assertThat(violations).as("Content-Security-Policy violations").isEmpty();
        page.context().close();
    }

    @Test
    void input_in_the_page_counts_as_acting_and_a_warning_left_alone_ends_the_session() {
        List<String> violations = new CopyOnWriteArrayList<>();
        Page page = watchedPage(violations);
        assertThat(signIn(page, "trainee", "rapport")).doesNotContain("/login");
        page.getByText("Signed in as").first().waitFor();
        Locator stay = page.locator("#stay-signed-in");

        clock.moveAhead(Duration.ofMinutes(30).minusSeconds(15));
        stay.waitFor();
        page.locator("h1").first().click();
        stay.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        assertThat(page.url()).as("the click in the page kept the session").doesNotContain("/login");

        // warned again 29:45 after the click (had the click not counted, the session would have ended by now)
        clock.moveAhead(Duration.ofMinutes(30).minusSeconds(15));
        stay.waitFor();
        assertThat(page.url()).doesNotContain("/login");
        clock.moveAhead(Duration.ofSeconds(20));
        page.waitForURL(url -> url.contains("/login?idle"));
        page.getByText("Signed out after a quiet while").waitFor();
        assertThat(violations).as("Content-Security-Policy violations").isEmpty();
        page.context().close();
    }
}
