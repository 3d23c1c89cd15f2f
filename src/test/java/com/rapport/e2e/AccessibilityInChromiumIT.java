package com.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.rapport.TestUsers;
import com.rapport.practice.AttemptService;
import com.rapport.practice.AttemptSummary;

/**
 * Every view, signed in as the role that uses it, checked by axe-core against WCAG 2.1 AA in Chromium: no serious or
 * critical violation. Prints the counts per view and impact, so a change that adds one shows where.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rapport.demo-history=true")
@ActiveProfiles("test")
class AccessibilityInChromiumIT {

    /** The views held to "no serious or critical violation": every view. */
    private static final Set<String> HELD = Set.of("login", "setup", "catalogue", "play", "attempts", "progress", "debrief",
            "not-found", "dashboard", "trainee review", "attempt review", "agreement", "library", "admin users",
            "teams", "audit");

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    AttemptService attempts;

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
    void no_view_has_a_serious_or_critical_violation_for_the_role_that_uses_it() {
        var axe = new AxeReport();
        Page anonymous = chromium.browser.newContext().newPage();
        anonymous.setDefaultTimeout(30_000);
        open(anonymous, "/login", "vaadin-login-form");
        axe.check("login", anonymous);
        open(anonymous, "/setup", "h1");
        axe.check("setup", anonymous);
        anonymous.context().close();

        Page trainee = signedIn("trainee");
        open(trainee, "/", "[id^=start-]");
        axe.check("catalogue", trainee);
        open(trainee, "/attempts", "h1, h2");
        axe.check("attempts", trainee);
        open(trainee, "/progress", "#progress");
        axe.check("progress", trainee);
        open(trainee, "/debrief/" + finishedAttemptOf("trainee"), "#overall-score");
        axe.check("debrief", trainee);
        open(trainee, "/", "[id^=start-]");
        trainee.locator("[id^=start-]").first().click();
        trainee.waitForURL(url -> url.contains("/play/"));
        trainee.locator("#chat .line").first().waitFor();
        axe.check("play", trainee);
        open(trainee, "/no-such-page", "h1");
        axe.check("not-found", trainee);
        trainee.context().close();

        Page manager = signedIn("manager");
        open(manager, "/review", "#team");
        axe.check("dashboard", manager);
        open(manager, "/review/trainee/sam", "h1, h2");
        axe.check("trainee review", manager);
        open(manager, "/review/attempt/" + finishedAttemptOf("sam"), "#path-map svg");
        axe.check("attempt review", manager);
        manager.context().close();

        Page trainer = signedIn("trainer");
        open(trainer, "/agreement", "#agreement-criteria");
        axe.check("agreement", trainer);
        open(trainer, "/library", "vaadin-grid");
        selectInLibrary(trainer, "The daughter who wants the results now");
        axe.check("library", trainer);
        trainer.context().close();

        Page admin = signedIn("admin");
        open(admin, "/admin/users", "vaadin-grid");
        axe.check("admin users", admin);
        open(admin, "/admin/teams", "vaadin-grid");
        axe.check("teams", admin);
        open(admin, "/admin/audit", "vaadin-grid");
        axe.check("audit", admin);
        admin.context().close();

        System.out.println(axe.table("after"));
        assertThat(axe.views()).as("every view was checked").hasSize(16);
        for (String view : axe.views()) {
            assertThat(axe.bestPractice(view)).as("one main landmark and one level-1 heading on " + view)
                    .doesNotContain("landmark-one-main", "page-has-heading-one", "landmark-no-duplicate-main");
        }
        var failing = axe.failing(List.of("critical", "serious"));
        System.out.println("Views with serious or critical violations: " + failing);
        failing.keySet().retainAll(HELD);
        assertThat(failing).as("serious or critical violations on the views held to none").isEmpty();
    }

    @Test
    void in_a_short_or_zoomed_window_the_top_of_a_centred_page_can_still_be_scrolled_to() {
        Page page = chromium.browser.newContext().newPage();
        page.setDefaultTimeout(30_000);
        for (int[] size : new int[][] {{1280, 600}, {320, 640}}) {
            page.setViewportSize(size[0], size[1]); // a laptop with the browser's bars, and a phone or 400% zoom
            for (String path : List.of("/login", "/no-such-page")) {
                open(page, path, "h1");
                page.evaluate("() => window.scrollTo(0, 0)");
                double top = ((Number) page.locator("h1").first().evaluate("h => h.getBoundingClientRect().top"))
                        .doubleValue();
                assertThat(top).as("the heading of %s at %dx%d is not cut off above the page", path, size[0], size[1])
                        .isGreaterThanOrEqualTo(0);
            }
        }
        page.context().close();
    }

    @Test
    void the_branch_map_scrolls_by_keyboard_and_opens_as_a_list_of_moments_and_where_each_leads() {
        Page trainer = signedIn("trainer");
        trainer.setViewportSize(600, 900); // a phone-sized window, where the map is wider than the page
        open(trainer, "/library", "vaadin-grid");
        selectInLibrary(trainer, "The daughter who wants the results now");
        Locator map = trainer.locator("#branch-map");
        assertThat(map.getAttribute("role")).isEqualTo("region");
        assertThat(map.getAttribute("aria-label")).startsWith("Branch map of The daughter who wants the results now");
        assertThat(map.getAttribute("tabindex")).as("the map takes focus").isEqualTo("0");
        map.focus();
        if (Boolean.TRUE.equals(map.evaluate("m => m.scrollWidth > m.clientWidth"))) {
            // in the master-detail library the map may fit its panel; when it does not, the keys scroll it
            for (int i = 0; i < 5; i++) {
                trainer.keyboard().press("ArrowRight");
            }
            assertThat(((Number) map.evaluate("m => m.scrollLeft")).intValue()).as("scrolled by the keyboard")
                    .isPositive();
        }

        trainer.keyboard().press("Tab");
        assertThat(trainer.evaluate("() => document.activeElement.closest('#branch-map-outline') !== null"))
                .as("the list is the next stop after the map").isEqualTo(true);
        trainer.keyboard().press("Enter");
        Locator items = trainer.locator("#branch-map-outline li");
        items.first().waitFor();
        assertThat(items.first().innerText()).contains("(start)", "leads to");
        assertThat(items.allInnerTexts()).anySatisfy(item -> assertThat(item).contains("(ending: "));
        trainer.context().close();
    }

    private void open(Page page, String path, String ready) {
        page.navigate("http://localhost:" + port + path);
        page.locator(ready).first().waitFor();
    }

    private Page signedIn(String username) {
        Page page = chromium.browser.newContext().newPage();
        page.setDefaultTimeout(30_000);
        open(page, "/login", "vaadin-login-form");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill("rapport");
        page.locator("vaadin-login-form vaadin-button").filter(new Locator.FilterOptions().setHasText("Log in"))
                .first().click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** Opens a scenario's details with its branch map, when the library shows them for a selected row. */
    private static void selectInLibrary(Page page, String title) {
        Chromium.gridCell(page, "library", title).click();
        try {
            page.locator("#branch-map svg").waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        } catch (TimeoutError noMap) {
            System.out.println("The library showed no branch map after selecting " + title);
        }
    }

    private long finishedAttemptOf(String username) {
        return TestUsers.as("manager", "MANAGER", () -> attempts.attemptsOf(username).stream()
                .filter(AttemptSummary::finished).findFirst().orElseThrow().id());
    }
}
