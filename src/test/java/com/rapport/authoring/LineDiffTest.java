package com.rapport.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
    }

    @Test
    void a_changed_line_is_removed_then_added_between_the_lines_both_keep() {
        var lines = LineDiff.of("a\nb\nc\nd", "a\nB\nc\nd");

        assertThat(lines).extracting(l -> l.kind() + " " + l.oldNumber() + " " + l.newNumber() + " " + l.text())
                .containsExactly("SAME 1 1 a", "REMOVED 2 0 b", "ADDED 0 2 B", "SAME 3 3 c", "SAME 4 4 d");
    }

    @Test
    void within_a_change_of_several_lines_every_removal_comes_before_every_addition() {
        var lines = LineDiff.of("keep\nold 1\nold 2\nkeep too", "keep\nnew 1\nnew 2\nnew 3\nkeep too");

        assertThat(lines).extracting(l -> l.kind().name()).containsExactly("SAME", "REMOVED", "REMOVED", "ADDED",
                "ADDED", "ADDED", "SAME");
    }

    @Test
    void a_hunk_shows_three_lines_of_context_on_each_side_of_a_change_and_no_more() {
        String before = numbered(1, 20);
        String after = before.replace("line 10\n", "line ten\n");

        var hunks = LineDiff.hunks(LineDiff.of(before, after), LineDiff.CONTEXT);

        assertThat(hunks).singleElement().satisfies(h -> {
            assertThat(h.header()).isEqualTo("@@ -7,7 +7,7 @@");
            assertThat(h.lines()).extracting(LineDiff.Line::text).containsExactly("line 7", "line 8", "line 9",
                    "line 10", "line ten", "line 11", "line 12", "line 13");
        });
    }

    @Test
    void changes_far_apart_get_hunks_of_their_own_and_close_ones_share_one() {
        String before = numbered(1, 40);
        String far = before.replace("line 5\n", "five\n").replace("line 30\n", "thirty\n");
        String close = before.replace("line 5\n", "five\n").replace("line 9\n", "nine\n");

        assertThat(LineDiff.hunks(LineDiff.of(before, far), 3)).extracting(LineDiff.Hunk::header)
                .containsExactly("@@ -2,7 +2,7 @@", "@@ -27,7 +27,7 @@");
        assertThat(LineDiff.hunks(LineDiff.of(before, close), 3)).extracting(LineDiff.Hunk::header)
                .containsExactly("@@ -2,11 +2,11 @@");
    }

    @Test
    void a_line_moved_within_a_file_shows_as_one_removal_and_one_addition() {
        var lines = LineDiff.of("a\nb\nc\nd\ne", "a\nc\nd\nb\ne");

        assertThat(lines.stream().filter(l -> l.kind() != LineDiff.Kind.SAME).count()).isEqualTo(2);
        assertThat(LineDiff.changed(lines)).isTrue();
        assertThat(LineDiff.changed(LineDiff.of("same", "same"))).isFalse();
    }

    @Test
    void two_huge_different_files_are_compared_without_taking_the_servers_memory() {
        String before = "same\n" + "x\n".repeat(200_000) + "end";
        String after = "same\n" + "y\n".repeat(200_000) + "end";

        var lines = LineDiff.of(before, after);

        assertThat(lines).hasSize(400_002);
        assertThat(lines.getFirst().kind()).isEqualTo(LineDiff.Kind.SAME);
        assertThat(lines.get(1)).isEqualTo(new LineDiff.Line(LineDiff.Kind.REMOVED, 2, 0, "x"));
        assertThat(lines.get(200_001)).isEqualTo(new LineDiff.Line(LineDiff.Kind.ADDED, 0, 2, "y"));
        assertThat(lines.getLast()).isEqualTo(new LineDiff.Line(LineDiff.Kind.SAME, 200_002, 200_002, "end"));
    }
}
