package com.rapport.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Round trips per request type (milliseconds, kept whole so percentiles are exact), errors per type with their
 * first reasons, and counters (replies played, attempts finished). Thread-safe: every simulated trainee writes here.
 */
final class Stats {

    static final String ALL = "(all)";
    static final String REPLIES = "(replies)";

    private final Map<String, List<Long>> nanos = new TreeMap<>();
    private final Map<String, AtomicLong> errors = new TreeMap<>();
    private final Map<String, String> firstError = new TreeMap<>();
    private final Map<String, AtomicLong> counters = new TreeMap<>();
    /** The same round trips, only those that started in the steady window (after the ramp-up of sign-ins). */
    private final Map<String, List<Long>> steady = new TreeMap<>();
    private long windowStart = Long.MAX_VALUE;
    private long windowEnd = Long.MAX_VALUE;

    /** From now on, round trips also count as the steady window's. */
    synchronized void startWindow() {
        windowStart = System.nanoTime();
    }

    synchronized void endWindow() {
        windowEnd = System.nanoTime();
    }

    /** Every user action is also counted under "(all)"; replies under "(replies)". */
    synchronized void record(String kind, long elapsedNanos) {
        long started = System.nanoTime() - elapsedNanos;
        List<Map<String, List<Long>>> into = started >= windowStart && started < windowEnd ? List.of(nanos, steady)
                : List.of(nanos);
        for (Map<String, List<Long>> rows : into) {
            rows.computeIfAbsent(kind, k -> new ArrayList<>()).add(elapsedNanos);
            rows.computeIfAbsent(ALL, k -> new ArrayList<>()).add(elapsedNanos);
            if (kind.equals("choice") || kind.equals("typed")) {
                rows.computeIfAbsent(REPLIES, k -> new ArrayList<>()).add(elapsedNanos);
            }
        }
    }

    /** The p-th percentile of one row in the steady window, in ms ("-" when empty). */
    synchronized String steadyPercentile(String kind, int p) {
        return percentile(sorted(steady, kind), p);
    }

    /** The p-th percentile of one row, in ms ("-" when empty). */
    synchronized String percentile(String kind, int p) {
        return percentile(sorted(nanos, kind), p);
    }

    /** One row's round trips, sorted (a copy). */
    private static List<Long> sorted(Map<String, List<Long>> rows, String kind) {
        List<Long> sorted = new ArrayList<>(rows.getOrDefault(kind, List.of()));
        Collections.sort(sorted);
        return sorted;
    }

    synchronized void error(String kind, String reason) {
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        firstError.putIfAbsent(kind + ": " + reason, reason);
    }

    synchronized void count(String counter) {
        counters.computeIfAbsent(counter, k -> new AtomicLong()).incrementAndGet();
    }

    synchronized long counter(String counter) {
        AtomicLong value = counters.get(counter);
        return value == null ? 0 : value.get();
    }

    synchronized long errors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** The table: one row per request type with count, p50/p95/p99/max in ms, and errors. */
    synchronized String table() {
        return table(nanos, true);
    }

    /** As {@link #table()}, only the round trips that started in the steady window (errors: the whole run's). */
    synchronized String steadyTable() {
        return table(steady, false);
    }

    private String table(Map<String, List<Long>> rows, boolean withErrors) {
        var out = new StringBuilder("| request | count | p50 ms | p95 ms | p99 ms | max ms | errors |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        var kinds = new java.util.TreeSet<>(rows.keySet());
        if (withErrors) {
            kinds.addAll(errors.keySet());
        }
        for (String kind : kinds) {
            List<Long> sorted = sorted(rows, kind);
            AtomicLong failed = kind.equals(ALL) ? new AtomicLong(errors()) : errors.get(kind);
            out.append(String.format("| %s | %d | %s | %s | %s | %s | %d |%n", kind, sorted.size(),
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    percentile(sorted, 100), failed == null ? 0 : failed.get()));
        }
        return out.toString();
    }

    synchronized String errorReasons() {
        return String.join("\n", firstError.keySet().stream().limit(20).toList());
    }

    synchronized String counters() {
        var out = new StringBuilder();
        counters.forEach((name, value) -> out.append(name).append('=').append(value.get()).append(' '));
        return out.toString().strip();
    }

    /** Nearest-rank percentile, in milliseconds with one decimal; "-" when nothing was measured. */
    static String percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        long value = sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
        return String.format("%.1f", value / 1e6);
    }
}
