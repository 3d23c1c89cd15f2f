package com.rapport.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line diff of two versions of a file (longest common subsequence), as a trainer reads it. The lines both
 * versions start and end with are matched first; when what is left between them is too large to compare line by
 * line within {@link #MAX_CELLS} (two huge files), that middle is shown as removed, then added, instead of taking
 * the memory of the server.
 */
public final class LineDiff {

    /** The most line pairs compared (4 bytes each): 4,000,000, 16 MB. */
    static final long MAX_CELLS = 4_000_000L;

    public enum Kind {
        SAME, REMOVED, ADDED
    }

    /** One line of the diff, with its number in the old and the new version (0 where it has none). */
    public record Line(Kind kind, int oldNumber, int newNumber, String text) {
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
            middle(a, b, start, endA, endB, lines);
        } else {
            for (int i = start; i < endA; i++) {
                lines.add(new Line(Kind.REMOVED, i + 1, 0, a[i]));
            }
            for (int j = start; j < endB; j++) {
                lines.add(new Line(Kind.ADDED, 0, j + 1, b[j]));
            }
        }
        for (int i = endA, j = endB; i < a.length; i++, j++) {
            lines.add(new Line(Kind.SAME, i + 1, j + 1, a[i]));
        }
        return lines;
    }

    /** The lines from {@code start} to the ends, by longest common subsequence. */
    private static void middle(String[] a, String[] b, int start, int endA, int endB, List<Line> lines) {
        int n = endA - start;
        int m = endB - start;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[start + i].equals(b[start + j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[start + i].equals(b[start + j])) {
                lines.add(new Line(Kind.SAME, start + i + 1, start + j + 1, a[start + i]));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                lines.add(new Line(Kind.ADDED, 0, start + j + 1, b[start + j]));
                j++;
            } else {
                lines.add(new Line(Kind.REMOVED, start + i + 1, 0, a[start + i]));
                i++;
            }
        }
    }
}
