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
        assertThat(json.get("language").asString()).isEqualTo("en");
        assertThat(json.get("scored").asBoolean()).isTrue();
        assertThat(json.get("percent").asInt()).isBetween(1, 100);
    }

    @Test
    void a_reply_the_moment_does_not_understand_is_not_scored_there_and_earns_no_share_of_its_points() {
        int code = run("--text", "Purple giraffes enjoy the quarterly fiscal roadmap.",
                "--scenario", "billing-uncovered-services", "--node", "opening");

        assertThat(code).isZero();
        var json = lines().getFirst();
        assertThat(json.get("intent").isNull()).isTrue();
        assertThat(json.get("scored").asBoolean()).isFalse();
        assertThat(json.get("percent").asInt()).isZero();
    }

    @Test
    void a_spanish_reply_is_marked_spanish_and_not_scored_never_as_empty_english() {
        int code = run("--text", "Señora, lo siento mucho. Vamos a revisar su factura ahora mismo.",
                "--scenario", "billing-uncovered-services", "--node", "opening");

        assertThat(code).isZero();
        var json = lines().getFirst();
        assertThat(json.get("language").asString()).isEqualTo("es");
        assertThat(json.get("scored").asBoolean()).isFalse();
        assertThat(json.get("percent").asInt()).isZero();
        assertThat(json.get("violations")).isEmpty();
    }

    @Test
    void a_spanish_reply_to_a_patient_who_speaks_spanish_is_scored() {
        int code = run("--text", "Buenos días, señora. Me llamo Alex, de Relaciones con los Pacientes. Voy a pedir"
                + " un intérprete médico por video, es gratis, para que usted pueda hablar conmigo directamente.",
                "--scenario", "spanish-interpreter-son", "--node", "opening");

        assertThat(code).isZero();
        var json = lines().getFirst();
        assertThat(json.get("language").asString()).isEqualTo("es");
        assertThat(json.get("scored").asBoolean()).isTrue();
        assertThat(json.get("percent").asInt()).isPositive();
    }

    @Test
    void personal_details_that_look_real_are_replaced_before_scoring_and_named_as_tags() {
        int code = run("--text", "I'm so sorry. I'll call you back on 617-555-2368 by Friday.", "--scenario",
                "billing-uncovered-services", "--node", "opening");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("617-555-2368");
        assertThat(lines().getFirst().get("redacted").get(0).asString()).isEqualTo("[PHONE]");
    }

    @Test
    void without_a_moment_there_is_no_percent() {
        assertThat(run("--text", "I'm so sorry.")).isZero();
        assertThat(lines().getFirst().has("percent")).isFalse();
        assertThat(lines().getFirst().get("scored").asBoolean()).isTrue();
    }

    @Test
    void emoji_noise_or_keywords_without_a_sentence_are_not_scored_even_without_a_moment() {
        assertThat(run("--text", "\uD83D\uDE21\uD83D\uDE21 \uD83D\uDC4D")).isZero();
        assertThat(run("--text", "sorry empathy listen verify callback interpreter ownership")).isZero();
        assertThat(run("--text", "...!!! ???")).isZero();

        assertThat(lines()).hasSize(3).allSatisfy(json -> {
            assertThat(json.get("scored").asBoolean()).isFalse();
            assertThat(json.get("criteria").get("empathy").get("evidence")).isEmpty();
        });
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
    void a_broken_csv_file_exits_1_with_a_message_not_a_stack_trace(@TempDir Path dir) throws IOException {
        Path unclosed = dir.resolve("unclosed.csv");
        Files.writeString(unclosed, "text\n\"I'm sorry, that sounds awful.\n");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "text\nSe\u00f1ora, lo siento.\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(run("--file", unclosed.toString())).isEqualTo(1);
        assertThat(run("--file", latin1.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unclosed.csv is not a readable CSV file")
                .contains("latin1.csv").doesNotContain("Exception");
    }

    @Test
    void bad_usage_exits_2_and_unknown_scenarios_exit_1() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--text", "hi", "--bogus", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --bogus").contains("usage:");
        assertThat(run("--text", "  ")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--text is empty");
        assertThat(run("--text", "hi", "--scenario", "no-such-scenario")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no scenario 'no-such-scenario' in ")
                .contains("--scenarios-dir says where the scenarios are");
    }
}
