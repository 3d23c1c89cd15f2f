package com.rapport.load;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The load test: N simulated trainees ({@link Trainee}) play real scenarios through Vaadin's protocol against a
 * running Rapport (one node, or a load balancer), each replying after a think time, and it reports the round trips
 * per request type (p50/p95/p99), errors, replies played, and, given the server's process id on this machine, the
 * server CPU per reply in the steady window (after the ramp-up) and the heap per session after a full GC. It
 * measures and reports; it asserts nothing. Run it with {@code scripts/load-test} (README, "Scale-out and load");
 * the accounts {@code load-0001}… come from {@code scripts/load-users}.
 */
public final class LoadTest {

    static final String USAGE = """
            usage: LoadTest --url URL [--trainees N] [--think 15s] [--minutes 3] [--ramp 60s] [--pid PID[,PID]]
                            [--first 1] [--password P] [--typed-share 0.5] [--typing-syncs 3]
                            [--scenarios id,id] [--events FILE] [--sticky-cookie SERVERID] [--keep-sessions]""";
    static final String PASSWORD = "load-test-password";

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(options.getOrDefault("url", "http://127.0.0.1:8080").replaceAll("/?$", "/"));
        int trainees = Integer.parseInt(options.getOrDefault("trainees", "10"));
        int first = Integer.parseInt(options.getOrDefault("first", "1"));
        long think = millis(options.getOrDefault("think", "15s"));
        long runMillis = (long) (Double.parseDouble(options.getOrDefault("minutes", "3")) * 60_000);
        long ramp = millis(options.getOrDefault("ramp", Math.min(60_000, think * 2) + "ms"));
        ServerProbe server = options.containsKey("pid") ? new ServerProbe(
                Arrays.stream(options.get("pid").split(",")).map(Long::parseLong).toList()) : null;
        List<String> scenarios = options.containsKey("scenarios")
                ? Arrays.asList(options.get("scenarios").split(",")) : List.of();
        PrintStream events = options.containsKey("events")
                ? new PrintStream(new FileOutputStream(options.get("events"), true), true)
                : new PrintStream(java.io.OutputStream.nullOutputStream());

        var stats = new Stats();
        long startAt = System.currentTimeMillis();
        var settings = new Trainee.Settings(think, startAt + runMillis,
                Double.parseDouble(options.getOrDefault("typed-share", "0.5")),
                Integer.parseInt(options.getOrDefault("typing-syncs", "3")), scenarios,
                options.getOrDefault("sticky-cookie", "SERVERID"));
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        System.out.printf("Load test: %d trainees on %s, think %d ms (±50%%), %.1f min, ramp-up %d ms%n", trainees,
                base, think, runMillis / 60_000.0, ramp);
        long heapBefore = server == null ? -1 : server.heapAfterGcKb();
        List<Thread> threads = new ArrayList<>();
        List<Trainee> all = new ArrayList<>();
        String password = options.getOrDefault("password", PASSWORD);
        for (int i = 0; i < trainees; i++) {
            var trainee = new Trainee(String.format("load-%04d", first + i), password, http, base, settings, stats,
                    events);
            all.add(trainee);
            long delay = ramp * i / Math.max(1, trainees);
            threads.add(Thread.ofVirtual().name("trainee-" + i).start(() -> {
                sleep(delay);
                trainee.run();
            }));
        }
        sleep(Math.min(ramp, runMillis));
        long windowStart = System.currentTimeMillis();
        stats.startWindow();
        double cpuBefore = server == null ? 0 : server.cpuSeconds();
        long repliesBefore = stats.counter("replies choice") + stats.counter("replies typed");
        sleep(Math.max(0, startAt + runMillis - System.currentTimeMillis()));
        double cpuAfter = server == null ? 0 : server.cpuSeconds();
        stats.endWindow();
        long windowReplies = stats.counter("replies choice") + stats.counter("replies typed") - repliesBefore;
        double windowSeconds = (System.currentTimeMillis() - windowStart) / 1000.0;
        for (Thread thread : threads) {
            thread.join(think * 2 + 60_000);
        }
        long heapAfter = server == null ? -1 : server.heapAfterGcKb();

        System.out.println();
        System.out.print(stats.table());
        System.out.println();
        System.out.println("steady window only (requests started after the ramp-up, before the end):");
        System.out.print(stats.steadyTable());
        System.out.println();
        System.out.println("counters: " + stats.counters());
        if (stats.errors() > 0) {
            System.out.println("first errors:\n" + stats.errorReasons());
        }
        String cpu = "-";
        String heap = "-";
        if (server != null) {
            double cpuPerReply = windowReplies == 0 ? Double.NaN : (cpuAfter - cpuBefore) * 1000 / windowReplies;
            cpu = String.format("%.1f", cpuPerReply);
            heap = String.format("%.0f", (heapAfter - heapBefore) / (double) trainees);
            System.out.printf("steady window %.0f s: %d replies (%.1f/s), server CPU %.1f s = %s ms per reply "
                    + "(%.0f%% of one core)%n", windowSeconds, windowReplies, windowReplies / windowSeconds,
                    cpuAfter - cpuBefore, cpu, (cpuAfter - cpuBefore) * 100 / windowSeconds);
            System.out.printf("heap after GC: %d KB before, %d KB with %d sessions open = %s KB per session%n",
                    heapBefore, heapAfter, trainees, heap);
        }
        System.out.printf("SUMMARY trainees=%d all_p50=%s all_p95=%s all_p99=%s reply_p50=%s reply_p95=%s "
                + "reply_p99=%s steady_p50=%s steady_p95=%s steady_p99=%s errors=%d replies=%d cpu_ms_per_reply=%s "
                + "heap_kb_per_session=%s%n", trainees,
                stats.percentile(Stats.ALL, 50), stats.percentile(Stats.ALL, 95), stats.percentile(Stats.ALL, 99),
                stats.percentile(Stats.REPLIES, 50), stats.percentile(Stats.REPLIES, 95),
                stats.percentile(Stats.REPLIES, 99), stats.steadyPercentile(Stats.ALL, 50),
                stats.steadyPercentile(Stats.ALL, 95), stats.steadyPercentile(Stats.ALL, 99), stats.errors(),
                stats.counter("replies choice") + stats.counter("replies typed"), cpu, heap);
        events.close();
        if (!options.containsKey("keep-sessions")) {
            List<Thread> leaving = all.stream().map(t -> Thread.ofVirtual().start(t::signOut)).toList();
            for (Thread thread : leaving) {
                thread.join(60_000);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException(args[i] + "\n" + USAGE);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        return options;
    }

    /** "15s", "500ms", "2m" or plain milliseconds. */
    static long millis(String value) {
        if (value.endsWith("ms")) {
            return Long.parseLong(value.substring(0, value.length() - 2));
        }
        if (value.endsWith("s")) {
            return (long) (Double.parseDouble(value.substring(0, value.length() - 1)) * 1000);
        }
        if (value.endsWith("m")) {
            return (long) (Double.parseDouble(value.substring(0, value.length() - 1)) * 60_000);
        }
        return Long.parseLong(value);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
