/*
 * Server CPU per played reply, measured from outside: plays replies in Chromium (Playwright) against a running
 * Rapport started with the demo profile, and reads the server's CPU from /proc (utime+stime of the process, and the
 * on-CPU ns of its threads around each reply). Reports, never asserts.
 *
 *   CP=$(find ~/.m2/repository/com/microsoft/playwright ~/.m2/repository/com/google/code/gson/gson/2.11.0 \
 *        -name '*.jar' | tr '\n' :)
 *   java -cp "$CP" tools/play-cpu/PlayCpu.java http://localhost:8080 <server pid> <replies> 0 choice|typed|keys
 *
 * choice: clicks the first reply offered; typed: fills the reply box at once and sends; keys: types the reply key by
 * key (25 ms apart, as a person would) and sends with Ctrl+Enter. Play the same number of replies once first to warm
 * up the JIT. Profile with: jcmd <pid> JFR.start settings=profile filename=play.jfr (start the server with
 * -XX:FlightRecorderOptions:stackdepth=512, Vaadin's stacks are deep), then jfr print --events jdk.ExecutionSample.
 */
import com.microsoft.playwright.*;
import java.nio.file.*;
import java.util.*;

/** Plays replies in Chromium against a running Rapport and reports the server's CPU per reply. */
public class PlayCpu {
    static long pid;
    static final long[] UIDL_BYTES = new long[2];
    static long ticks() throws Exception { // utime+stime of the whole process, clock ticks (1/100 s)
        String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
    static long ns() throws Exception { // on-CPU ns summed over live threads
        long sum = 0;
        try (var ds = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path t : ds) {
                try { sum += Long.parseLong(Files.readString(t.resolve("schedstat")).split(" ")[0]); } catch (Exception e) { }
            }
        }
        return sum;
    }
    static void idle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients && "
            + "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }
    public static void main(String[] a) throws Exception {
        String base = a[0]; pid = Long.parseLong(a[1]); int replies = Integer.parseInt(a[2]); int warm = Integer.parseInt(a[3]);
        String mode = a.length > 4 ? a[4] : "choice";
        String scenario = "billing-uncovered-services";
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser b = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu")));
            Page page = b.newContext().newPage();
            page.setDefaultTimeout(30_000);
            page.onResponse(r -> { if (r.url().contains("v-r=uidl")) { try { UIDL_BYTES[0] += r.body().length; UIDL_BYTES[1]++; } catch (RuntimeException e) { } } });
            page.navigate(base + "/login");
            page.locator("vaadin-login-form input[name=username]").fill("trainee");
            page.locator("vaadin-login-form input[name=password]").fill("rapport");
            page.locator("vaadin-login-form vaadin-button").filter(new Locator.FilterOptions().setHasText("Log in")).first().click();
            page.waitForURL(u -> !u.contains("/login"));
            int done = 0; long replyNs = 0; long replyNsTyped = 0; int typed = 0; long t0 = 0, n0 = 0; long wall0 = 0;
            List<Long> each = new ArrayList<>(); long replyBytes = 0, replyReqs = 0;
            while (done < warm + replies) {
                if (done == warm) { t0 = ticks(); n0 = ns(); wall0 = System.nanoTime(); }
                idle(page);
                if (!page.url().contains("/play/")) {
                    page.navigate(base + "/");
                    // a started attempt offers Resume first; the scenarios must have been imported (readiness)
                    Locator start = page.locator("#resume-" + scenario + ", #start-" + scenario).first();
                    page.locator("#start-" + scenario).waitFor(new Locator.WaitForOptions()
                            .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
                    start.waitFor();
                    start.click();
                    page.waitForURL(u -> u.contains("/play/"));
                }
                idle(page);
                Locator reply = page.locator("#reply textarea");
                boolean typeIt = (mode.equals("typed") || mode.equals("keys")) && reply.count() > 0;
                long before; long bytes0 = UIDL_BYTES[0], reqs0 = UIDL_BYTES[1];
                if (typeIt && mode.equals("keys")) {
                    before = ns();
                    reply.focus();
                    page.keyboard().type("I'm so sorry you've been passed around, that sounds exhausting. Can you tell me what happened?", new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(25));
                    page.keyboard().press("Control+Enter");
                } else if (typeIt) {
                    reply.fill("I'm so sorry you've been passed around, that sounds exhausting. Can you tell me what happened?");
                    idle(page);
                    before = ns();
                    page.locator("#send").click();
                } else {
                    Locator choice = page.locator("#choices vaadin-button[id^=choice-]").first();
                    choice.waitFor();
                    before = ns();
                    choice.click();
                }
                page.waitForTimeout(30);
                idle(page);
                long spent = ns() - before;
                if (done >= warm) { replyBytes += UIDL_BYTES[0] - bytes0; replyReqs += UIDL_BYTES[1] - reqs0; }
                if (done >= warm) { each.add(spent); if (typeIt) { replyNsTyped += spent; typed++; } else replyNs += spent; }
                done++;
                if (page.url().contains("/debrief/")) { page.locator("#overall-score").waitFor(); idle(page); }
            }
            long ms = (ticks() - t0) * 10; long nsAll = ns() - n0;
            Collections.sort(each);
            System.out.printf("replies=%d (typed %d) wall=%.1fs%n", replies, typed, (System.nanoTime() - wall0) / 1e9);
            System.out.printf("process CPU incl. page loads: %.1f ms/reply (stat), %.1f ms/reply (live threads)%n", (double) ms / replies, nsAll / 1e6 / replies);
            System.out.printf("reply round trip only: choice %.1f ms avg over %d, typed %.1f ms avg over %d; median %.1f p90 %.1f%n",
                replyNs / 1e6 / Math.max(1, replies - typed), replies - typed, replyNsTyped / 1e6 / Math.max(1, typed), typed,
                each.get(each.size() / 2) / 1e6, each.get(each.size() * 9 / 10) / 1e6);
            System.out.printf("UIDL per reply: %.0f bytes in %.1f requests%n", (double) replyBytes / replies, (double) replyReqs / replies);
            b.close();
        }
    }
}
