package com.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.MovableClock;

/**
 * The idle sign-out over raw HTTP, speaking Vaadin's own protocol as an open tab does: what the page sends by itself
 * (a component's state, the warning's own events) does not keep a quiet session open, the user's input does, and
 * the tab's next check ends a session that has been quiet for the idle timeout (30 minutes; the clock is moved).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(MovableClock.InTheApp.class)
class IdleSignOutTest {

    private static final String POLL = "{\"type\":\"event\",\"node\":1,\"event\":\"ui-poll\"}";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    private SignInClient browser;

    @BeforeEach
    void signedInTrainee() throws Exception {
        browser = new SignInClient(port);
        assertThat(SignInClient.location(browser.login("trainee", "rapport"))).doesNotContain("/login");
    }

    @Test
    void what_the_page_sends_by_itself_does_not_keep_a_quiet_session_open() throws Exception {
        var tab = Tab.open(browser);
        clock.moveAhead(Duration.ofMinutes(29));
        // as a page sends unasked (a layout's overlay state after a resize, the warning's opened-changed and closed):
        // an event that is not the user's input, and a message with nothing in it
        tab.send("{\"type\":\"event\",\"node\":1,\"event\":\"overlay-changed\",\"data\":{}}");
        tab.send("");
        clock.moveAhead(Duration.ofMinutes(2));

        assertThat(tab.send(POLL)).as("the check after 31 quiet minutes").contains("login?idle");
        assertThat(browser.signedIn()).as("the session has ended").isFalse();
    }

    @Test
    void the_users_input_keeps_the_session_open() throws Exception {
        var tab = Tab.open(browser);
        clock.moveAhead(Duration.ofMinutes(29));
        tab.send("{\"type\":\"event\",\"node\":1,\"event\":\"rapport-input\",\"data\":{}}");
        clock.moveAhead(Duration.ofMinutes(2));

        assertThat(tab.send(POLL)).as("the check 2 minutes after the input").doesNotContain("login?idle");

        clock.moveAhead(Duration.ofMinutes(29));
        assertThat(tab.send(POLL)).as("the check 31 quiet minutes after the input").contains("login?idle");
        assertThat(browser.signedIn()).as("the session has ended").isFalse();
    }

    /** One open tab: its UI, Vaadin's token for it and the message counters its client keeps. */
    private static final class Tab {
        private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
        private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
        private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");

        private final SignInClient browser;
        private final String uiId;
        private final String key;
        private int syncId;
        private int clientId;

        private Tab(SignInClient browser, String uiId, String key, int syncId) {
            this.browser = browser;
            this.uiId = uiId;
            this.key = key;
            this.syncId = syncId;
        }

        /** Opens the start page as Vaadin's client does: the UI is made, then it navigates to the route. */
        static Tab open(SignInClient browser) throws Exception {
            var init = browser.get("/?v-r=init&location=&query=");
            assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
            var tab = new Tab(browser, find(UI_ID, init.body()), find(KEY, init.body()),
                    Integer.parseInt(find(SYNC_ID, init.body())));
            tab.send("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":\"\","
                    + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
            return tab;
        }

        /** Sends one message with this invocation (none if blank) and returns Vaadin's answer. */
        String send(String invocation) throws Exception {
            String body = "{\"csrfToken\":\"" + key + "\",\"rpc\":[" + invocation + "],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId++ + "}";
            HttpResponse<String> answer = browser.http.send(HttpRequest.newBuilder(
                    browser.uri("/?v-r=uidl&v-uiId=" + uiId)).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            Matcher sync = SYNC_ID.matcher(answer.body());
            if (sync.find()) {
                syncId = Integer.parseInt(sync.group(1));
            }
            return answer.body();
        }

        private static String find(Pattern pattern, String text) {
            Matcher matcher = pattern.matcher(text);
            assertThat(matcher.find()).as(pattern + " in " + text.substring(0, Math.min(600, text.length()))).isTrue();
            return matcher.group(1);
        }
    }
}
