package com.rapport.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * A line-by-line diff of two versions of a file, as a trainer reads it: every line kept, removed or added, the
 * removed lines of a change before the added ones, and grouped into {@link Hunk}s with lines of context. The lines
 * both versions start and end with are matched first; the middle is compared by java-diff-utils (Myers) unless it is
 * too large to compare within {@link #MAX_CELLS} (two huge files), when it is shown as removed, then added, instead
 * of taking the time and memory of the server.
 */
public final class LineDiff {

    /** The most line pairs compared: beyond it, the middle of two files counts as replaced whole. */
    static final long MAX_CELLS = 4_000_000L;

    /** Lines of context around each change in a hunk, as in {@code diff -u}. */
    public static final int CONTEXT = 3;

    public enum Kind {
        SAME, REMOVED, ADDED
    }

    /** One line of the diff, with its number in the old and the new version (0 where it has none). */
    public record Line(Kind kind, int oldNumber, int newNumber, String text) {
    }

    /**
     * A run of changed lines with the unchanged lines around them, headed as {@code @@ -oldStart,oldCount
     * +newStart,newCount @@}.
     */
    public record Hunk(int oldStart, int oldCount, int newStart, int newCount, List<Line> lines) {

        public String header() {
            return "@@ -" + oldStart + "," + oldCount + " +" + newStart + "," + newCount + " @@";
        }
    }

    private LineDiff() {
    }

    public static List<Line> of(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        var lines = new ArrayList<Line>();
        for (int i = 0; i < start; i++) {
            lines.add(new Line(Kind.SAME, i + 1, i + 1, a[i]));
        }
        if ((long) (endA - start + 1) * (endB - start + 1) <= MAX_CELLS) {
            middle(Arrays.asList(a).subList(start, endA), Arrays.asList(b).subList(start, endB), start, lines);
        } else {
            replaced(a, b, start, endA, start, endB, lines);
        }
        for (int i = endA, j = endB; i < a.length; i++, j++) {
            lines.add(new Line(Kind.SAME, i + 1, j + 1, a[i]));
        }
        return lines;
    }

    /** Whether the two versions differ at all. */
    public static boolean changed(List<Line> lines) {
        return lines.stream().anyMatch(l -> l.kind() != Kind.SAME);
    }

    /** The middle of the two files, {@code offset} lines in, by java-diff-utils' deltas. */
    private static void middle(List<String> a, List<String> b, int offset, List<Line> lines) {
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int from = delta.getSource().getPosition();
            int to = delta.getTarget().getPosition();
            for (; i < from; i++, j++) {
                lines.add(new Line(Kind.SAME, offset + i + 1, offset + j + 1, a.get(i)));
            }
            j = to;
            replaced(a, b, i, i + delta.getSource().size(), j, j + delta.getTarget().size(), offset, lines);
            i += delta.getSource().size();
            j += delta.getTarget().size();
        }
        for (; i < a.size(); i++, j++) {
            lines.add(new Line(Kind.SAME, offset + i + 1, offset + j + 1, a.get(i)));
        }
    }

    private static void replaced(String[] a, String[] b, int fromA, int toA, int fromB, int toB, List<Line> lines) {
        replaced(Arrays.asList(a), Arrays.asList(b), fromA, toA, fromB, toB, 0, lines);
    }

    /** Lines of the old version replaced by lines of the new one: the removed ones first. */
    private static void replaced(List<String> a, List<String> b, int fromA, int toA, int fromB, int toB, int offset,
            List<Line> lines) {
        for (int i = fromA; i < toA; i++) {
            lines.add(new Line(Kind.REMOVED, offset + i + 1, 0, a.get(i)));
        }
        for (int j = fromB; j < toB; j++) {
            lines.add(new Line(Kind.ADDED, 0, offset + j + 1, b.get(j)));
        }
    }

    /**
     * The changes with {@code context} unchanged lines before and after each; changes closer together than twice
     * that share a hunk.
     */
    public static List<Hunk> hunks(List<Line> lines, int context) {
        var hunks = new ArrayList<Hunk>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() == Kind.SAME) {
                i++;
                continue;
            }
            int first = Math.max(0, i - context);
            int last = i;
            int same = 0;
            for (int k = i; k < lines.size(); k++) {
                if (lines.get(k).kind() == Kind.SAME) {
                    if (++same > 2 * context) {
                        break;
                    }
                } else {
                    last = k;
                    same = 0;
                }
            }
            int end = Math.min(lines.size(), last + 1 + context);
            hunks.add(hunk(lines.subList(first, end)));
            i = end;
        }
        return hunks;
    }

    private static Hunk hunk(List<Line> part) {
        int oldCount = (int) part.stream().filter(l -> l.kind() != Kind.ADDED).count();
        int newCount = (int) part.stream().filter(l -> l.kind() != Kind.REMOVED).count();
        int oldStart = part.stream().filter(l -> l.kind() != Kind.ADDED).mapToInt(Line::oldNumber).findFirst()
                .orElse(0);
        int newStart = part.stream().filter(l -> l.kind() != Kind.REMOVED).mapToInt(Line::newNumber).findFirst()
                .orElse(0);
        return new Hunk(oldStart, oldCount, newStart, newCount, List.copyOf(part));
    }
}
