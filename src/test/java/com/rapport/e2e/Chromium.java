package com.rapport.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, for the browser tests: /usr/bin/chromium (or RAPPORT_CHROMIUM); without it
 * the tests are skipped, except on CI, where .ci/run installs it.
 */
final class Chromium implements AutoCloseable {

    private final Playwright playwright;
    final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        Path chromium = Path.of(System.getenv().getOrDefault("RAPPORT_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            String why = "Chromium not found at " + chromium;
            if (Boolean.parseBoolean(System.getenv("CI"))) {
                Assertions.fail(why + "; .ci/run should have installed it");
            }
            Assumptions.abort(why + ": browser tests skipped (apt-get install chromium)");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        return new Chromium(playwright, browser);
    }

    /** Waits until Vaadin has no request under way and the page has had a moment to draw what came back. */
    static void settle(com.microsoft.playwright.Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForTimeout(300);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    /**
     * The cell of a grid row with this text, scrolled into the rendered rows first: a grid renders only the rows near
     * its viewport, so a row further down has no cell until the grid scrolls to it.
     */
    static com.microsoft.playwright.Locator gridCell(com.microsoft.playwright.Page page, String gridId, String text) {
        var grid = page.locator("vaadin-grid#" + gridId);
        grid.waitFor();
        var cell = page.locator("vaadin-grid#" + gridId + " vaadin-grid-cell-content")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text)).first();
        int size = ((Number) grid.evaluate("g => g._flatSize || g.size || (g.items ? g.items.length : 0)")).intValue();
        for (int row = 0; row <= Math.max(size, 1) && !cell.isVisible(); row += 5) {
            grid.evaluate("(g, row) => g.scrollToIndex(row)", row);
            page.waitForTimeout(150);
        }
        return cell;
    }
}
