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
        assertThat(output()).containsPattern("\\d+ file\\(s\\) checked: 0 error\\(s\\), 0 warning\\(s\\)");
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
    void validate_exits_2_on_usage_errors() {
        assertThat(new ValidateCommand(o(), e()).run(List.of())).isEqualTo(2);
        assertThat(new ValidateCommand(o(), e()).run(List.of("no/such/file.yaml"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    @Test
    void paths_counts_every_path_and_names_each_ending() {
        int code = new PathsCommand(o(), e()).run(List.of("scenarios/results-caller-unverified.yaml"));

        assertThat(code).isZero();
        assertThat(output()).containsPattern("\\d+ path\\(s\\) from 'opening'")
                .contains("ending safe-and-supported (resolved):")
                .containsPattern("shortest: \\d+ decision\\(s\\): opening ->")
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
