package com.rapport.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PrintStream o() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private PrintStream e() {
        return new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validate_exits_0_on_the_shipped_library_with_no_problems() {
        assertThat(new ValidateCommand(o(), e()).run(List.of("scenarios"))).isZero();
        assertThat(output()).containsPattern("\\d+ files checked: 0 errors, 0 warnings");
    }

    @Test
    void validate_exits_0_on_warnings_only_and_1_on_errors() {
        assertThat(new ValidateCommand(o(), e()).run(List.of("src/test/resources/validator/unreachable-node.yaml")))
                .isZero();
        assertThat(new ValidateCommand(o(), e()).run(List.of("src/test/resources/validator/missing-reference.yaml",
                "src/test/resources/validator/clean.yaml"))).isEqualTo(1);
        assertThat(output()).contains("missing-reference.yaml:43:9: error: 'dnoe' is not a node or an ending");
    }

    @Test
    void validate_refuses_a_file_over_the_size_limit_without_reading_it(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws java.io.IOException {
        var huge = dir.resolve("huge.yaml");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(30L * 1024 * 1024);
        }

        assertThat(new ValidateCommand(o(), e(), 512 * 1024).run(List.of(huge.toString()))).isEqualTo(1);
        assertThat(output()).contains(huge + ":1:1: error: the file is 31,457,280 bytes (30.0 MB); a scenario file"
                + " may be at most 524,288 bytes (512 KB) (rapport.max-scenario-bytes), so it was not read")
                .contains("1 file checked: 1 error");
    }

    @Test
    void validate_reports_bytes_that_are_not_utf8_at_their_line_and_column(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws java.io.IOException {
        var latin1 = dir.resolve("clean.yaml");
        String clean = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/validator/clean.yaml"));
        int line = (int) clean.substring(0, clean.indexOf("\ntitle: ") + 1).lines().count() + 1;
        java.nio.file.Files.write(latin1, clean.replaceFirst("\ntitle: ", "\ntitle: Caf\u00e9 ")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(new ValidateCommand(o(), e()).run(List.of(latin1.toString()))).isEqualTo(1);
        assertThat(output()).contains(latin1 + ":" + line + ":11: error: the file is not valid UTF-8 here (byte 0xE9)");
    }

    @Test
    void validate_exits_2_on_usage_errors() {
        assertThat(new ValidateCommand(o(), e()).run(List.of())).isEqualTo(2);
        assertThat(new ValidateCommand(o(), e()).run(List.of("no/such/file.yaml"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    @Test
    void paths_counts_every_path_and_names_each_ending() {
        int code = new PathsCommand(o(), e()).run(List.of("scenarios/results-caller-unverified.yaml"));

        assertThat(code).isZero();
        assertThat(output()).containsPattern("\\d+ paths? from 'opening'")
                .contains("ending safe-and-supported (resolved):")
                .containsPattern("shortest: \\d+ decisions?: opening ->")
                .contains("nodes never reached: none");
    }

    @Test
    void paths_reports_unreached_nodes_and_exits_1_on_a_broken_file() {
        assertThat(new PathsCommand(o(), e()).run(List.of("src/test/resources/validator/unreachable-node.yaml")))
                .isZero();
        assertThat(output()).contains("nodes never reached: orphan").contains("replies never reached: orphan/ok");
        assertThat(new PathsCommand(o(), e()).run(List.of("src/test/resources/validator/missing-reference.yaml")))
                .isEqualTo(1);
        assertThat(new PathsCommand(o(), e()).run(List.of())).isEqualTo(2);
    }
}
