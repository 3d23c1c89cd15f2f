package com.rapport.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void a_changed_line_is_added_and_removed_between_the_lines_both_keep() {
        var lines = LineDiff.of("a\nb\nc\nd", "a\nB\nc\nd");

        assertThat(lines).extracting(l -> l.kind() + " " + l.oldNumber() + " " + l.newNumber() + " " + l.text())
                .containsExactly("SAME 1 1 a", "ADDED 0 2 B", "REMOVED 2 0 b", "SAME 3 3 c", "SAME 4 4 d");
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
