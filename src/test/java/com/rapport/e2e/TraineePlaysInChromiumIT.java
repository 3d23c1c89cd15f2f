package com.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The demo trainee logs in through the real login page in Debian's Chromium, plays each shipped scenario to an
 * ending and reads the debrief. Needs /usr/bin/chromium (or RAPPORT_CHROMIUM); .ci/run installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rapport.demo-history=true")
@ActiveProfiles("test")
class TraineePlaysInChromiumIT {

    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchChromium() {
        chromium = Chromium.launch();
        browser = chromium.browser;
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Page loggedIn(String username, String password) {
        var options = new Browser.NewContextOptions();
        if (System.getenv("RAPPORT_SCREENSHOTS") != null) {
            options.setViewportSize(1280, 2400);
        }
        Page page = browser.newContext(options).newPage();
        page.setDefaultTimeout(20_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Log in")).first().click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    @ParameterizedTest
    @ValueSource(strings = {"billing-uncovered-services", "results-caller-unverified", "ed-wait-family"})
    void the_demo_trainee_plays_a_shipped_scenario_to_its_debrief(String scenarioId) {
        Page page = loggedIn("trainee", "rapport");
        page.locator("#start-" + scenarioId).waitFor();
        screenshot(page, "catalogue");
        page.locator("#start-" + scenarioId).click();
        page.waitForURL(url -> url.contains("/play/"));

        int replies = 0;
        while (page.url().contains("/play/")) {
            Locator choices = page.locator("#choices vaadin-button[id^=choice-]");
            choices.first().waitFor();
            if (replies == 3) {
                screenshot(page, scenarioId + "-play");
            }
            String said = choices.first().innerText().trim();
            choices.first().click();
            replies++;
            page.waitForFunction("([said, url]) => location.href !== url || "
                    + "[...document.querySelectorAll('#chat .line')].some(m => m.textContent.includes(said))",
                    List.of(said.substring(0, Math.min(40, said.length())), page.url()));
            assertThat(replies).as("the conversation ends").isLessThan(60);
        }

        page.waitForURL(url -> url.contains("/debrief/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Debrief")).isVisible())
                .isTrue();
        assertThat(page.locator("#overall-score").innerText()).matches("Score: \\d+%");
        assertThat(page.locator(".reply").count()).isEqualTo(replies);
        assertThat(page.locator("#outcome").innerText()).startsWith("Outcome: ");
        screenshot(page, scenarioId + "-debrief");
        page.context().close();
    }

    /** With RAPPORT_SCREENSHOTS set to a folder, saves what the trainee saw, for a person to look at. */
    private static void screenshot(Page page, String name) {
        String dir = System.getenv("RAPPORT_SCREENSHOTS");
        if (dir != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(dir, name + ".png")).setFullPage(true));
        }
    }

    @Test
    void the_demo_trainee_types_a_reply_and_sees_it_highlighted_in_the_debrief() {
        Page page = loggedIn("trainee", "rapport");
        page.locator("#start-billing-uncovered-services").click();
        page.waitForURL(url -> url.contains("/play/"));
        String typed = "I'm so sorry you've been passed around, that sounds really frustrating. "
                + "Can you tell me what happened, starting with the ER visit?";
        page.locator("#reply textarea").fill(typed);
        page.locator("#send").click();
        page.locator("#chat .line").filter(new Locator.FilterOptions().setHasText("passed around")).first()
                .waitFor();
        screenshot(page, "typed-reply");

        while (page.url().contains("/play/")) {
            Locator choices = page.locator("#choices vaadin-button[id^=choice-]");
            choices.first().waitFor();
            String url = page.url();
            int before = page.locator("#chat .line").count();
            choices.first().click();
            page.waitForFunction("([url, before]) => location.href !== url "
                    + "|| document.querySelectorAll('#chat .line').length > before", List.of(url, before));
        }

        page.waitForURL(url -> url.contains("/debrief/"));
        assertThat(page.locator(".mark-credit").allInnerTexts()).contains("sounds really frustrating");
        assertThat(page.locator(".mark-credit").first().getAttribute("title")).isNotBlank();
        screenshot(page, "typed-debrief");
        page.context().close();
    }

    @Test
    void the_demo_trainer_sees_a_branch_map_and_playtests_with_the_debug_panel() {
        Page page = loggedIn("trainer", "rapport");
        page.navigate("http://localhost:" + port + "/library");
        Chromium.gridCell(page, "library", "The daughter who wants the results now").click();
        page.locator("#branch-map svg").waitFor();
        assertThat(page.locator("#branch-map svg rect").count()).isGreaterThanOrEqualTo(20);
        screenshot(page, "library");
        page.locator("#playtest").click();
        page.waitForURL(url -> url.contains("/play/") && url.contains("debug"));
        page.locator("#debug").waitFor();
        assertThat(page.locator("#debug").innerText()).contains("Node: opening");
        screenshot(page, "playtest");
        page.context().close();
    }

    @Test
    void the_demo_manager_finds_who_is_weakest_at_hipaa_and_reads_the_reply_that_shows_it() {
        long started = System.nanoTime();
        Page page = loggedIn("manager", "rapport");
        page.getByText("Team dashboard").first().click();
        page.waitForURL(url -> url.endsWith("/review"));
        page.locator("#team vaadin-grid-sorter").filter(new Locator.FilterOptions()
                .setHasText("HIPAA")).click();
        // the grid reuses its cells, so the first row is found by its index, not by where its cell sits in the page
        String firstRowName = "() => { const grid = document.querySelector('#team');"
                + " const row = [...grid.shadowRoot.querySelectorAll('#items tr')].find(r => r.index === 0);"
                + " const slot = row && row.querySelector('td slot');"
                + " const cell = slot && slot.assignedElements()[0];"
                + " return !grid.hasAttribute('loading') && cell ? cell.textContent.trim() : null; }";
        Object first = null;
        for (int i = 0; i < 80 && !"Sam Ortiz".equals(first); i++) {
            page.waitForTimeout(250);
            first = page.evaluate("(" + firstRowName + ")()");
        }
        screenshot(page, "dashboard");
        assertThat(first).as("the first row after sorting on HIPAA").isEqualTo("Sam Ortiz");
        page.locator("#team vaadin-grid-cell-content a").filter(new Locator.FilterOptions().setHasText("Sam Ortiz"))
                .click();
        page.waitForURL(url -> url.contains("/review/trainee/sam"));
        Locator reply = page.locator("#worst-replies a.reply-link").first();
        reply.waitFor();
        screenshot(page, "trainee-review");
        reply.click();
        page.waitForURL(url -> url.contains("/review/attempt/"));
        Locator lost = page.locator(".point-lost").filter(new Locator.FilterOptions().setHasText("HIPAA")).first();
        lost.waitFor();
        assertThat(lost.isVisible()).isTrue();
        assertThat(page.locator("#path-map svg .on-path").count()).isPositive();
        screenshot(page, "attempt-review");
        System.out.printf("Manager found the HIPAA reply in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        page.context().close();
    }

    @Test
    void the_demo_trainee_sees_their_tier_and_what_is_left_to_certify_it() {
        Page page = loggedIn("trainee", "rapport");
        page.getByText("My progress").first().click();
        page.waitForURL(url -> url.endsWith("/progress"));
        page.locator("#to-certify").waitFor();
        assertThat(page.locator("#current-tier").innerText()).startsWith("Current tier: ");
        assertThat(page.locator("#to-certify").innerText()).startsWith("To certify");
        assertThat(page.locator("#proficiency .proficiency-card").count()).as("all eight criteria").isEqualTo(8);
        assertThat(page.locator("#proficiency svg[role=img]").count()).as("a small chart per scored criterion")
                .isPositive();
        screenshot(page, "progress");
        page.context().close();
    }

    @Test
    void a_wrong_password_keeps_the_login_page_with_an_error() {
        Page page = browser.newContext().newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").fill("trainee");
        page.locator("vaadin-login-form input[name=password]").fill("wrong");
        page.locator("vaadin-login-form vaadin-button").filter(new Locator.FilterOptions().setHasText("Log in"))
                .first().click();
        page.waitForURL(url -> url.contains("error"));
        Locator error = page.getByText("Incorrect username or password");
        error.waitFor();
        assertThat(error.isVisible()).isTrue();
        assertThat(page.url()).contains("/login");
        page.context().close();
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.rapport.practice.AttemptService attempts;
    @org.springframework.beans.factory.annotation.Autowired
    com.rapport.practice.DebriefService debriefs;

    /** A demo attempt of the manager's team with a typed reply, found as the manager. */
    private long demoAttemptWithTypedReply() {
        return com.rapport.TestUsers.as("manager", "MANAGER", () -> List.of("sam", "jordan", "maria", "chris",
                "priya", "trainee").stream().flatMap(u -> attempts.attemptsOf(u).stream())
                .filter(a -> debriefs.debrief(a.id()).replies().stream().anyMatch(r -> r.typed()))
                .findFirst().orElseThrow().id());
    }

    @Test
    void a_manager_labels_a_typed_reply_and_the_trainer_sees_it_on_scorer_agreement() {
        long id = demoAttemptWithTypedReply();
        Page page = loggedIn("manager", "rapport");
        page.navigate("http://localhost:" + port + "/review/attempt/" + id);
        page.locator("#save-label").waitFor();
        page.locator("#label-value vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("A violation")).click();
        page.locator("#save-label").click();
        page.getByText("Label saved").first().waitFor();
        screenshot(page, "label-form");
        page.context().close();

        Page trainer = loggedIn("trainer", "rapport");
        trainer.getByText("Scorer agreement").first().click();
        trainer.waitForURL(url -> url.endsWith("/agreement"));
        trainer.locator("#agreement-criteria vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Empathy")).first().waitFor();
        assertThat(trainer.locator("#agreement-export").getAttribute("href")).isNotBlank();
        screenshot(trainer, "agreement");
        trainer.context().close();
    }
}
