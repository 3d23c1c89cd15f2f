package com.rapport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * A trainee who does not use a mouse (or hears the page through a screen reader) plays a whole scenario with the
 * keyboard alone: Tab, Enter, typing and Ctrl+Enter. After each turn the focus is where the next reply is given, and
 * the conversation, a polite live region, holds the patient's new line. Needs Chromium, as the other browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KeyboardPlayInChromiumIT {

    private static final String FOCUS = "() => { const a = document.activeElement;"
            + " if (!a) return 'none';"
            + " if (a.closest('#reply')) return 'reply';"
            + " const b = a.closest('vaadin-button, vaadin-checkbox');"
            + " return b && b.id ? b.id : a.tagName.toLowerCase(); }";

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

    private String focus(Page page) {
        return String.valueOf(page.evaluate(FOCUS));
    }

    /** Presses Tab until the element with this id has the focus. */
    private void tabTo(Page page, String id, int most) {
        for (int i = 0; i < most && !focus(page).equals(id); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(focus(page)).as("reached by Tab").isEqualTo(id);
    }

    /** The demo trainee signs in by typing, Tab and Enter. */
    private Page signedIn() {
        Page page = browser.newContext().newPage();
        page.setDefaultTimeout(20_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").focus();
        page.keyboard().type("trainee");
        page.keyboard().press("Tab");
        page.keyboard().type("rapport");
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    @Test
    void a_trainee_plays_a_whole_scenario_by_keyboard_and_hears_each_new_line() {
        Page page = signedIn();
        page.locator("#start-billing-uncovered-services").waitFor();
        tabTo(page, "start-billing-uncovered-services", 300);
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("/play/"));
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('#reply')");

        assertThat(page.locator("h1").allInnerTexts()).containsExactly("The bill insurance did not pay");
        assertThat(page.locator("#chat").getAttribute("aria-live")).isEqualTo("polite");
        double send = page.locator("#send").boundingBox().width;
        double box = page.locator("#reply").boundingBox().width;
        assertThat(send).as("a compact Send button (play.css loaded)").isLessThan(box / 2);
        String typed = "I'm so sorry you've been passed around, that sounds really frustrating. "
                + "Can you tell me what happened?";
        page.keyboard().type(typed);
        page.keyboard().press("Control+Enter");
        page.waitForFunction("n => document.querySelectorAll('#chat .line').length > n", 1);

        var lines = page.locator("#chat[role=log] .line");
        assertThat(lines.nth(1).innerText()).as("the whole typed reply, sent by Ctrl+Enter").contains(typed);
        assertThat(lines.last().getAttribute("class")).contains("theirs");
        assertThat(lines.last().locator(".text").innerText()).isNotBlank();
        page.waitForFunction("f => !['body', 'none', 'send'].includes((" + FOCUS + ")())", null);
        assertThat(focus(page)).as("focus after a turn").matches("reply|choice-.+");

        int replies = 1;
        while (page.url().contains("/play/")) {
            int shown = lines.count();
            if (focus(page).equals("reply")) {
                page.keyboard().press("Tab");
                page.keyboard().press("Tab");
            }
            assertThat(focus(page)).as("a reply offered has the focus").startsWith("choice-");
            page.keyboard().press("Enter");
            replies++;
            page.waitForFunction("([n, url]) => location.href !== url"
                    + " || document.querySelectorAll('#chat .line').length > n", List.of(shown, page.url()));
            if (page.url().contains("/play/")) {
                page.waitForFunction("() => { const a = document.activeElement;"
                        + " return a && (a.closest('#reply') || (a.closest('vaadin-button') || {id: ''}).id"
                        + ".startsWith('choice-')); }");
            }
            assertThat(replies).as("the conversation ends").isLessThan(40);
        }

        page.waitForURL(url -> url.contains("/debrief/"));
        assertThat(page.locator("#overall-score").innerText()).matches("Score: \\d+%");
        page.context().close();
    }

    @Test
    void read_aloud_speaks_each_new_line_in_the_persona_language_once_turned_on() {
        Page page = browser.newContext().newPage();
        page.setDefaultTimeout(20_000);
        // the browser's speech synthesis, replaced by one that notes what it was asked to say
        page.addInitScript("window.__spoken = []; Object.defineProperty(window, 'speechSynthesis', {value: {"
                + " speak: u => window.__spoken.push([u.text, u.lang]), cancel: () => {}, getVoices: () => []}});");
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").fill("trainee");
        page.locator("vaadin-login-form input[name=password]").fill("rapport");
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("#start-spanish-interpreter-son").click();
        page.waitForURL(url -> url.contains("/play/"));
        page.locator("#choices vaadin-button[id^=choice-]").first().waitFor();
        assertThat(page.evaluate("() => window.__spoken.length")).as("off at first").isEqualTo(0);

        page.locator("#read-aloud").click();
        page.waitForFunction("() => window.__spoken.length === 1");
        @SuppressWarnings("unchecked")
        var first = (List<Object>) page.evaluate("() => window.__spoken[0]");
        assertThat(first.get(0).toString()).startsWith("Buenos días");
        assertThat(first.get(1)).isEqualTo("es");

        page.locator("#choices vaadin-button[id^=choice-]").first().click();
        page.waitForFunction("() => window.__spoken.length === 2");
        Object said = page.evaluate("() => window.__spoken[1][0]");
        assertThat(page.locator("#chat .line.theirs").last().locator(".text").innerText()).isEqualTo(said);
        page.context().close();
    }
}
