package com.rapport.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Takes the before/after screenshots in docs/screenshots from a Rapport already running with the demo profile on an
 * empty data folder. Not a test: run it by hand with
 * {@code java -cp target/test-classes:$(cat target/cp.txt) com.rapport.e2e.Screenshots http://localhost:18081 docs/screenshots after}.
 * The selectors only use ids and texts that both the older and the current views have.
 */
public final class Screenshots {

    private static final String SCENARIO = "billing-uncovered-services";
    private static final String LIBRARY_SCENARIO = "The daughter who wants the results now";
    private static final String CHAT_LINES = "#chat .line, vaadin-message";

    private final Browser browser;
    private final String base;
    private final Path dir;
    private final String prefix;

    private Screenshots(Browser browser, String base, Path dir, String prefix) {
        this.browser = browser;
        this.base = base;
        this.dir = dir;
        this.prefix = prefix;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Screenshots BASE_URL OUT_DIR before|after");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        try (Chromium chromium = Chromium.launch()) {
            var shots = new Screenshots(chromium.browser, args[0], dir, args[2]);
            List<Runnable> screens = List.of(shots::catalogueThenPlayThenDebrief, shots::dashboard, shots::library);
            int failed = 0;
            for (Runnable screen : screens) {
                try {
                    screen.run();
                } catch (RuntimeException e) {
                    failed++;
                    System.err.println("FAILED: " + e);
                }
            }
            System.exit(failed == 0 ? 0 : 1);
        }
    }

    private Page signedIn(String username) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill("rapport");
        page.locator("vaadin-login-form vaadin-button").filter(new Locator.FilterOptions().setHasText("Log in"))
                .first().click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    private void shot(Page page, String screen) {
        Chromium.settle(page);
        page.waitForTimeout(700);
        Path file = dir.resolve(prefix + "-" + screen + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        System.out.println("saved " + file + " from " + page.url());
    }

    /** The trainee's catalogue, two chosen replies and a typed draft in the play view, then the debrief. */
    private void catalogueThenPlayThenDebrief() {
        Page page = signedIn("trainee");
        page.locator("#start-" + SCENARIO).waitFor();
        shot(page, "catalogue");

        page.locator("#start-" + SCENARIO).click();
        page.waitForURL(url -> url.contains("/play/"));
        for (int reply = 0; reply < 2; reply++) {
            choose(page);
        }
        page.locator("#choices vaadin-button[id^=choice-]").first().waitFor();
        Locator typed = page.locator("#reply textarea");
        if (typed.count() > 0 && typed.first().isVisible()) {
            typed.first().fill("I understand this is a lot to take in. Let me check exactly what your plan covers "
                    + "for the ER visit before we talk about the bill.");
        }
        // the replies on offer and the typed reply box at the bottom of the viewport, the conversation above them
        page.evaluate("() => (document.querySelector('#reply') || document.querySelector('#choices'))"
                + ".scrollIntoView({block: 'end'})");
        shot(page, "play");

        for (int reply = 2; page.url().contains("/play/"); reply++) {
            if (reply > 60) {
                throw new IllegalStateException("the conversation did not end");
            }
            choose(page);
        }
        page.waitForURL(url -> url.contains("/debrief/"));
        page.locator("#overall-score").waitFor();
        Chromium.settle(page);
        // the layout keeps the play view's scroll position: the debrief is shown from its top
        page.evaluate("() => { const top = root => root.querySelectorAll('*').forEach(e => {"
                + " if (e.scrollTop > 0) e.scrollTop = 0; if (e.shadowRoot) top(e.shadowRoot); });"
                + " window.scrollTo(0, 0); top(document); }");
        shot(page, "debrief");
        page.context().close();
    }

    /** Clicks the first offered reply and waits until the conversation has moved on. */
    private static void choose(Page page) {
        Locator choices = page.locator("#choices vaadin-button[id^=choice-]");
        choices.first().waitFor();
        String url = page.url();
        int before = page.locator(CHAT_LINES).count();
        choices.first().click();
        page.waitForFunction("([url, before, lines]) => location.href !== url "
                + "|| document.querySelectorAll(lines).length > before", List.of(url, before, CHAT_LINES));
    }

    /** The manager's team dashboard with the demo team's history. */
    private void dashboard() {
        Page page = signedIn("manager");
        page.getByText("Team dashboard").first().click();
        page.waitForURL(url -> url.endsWith("/review"));
        page.locator("#team vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Sam Ortiz"))
                .first().waitFor();
        shot(page, "dashboard");
        page.context().close();
    }

    /** The trainer's scenario library with one scenario selected and its branch map drawn. */
    private void library() {
        Page page = signedIn("trainer");
        page.navigate(base + "/library");
        page.locator("#library vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(LIBRARY_SCENARIO)).first().click();
        page.locator("#branch-map svg").waitFor();
        shot(page, "library");
        page.context().close();
    }
}
