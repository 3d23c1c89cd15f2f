package com.rapport.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server process costs, read from outside it on the same machine: CPU time from {@code /proc/<pid>/stat}
 * (user + system) and the heap used after a full collection ({@code jcmd <pid> GC.run}, then {@code GC.heap_info}).
 * Given several processes (the nodes of one machine), their sums.
 */
final class ServerProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final List<Long> pids;

    ServerProbe(List<Long> pids) {
        this.pids = List.copyOf(pids);
    }

    /** Seconds of CPU the processes have used since they started. */
    double cpuSeconds() throws IOException {
        double sum = 0;
        for (long pid : pids) {
            sum += cpuSeconds(pid);
        }
        return sum;
    }

    /** Kilobytes of heap in use right after a full GC, summed over the processes. */
    long heapAfterGcKb() throws IOException, InterruptedException {
        long sum = 0;
        for (long pid : pids) {
            sum += heapAfterGcKb(pid);
        }
        return sum;
    }

    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // fields after the command name, which is in parentheses and may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        return (utime + stime) / TICKS_PER_SECOND;
    }

    private static long heapAfterGcKb(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = USED.matcher(info);
        if (!used.find()) {
            throw new IOException("unexpected GC.heap_info: " + info);
        }
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var process = new ProcessBuilder(List.of(java, Long.toString(pid), command)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}
