package com.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The admin in a real browser: a common password is refused with the reason, a passphrase creates the account, and
 * the audit log shows who created it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdminInChromiumIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;

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

    @Test
    void the_admin_creates_an_account_with_a_passphrase_and_finds_it_in_the_audit_log() {
        Page page = chromium.browser.newContext().newPage();
        page.setDefaultTimeout(20_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill("rapport");
        page.locator("vaadin-login-form vaadin-button").filter(new Locator.FilterOptions().setHasText("Log in"))
                .first().click();
        page.waitForURL(url -> !url.endsWith("/login"));

        page.navigate("http://localhost:" + port + "/admin/users");
        page.locator("#new-username input").fill("chromium-cara");
        page.locator("#new-display-name input").fill("Cara in Chromium");
        page.locator("#new-password input").fill("password1234");
        page.locator("#create-user").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("commonly used passwords")).first().textContent()).contains("Choose another");

        page.locator("#new-password input").fill("granite owl sunrise 41");
        page.locator("#create-user").click();
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("chromium-cara"))
                .first().waitFor();

        page.navigate("http://localhost:" + port + "/admin/audit");
        page.locator("#audit-who input").fill("chromium-cara");
        page.locator("#audit-search").click();
        // the grid keeps (hidden) cells of rows it no longer shows: count the visible ones
        Locator created = page.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions()
                .setHasText("Account created"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(created).hasCount(1);
        assertThat(page.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions()
                .setHasText("chromium-cara")).count()).isPositive();
    }
}
