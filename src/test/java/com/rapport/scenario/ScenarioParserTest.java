package com.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ScenarioParserTest {

    private final ScenarioParser parser = new ScenarioParser();

    static final String GOOD = """
            id: tiny
            title: A tiny call
            tier: entry
            topics: [scheduling]
            summary: A caller wants to move an appointment.
            persona:
              name: Pat Doe
              age: 40
              role: caller
              situation: Pat calls the front desk.
              mood: 3
            start: opening
            nodes:
              opening:
                patient: "I need to move my appointment."
                choices:
                  - id: help
                    text: "I can help you with that. May I have your full name and date of birth?"
                    next: done
                    mood: 2
                    rubric:
                      - criterion: hipaa
                        points: 2
                        feedback: Verifies identity before opening the record.
                  - id: rush
                    text: "What's the name? Oh, I see you're here for your oncology follow-up."
                    next: done
                    mood: -1
                    rubric:
                      - criterion: hipaa
                        points: -5
                        feedback: Names a diagnosis before knowing who is calling.
            endings:
              done:
                outcome: resolved
                debrief: The call ended.
            """;

    private ScenarioParser.Result parse(String yaml) {
        return parser.parse("tiny.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_well_formed_file_loads_with_its_nodes_choices_and_scores() {
        var result = parse(GOOD);

        assertThat(result.problems()).isEmpty();
        Scenario scenario = result.scenario();
        assertThat(scenario).isNotNull();
        assertThat(scenario.tier()).isEqualTo(Tier.ENTRY);
        assertThat(scenario.persona().role()).isEqualTo(Persona.Role.CALLER);
        var rush = scenario.nodes().get("opening").choiceList().get(1);
        assertThat(rush.moodChange()).isEqualTo(-1);
        assertThat(rush.effects()).singleElement()
                .satisfies(e -> assertThat(e.criterion()).isEqualTo(Criterion.HIPAA))
                .satisfies(e -> assertThat(e.points()).isEqualTo(-5));
        assertThat(scenario.criteria()).containsExactly(Criterion.HIPAA);
        assertThat(result.version()).hasSize(64);
    }

    @Test
    void a_misspelled_key_is_an_error_with_its_line_column_and_a_suggestion() {
        var result = parse(GOOD.replace("    patient: \"I need", "    patinet: \"I need"));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(15);
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.message()).contains("unknown key 'patinet'").contains("did you mean 'patient'?");
            assertThat(p.toString()).startsWith("tiny.yaml:15:5: error: unknown key 'patinet'");
        });
    }

    @Test
    void a_misspelled_criterion_names_the_nearest_real_one() {
        var result = parse(GOOD.replace("criterion: hipaa\n            points: 2",
                "criterion: hippa\n            points: 2"));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(22);
            assertThat(p.message()).contains("'hippa'").contains("did you mean 'hipaa'?");
        });
    }

    @Test
    void broken_yaml_is_reported_where_it_breaks() {
        var result = parse(GOOD.replace("topics: [scheduling]", "topics: [scheduling"));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR))
                .satisfies(p -> assertThat(p.line()).isGreaterThanOrEqualTo(4));
    }

    @Test
    void a_choice_leading_nowhere_is_an_error_at_its_next_key() {
        var result = parse(GOOD.replace("next: done\n        mood: -1", "next: dnoe\n        mood: -1"));

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(27);
            assertThat(p.message()).contains("'dnoe' is not a node or an ending").contains("did you mean 'done'?");
        });
    }

    @Test
    void a_missing_required_key_is_named() {
        var result = parse(GOOD.replace("summary: A caller wants to move an appointment.\n", ""));

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(Problem::message).contains("missing required key 'summary'");
    }

    @Test
    void a_key_given_twice_is_an_error() {
        var result = parse(GOOD.replace("tier: entry\n", "tier: entry\ntier: mid\n"));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("key \"tier\" is given twice"))
                .satisfies(p -> assertThat(p.line()).isEqualTo(4));
    }

    @Test
    void out_of_range_values_are_errors() {
        var result = parse(GOOD.replace("points: -5", "points: -50").replace("  mood: 3", "  mood: 30"));

        assertThat(result.errors()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("mood must be from 0"))
                .anySatisfy(m -> assertThat(m).contains("points must be from -5 to 5"));
    }

    @Test
    void an_unreachable_node_is_a_warning_and_the_scenario_still_loads() {
        var result = parse(GOOD.replace("endings:", """
                  orphan:
                    patient: "Nobody hears me."
                    choices:
                      - id: ok
                        text: "OK."
                        next: done
                endings:"""));

        assertThat(result.ok()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).contains("'orphan' cannot be reached");
        });
    }

    @Test
    void a_loop_with_no_way_out_is_an_error() {
        var result = parse(GOOD.replace("next: done\n        mood: 2", "next: opening\n        mood: 2")
                .replace("next: done\n        mood: -1", "next: opening\n        mood: -1"));

        assertThat(result.errors()).extracting(Problem::message).contains("no path from the start reaches an ending");
    }

    @Test
    void an_alias_bomb_is_refused_quickly() {
        var bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(prev);
            bomb.append(", *").append(prev).append(", *").append(prev).append(", *").append(prev).append("]\n");
        }
        var result = parse(bomb.toString());

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("anchors and aliases"))
                .satisfies(p -> assertThat(p.line()).isEqualTo(1));
    }

    @Test
    void an_oversized_file_is_refused_without_parsing() {
        var result = parser.parse("huge.yaml", new byte[com.rapport.RapportProperties.DEFAULT_MAX_SCENARIO_BYTES + 1]);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("may be at most"));
    }

    @Test
    void invalid_utf8_is_an_error_at_its_line_and_column_not_a_replacement_character() {
        byte[] good = GOOD.replace("title: A tiny call", "title: A tiny caf\u00e9 call").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = GOOD.replace("title: A tiny call", "title: A tiny caf\u00e9 call")
                .getBytes(StandardCharsets.ISO_8859_1);

        var result = parser.parse("latin1.yaml", latin1);

        assertThat(parser.parse("utf8.yaml", good).ok()).isTrue();
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("title: A tiny caf".length() + 1);
            assertThat(p.message()).contains("not valid UTF-8").contains("0xE9");
        });
    }

    @Test
    void a_byte_order_mark_utf16_or_a_nul_byte_is_an_error() {
        byte[] bom = ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = GOOD.getBytes(StandardCharsets.UTF_16);
        byte[] nul = GOOD.replace("tier: entry", "tier: en\0try").getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parse("bom.yaml", bom).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("byte order mark"));
        assertThat(parser.parse("utf16.yaml", utf16).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("UTF-16"));
        assertThat(parser.parse("nul.yaml", nul).problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("NUL");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("tier: en".length() + 1);
        });
    }

    @Test
    void absurdly_deep_nesting_is_refused() {
        String deep = "id: " + "[".repeat(5000) + "]".repeat(5000) + "\n";

        var result = parse(deep);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("nested more than 40 deep"));
    }

    @Test
    void a_raised_size_limit_is_the_parsers_limit_too() {
        byte[] padded = (GOOD + "#" + "x".repeat(600 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(new ScenarioParser().parse("big.yaml", padded).ok()).isFalse();
        assertThat(new ScenarioParser(1024 * 1024).parse("big.yaml", padded).ok()).isTrue();
    }

    private String onlyMessage(String yaml) {
        var problems = parse(yaml).problems();
        assertThat(problems).hasSize(1);
        return problems.getFirst().message();
    }

    @Test
    void an_empty_file_or_one_with_only_comments_is_called_empty() {
        assertThat(onlyMessage("")).isEqualTo("the file is empty: it has no keys, only blank lines or comments");
        assertThat(onlyMessage("# just a comment\n\n")).isEqualTo(
                "the file is empty: it has no keys, only blank lines or comments");
    }

    @Test
    void a_file_that_is_one_value_or_a_list_says_it_must_be_keys_and_values() {
        assertThat(onlyMessage("hello\n")).isEqualTo(
                "the file must be keys and values (key: value on each line), not text");
        assertThat(onlyMessage("- id: one\n- id: two\n")).isEqualTo(
                "the file must be keys and values (key: value on each line), not a list");
    }

    @Test
    void a_value_of_the_wrong_shape_names_the_key_what_it_needs_and_what_it_found() {
        assertThat(onlyMessage(GOOD.replace("id: tiny", "id: [tiny, call]"))).isEqualTo(
                "wrong type for 'id': it must be text, not a list");
        assertThat(onlyMessage("id: tiny\npersona: a caller\n")).isEqualTo(
                "wrong type for 'persona': it must be keys and values, not text");
    }

    @Test
    void nesting_too_deep_is_worded_for_an_author_not_a_programmer() {
        String message = onlyMessage("id: " + "[".repeat(50) + "]".repeat(50) + "\n");

        assertThat(message).isEqualTo("lists and keys are nested more than 40 deep here; a scenario never needs that many")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void a_tab_used_for_indenting_is_named_as_the_problem() {
        String message = onlyMessage(GOOD.replaceFirst("\n  ", "\n\t"));

        assertThat(message).contains("tab").contains("indent");
    }

    @Test
    void a_control_character_is_named_with_its_line_and_column() {
        var problems = parse(GOOD.replace("title: A tiny call", "title: A tiny \u00e9 call\u0007"))
                .problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(21);
            assertThat(p.message()).isEqualTo("the character U+0007 (a control character) is not allowed in a YAML"
                    + " file; delete it or retype the text around it");
        });
    }

    @Test
    void a_tab_is_placed_on_its_own_line_not_the_line_before() {
        var problems = parse("id: x\npersona:\n\tname: Pat\n").problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(1);
        });
    }
}
