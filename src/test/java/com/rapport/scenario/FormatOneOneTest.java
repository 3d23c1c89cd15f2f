package com.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Format 1.1: other people in the scene, lines in several voices, and reply timers; none of it in a 1.0 file. */
class FormatOneOneTest {

    private final ScenarioParser parser = new ScenarioParser();

    static final String TWO_VOICES = """
            format: "1.1"
            id: tiny
            title: A tiny visit
            tier: mid
            topics: [language-access]
            summary: A patient and her son at the desk.
            persona:
              name: Rosa Diaz
              role: patient
              situation: Rosa came with her son.
              mood: 4
            people:
              - id: mateo
                name: Mateo
                role: relative
              - id: kim
                name: Nurse Kim
                role: staff
            start: opening
            nodes:
              opening:
                patient: "No entiendo los papeles."
                lines:
                  - speaker: mateo
                    text: "I can translate for her."
                  - speaker: kim
                    text: "Room four is ready when she is."
                reply-timer:
                  seconds: 45
                  mood: -2
                  rubric:
                    - criterion: empathy
                      points: -1
                      feedback: the family had been waiting at the desk.
                choices:
                  - id: interpreter
                    text: "I'll get a medical interpreter on the line for the clinical part."
                    next: done
                    rubric:
                      - criterion: cultural-sensitivity
                        points: 3
                        feedback: Brings in a qualified interpreter.
                  - id: son
                    text: "Great, Mateo, can you tell her what the papers say?"
                    next: done
                    rubric:
                      - criterion: cultural-sensitivity
                        points: -3
                        feedback: Uses a relative for clinical facts.
            endings:
              done:
                outcome: resolved
                debrief: The visit went on.
            """;

    private ScenarioParser.Result parse(String yaml) {
        return parser.parse("tiny.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_scene_with_two_other_voices_and_a_timer_loads_with_its_speakers_in_order() {
        var result = parse(TWO_VOICES);

        assertThat(result.problems()).isEmpty();
        Scenario scenario = result.scenario();
        assertThat(scenario).isNotNull();
        Node opening = scenario.nodes().get("opening");
        assertThat(scenario.voicesAt(opening, new Mood(4))).extracting(Voice::labelled).containsExactly(
                "Rosa Diaz: No entiendo los papeles.", "Mateo: I can translate for her.",
                "Nurse Kim: Room four is ready when she is.");
        assertThat(scenario.speakersAt(opening)).containsExactly("Rosa Diaz", "Mateo", "Nurse Kim");
        assertThat(opening.replyTimer().late(Duration.ofSeconds(45))).isFalse();
        assertThat(opening.replyTimer().late(Duration.ofSeconds(46))).isTrue();
    }

    @Test
    void a_moment_may_be_said_by_the_other_people_alone() {
        var result = parse(TWO_VOICES.replace("    patient: \"No entiendo los papeles.\"\n", ""));

        assertThat(result.problems()).isEmpty();
        assertThat(result.scenario().speakersAt(result.scenario().nodes().get("opening")))
                .containsExactly("Mateo", "Nurse Kim");
    }

    @Test
    void the_new_keys_in_a_format_1_0_file_are_each_an_error_at_their_line_naming_format_1_1() {
        var result = parse(TWO_VOICES.replace("format: \"1.1\"", "format: \"1.0\""));

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(Problem::toString).containsExactly(
                "tiny.yaml:12:1: error: 'people' needs format: \"1.1\"; this file says format 1.0",
                "tiny.yaml:23:5: error: 'lines' needs format: \"1.1\"; this file says format 1.0",
                "tiny.yaml:28:5: error: 'reply-timer' needs format: \"1.1\"; this file says format 1.0");
    }

    @Test
    void a_file_with_no_format_is_1_0_and_refuses_the_new_keys_too() {
        var result = parse(TWO_VOICES.replace("format: \"1.1\"\n", ""));

        assertThat(result.errors()).hasSize(3)
                .allSatisfy(p -> assertThat(p.message()).endsWith("this file says no format (1.0)"));
    }

    @Test
    void format_1_0_files_without_the_new_keys_stay_valid() {
        assertThat(parse(ScenarioParserTest.GOOD).problems()).isEmpty();
        assertThat(parse("format: \"1.0\"\n" + ScenarioParserTest.GOOD).problems()).isEmpty();
    }

    @Test
    void an_unknown_format_is_an_error() {
        assertThat(parse(TWO_VOICES.replace("format: \"1.1\"", "format: \"2.0\"")).errors())
                .extracting(Problem::toString)
                .contains("tiny.yaml:1:1: error: this version of Rapport reads format 1.0 or 1.1, not 2.0");
    }

    @Test
    void a_misspelled_speaker_is_an_error_at_its_line_with_a_suggestion() {
        var result = parse(TWO_VOICES.replace("speaker: mateo", "speaker: mateoo"));

        assertThat(result.errors()).extracting(Problem::toString).containsExactly(
                "tiny.yaml:24:9: error: 'mateoo' is not in the scene (did you mean 'mateo'?); speakers here are"
                        + " kim, mateo, patient");
    }

    @Test
    void an_empty_line_is_an_error_and_a_person_nobody_hears_a_warning() {
        var result = parse(TWO_VOICES.replace("text: \"Room four is ready when she is.\"", "text: \"  \"")
                .replace("speaker: kim", "speaker: patient"));

        assertThat(result.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "tiny.yaml:27:9: error: empty line",
                "tiny.yaml:16:5: warning: 'kim' is in the scene but no node's lines give them anything to say");
    }

    @Test
    void person_ids_are_unique_and_never_patient() {
        var result = parse(TWO_VOICES.replace("id: kim", "id: patient").replace("speaker: kim", "speaker: mateo")
                .replace("  - id: patient", "  - id: mateo\n    name: Mateo Jr\n    role: relative\n  - id: patient"));

        assertThat(result.errors()).extracting(Problem::message).containsExactly(
                "person id 'mateo' is used twice",
                "'patient' always means the persona; give this person another id");
    }

    @Test
    void a_timer_is_checked_for_seconds_mood_and_deductions_only() {
        var result = parse(TWO_VOICES.replace("seconds: 45", "seconds: 5").replace("mood: -2", "mood: 1")
                .replace("points: -1", "points: 2"));

        assertThat(result.errors()).extracting(Problem::toString).containsExactly(
                "tiny.yaml:29:7: error: seconds must be from 10 to 600, not 5",
                "tiny.yaml:30:7: error: a late reply may lower the mood by 0 to 3 (mood -3 to 0), not 1",
                "tiny.yaml:33:11: error: a late reply only loses points: from -5 to 0, not 2");
    }

    @Test
    void a_timer_deduction_names_a_criterion_that_exists() {
        var result = parse(TWO_VOICES.replace("criterion: empathy", "criterion: empathyy"));

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(32);
            assertThat(p.message()).contains("did you mean 'empathy'?");
        });
    }

    @Test
    void a_late_reply_lowers_the_mood_and_costs_the_timer_points_on_top_of_the_reply() {
        Scenario scenario = parse(TWO_VOICES).scenario();
        Node opening = scenario.nodes().get("opening");
        Choice interpreter = opening.choiceList().getFirst();
        Conversation replied = Conversation.begin(scenario).choose(interpreter, opening.pointsFor(interpreter));

        Conversation late = replied.late(opening.replyTimer());

        assertThat(replied.mood()).isEqualTo(4);
        assertThat(late.mood()).isEqualTo(2);
        assertThat(late.tallies().get(Criterion.EMPATHY)).isEqualTo(new Conversation.Tally(-1, 0));
        assertThat(late.tallies().get(Criterion.CULTURAL_SENSITIVITY)).isEqualTo(replied.tallies()
                .get(Criterion.CULTURAL_SENSITIVITY));
    }

    @Test
    void the_branch_map_names_who_speaks_at_each_moment_and_its_timer() {
        Scenario scenario = parse(TWO_VOICES).scenario();

        String svg = BranchMap.svg(scenario, scenario.reachable());

        assertThat(svg).contains("Rosa Diaz / Mateo / Nurse Kim").contains("timer 45 s");
    }

    @Test
    void a_stored_moment_reads_back_as_the_same_voices() {
        Scenario scenario = parse(TWO_VOICES).scenario();
        var voices = scenario.voicesAt(scenario.nodes().get("opening"), new Mood(4));

        String stored = Transcripts.stored(scenario, voices);

        assertThat(stored).startsWith("Rosa Diaz: No entiendo").contains("\nMateo: I can translate");
        assertThat(Transcripts.read(scenario, stored)).isEqualTo(voices);
    }
}
