package com.rapport.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One simulated trainee: signs in, opens the catalogue, starts (or resumes) a scenario, and replies after a think
 * time each turn, choosing a button or, at a free-text moment, typing a reply (synced as the text area syncs while
 * typing, then sent); after an ending it goes back to the catalogue and starts another. When its node goes away
 * mid-attempt (connection refused, session unknown on the other node) it signs in again through the same address,
 * resumes the attempt from the catalogue and logs both events for the two-node check:
 * {@code STARTED user node attempt}, {@code INTERRUPTED user node attempt acked} (replies the node acknowledged) and
 * {@code RESUMED user node attempt}.
 */
final class Trainee implements Runnable {

    static final String STALE = "That reply was already sent";
    private static final List<String> REPLIES = List.of(
            "I'm so sorry you've been waiting this long. I can see how worried you are, and I want to help. Let me "
                    + "check with the nurse right now and come back to you within ten minutes with an update.",
            "That sounds really frightening. You're right to ask. I'll find out where things stand and tell you "
                    + "exactly what happens next, and I'll stay in touch until she has been seen.",
            "I understand, and I'm sorry. Here is what I can do: I'll speak to the charge nurse about the delay and "
                    + "let you know what they say. Is there anything you need while you wait?");

    private final String username;
    private final String password;
    private final Settings settings;
    private final Stats stats;
    private final VaadinTab tab;
    private final PrintStream events;
    private String scenario = "";
    private int acked;
    /** The node of the last answered request: a failed one may already carry the balancer's next node. */
    private String node = "-";

    record Settings(long thinkMillis, long endAtMillis, double typedShare, int typingSyncs, List<String> scenarios,
            String stickyCookie) {
    }

    Trainee(String username, String password, HttpClient http, URI base, Settings settings, Stats stats,
            PrintStream events) {
        this.username = username;
        this.password = password;
        this.settings = settings;
        this.stats = stats;
        this.tab = new VaadinTab(http, base, stats);
        this.events = events;
    }

    @Override
    public void run() {
        boolean resume = false;
        while (System.currentTimeMillis() < settings.endAtMillis()) {
            try {
                if (!tab.signIn(username, password)) {
                    return;
                }
                startOrResume(resume);
                resume = false;
                play();
            } catch (VaadinTab.Broken e) {
                if (tab.attemptId() > 0 && !scenario.isEmpty()) {
                    events.printf("INTERRUPTED %s %s %d %d%n", username, node, tab.attemptId(), acked);
                    resume = true;
                }
                pause(backOff());
            } catch (IOException e) {
                stats.error("other", e.toString());
                pause(backOff());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Signs out, which ends the session on the server (so the next run starts from none). */
    void signOut() {
        try {
            if (!tab.has("logout")) {
                tab.open("");
            }
            tab.click("logout", "logout");
        } catch (IOException e) {
            // the session is gone already
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void startOrResume(boolean resume) throws IOException, InterruptedException {
        tab.open("");
        if (resume && tab.has("resume-" + scenario)) {
            long before = tab.attemptId();
            tab.click("resume-" + scenario, "start");
            node = node();
            events.printf("RESUMED %s %s %d %s%n", username, node, tab.attemptId(),
                    tab.attemptId() == before ? "same-attempt" : "other-attempt");
            stats.count("resumed");
            return;
        }
        startFromCatalogue();
    }

    /** Starts a random scenario from the catalogue on screen. */
    private void startFromCatalogue() throws IOException, InterruptedException {
        List<String> starts = tab.idsStartingWith("start-").stream()
                .filter(id -> settings.scenarios().isEmpty() || settings.scenarios().contains(id.substring(6)))
                .toList();
        if (starts.isEmpty()) {
            stats.error("start", "no scenario in the catalogue");
            throw new VaadinTab.Broken("empty catalogue");
        }
        String start = starts.get(ThreadLocalRandom.current().nextInt(starts.size()));
        scenario = start.substring("start-".length());
        tab.click(start, "start");
        acked = 0;
        node = node();
        events.printf("STARTED %s %s %d%n", username, node, tab.attemptId());
        stats.count("attempts started");
    }

    /** Replies until the conversation ends (then starts another from the catalogue) or time is up. */
    private void play() throws IOException, InterruptedException {
        while (System.currentTimeMillis() < settings.endAtMillis()) {
            think();
            List<String> choices = tab.idsStartingWith("choice-");
            boolean canType = tab.has("reply") && tab.has("send");
            if (choices.isEmpty() && !canType) {
                stats.count("attempts finished");
                scenario = "";
                // the last reply opens the debrief (or the ending offers it); as a trainee in a browser: read it, then
                // back to the catalogue, all in the same UI
                if (tab.has("to-debrief")) {
                    tab.click("to-debrief", "debrief");
                }
                if (tab.has("back-to-scenarios")) {
                    think();
                    tab.click("back-to-scenarios", "page");
                    startFromCatalogue();
                    continue;
                }
                startOrResume(false);
                continue;
            }
            if (canType && (choices.isEmpty() || ThreadLocalRandom.current().nextDouble() < settings.typedShare())) {
                typeReply();
            } else {
                tab.click(choices.get(ThreadLocalRandom.current().nextInt(choices.size())), "choice");
                stats.count("replies choice");
            }
            acked++;
            if (tab.lastAnswerContains(STALE)) {
                stats.error("stale", "stale reply notice");
            }
        }
    }

    private void typeReply() throws IOException, InterruptedException {
        String text = REPLIES.get(ThreadLocalRandom.current().nextInt(REPLIES.size()));
        for (int i = 1; i <= settings.typingSyncs(); i++) {
            tab.type("reply", text.substring(0, text.length() * i / (settings.typingSyncs() + 1)), "typing");
        }
        tab.type("reply", text, "typing");
        tab.click("send", "typed");
        stats.count("replies typed");
    }

    private void think() throws InterruptedException {
        long think = settings.thinkMillis();
        Thread.sleep(think / 2 + ThreadLocalRandom.current().nextLong(think + 1));
    }

    private String node() {
        return tab.cookie(settings.stickyCookie()).orElse("-");
    }

    /** 5-10 s after a failure, so a node that stumbles is not met by all its trainees signing in at once. */
    private static long backOff() {
        return 5000 + ThreadLocalRandom.current().nextLong(5000);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
