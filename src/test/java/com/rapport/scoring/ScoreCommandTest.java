package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScoreCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ScoreCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    private List<JsonNode> lines() {
        var mapper = JsonMapper.builder().build();
        return out.toString(StandardCharsets.UTF_8).lines().map(mapper::readTree).toList();
    }

    @Test
    void a_reply_prints_one_json_object_with_all_eight_criteria_and_the_blamed_words() {
        int code = run("--text", "Calm down, his biopsy came back benign.");

        assertThat(code).isZero();
        var json = lines().getFirst();
        assertThat(json.get("criteria").propertyNames()).containsExactly("empathy", "active-listening", "hipaa",
                "plain-language", "ownership", "professionalism", "cultural-sensitivity", "follow-up");
        assertThat(json.get("criteria").get("hipaa").get("level").asInt()).isZero();
        assertThat(json.get("violations")).anySatisfy(v -> {
            assertThat(v.get("criterion").asString()).isEqualTo("hipaa");
            assertThat(v.get("severity").asString()).isEqualTo("critical");
        });
        assertThat(json.get("violations")).anySatisfy(v -> assertThat(v.get("text").asString()).isEqualTo("Calm down"));
        assertThat(json.get("intent").isNull()).isTrue();
        assertThat(json.get("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void a_scenario_node_picks_the_intent_and_a_flag_changes_the_hipaa_context() {
        int code = run("--text", "That sounds really stressful. Tell me what happened from the start, I'm listening.",
                "--scenario", "billing-uncovered-services", "--node", "opening", "--set", "identity_verified=true");

        assertThat(code).isZero();
        var json = lines().getFirst();
        assertThat(json.get("intent").asString()).isEqualTo("acknowledge-and-listen");
        assertThat(json.get("confidence").asDouble()).isGreaterThan(0.5);
    }

    @Test
    void a_csv_file_scores_every_row_as_one_json_line(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("replies.csv");
        Files.writeString(csv, "text,identity_verified\n\"I'm sorry, that sounds awful.\",false\n"
                + "\"Yes, she's here, room 4.\",false\n\"Yes, she's here, room 4.\",true\n");

        assertThat(run("--file", csv.toString())).isZero();

        var rows = lines();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get("violations")).isNotEmpty();
        assertThat(rows.get(2).get("violations")).isEmpty();
    }

    @Test
    void bad_usage_exits_2_and_unknown_scenarios_exit_1() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--text", "hi", "--bogus", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --bogus").contains("usage:");
        assertThat(run("--text", "hi", "--scenario", "no-such-scenario")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no scenario 'no-such-scenario'");
    }
}
