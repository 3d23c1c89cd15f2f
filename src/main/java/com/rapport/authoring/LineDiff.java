package com.rapport.authoring;

import java.util.ArrayList;
import java.util.List;

/** A line-by-line diff of two versions of a file (longest common subsequence), as a trainer reads it. */
public final class LineDiff {

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
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        var lines = new ArrayList<Line>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add(new Line(Kind.SAME, i + 1, j + 1, a[i]));
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                lines.add(new Line(Kind.ADDED, 0, j + 1, b[j]));
                j++;
            } else {
                lines.add(new Line(Kind.REMOVED, i + 1, 0, a[i]));
                i++;
            }
        }
        return lines;
    }
}
