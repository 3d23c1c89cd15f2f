package com.rapport.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** What must hold on every database Rapport runs on; subclasses pick the database. */
@WithMockUser(username = "storage-trainee", roles = "TRAINEE")
abstract class AttemptStorageTests {

    static final String SCENARIO = "results-caller-unverified";

    @Autowired
    AttemptService attempts;

    @Autowired
    DebriefService debriefs;

    @Autowired
    PlayService play;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.rapport.scenario.ScenarioLibrary library;

    @Test
    void an_attempt_keeps_the_version_it_started_on_when_a_new_version_is_uploaded() throws Exception {
        long before = play.start(SCENARIO);
        String opening = play.play(before).transcript().getLast().text();
        String file = java.nio.file.Files.readString(java.nio.file.Path.of("scenarios/" + SCENARIO + ".yaml"));
        String changed = file.replace(opening, "A different opening line for the new version.");
        var parsed = new com.rapport.scenario.ScenarioParser().parse(SCENARIO + ".yaml",
                changed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(parsed.scenario()).as("%s", parsed.problems()).isNotNull();

        var stored = library.store(SCENARIO + ".yaml", changed.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                com.rapport.scenario.ScenarioVersion.Source.UPLOAD, "storage-trainer", parsed.problems(),
                parsed.scenario());
        long after = play.start(SCENARIO);

        assertThat(stored.inUse()).isTrue();
        assertThat(play.play(before).transcript().getLast().text()).isEqualTo(opening);
        assertThat(play.play(after).transcript().getLast().text())
                .isEqualTo("A different opening line for the new version.");
        assertThat(jdbc.queryForObject("select count(*) from scenario_version where scenario_id = ? and in_use",
                Integer.class, SCENARIO)).isEqualTo(1);

        // put the shipped version back for the other tests
        byte[] original = file.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        library.store(SCENARIO + ".yaml", original, com.rapport.scenario.ScenarioVersion.Source.UPLOAD,
                "storage-trainer", List.of(), new com.rapport.scenario.ScenarioParser().parse(SCENARIO + ".yaml",
                        original).scenario());
    }

    @Test
    void a_typed_reply_is_stored_with_real_looking_personal_details_replaced_by_tags() {
        long id = play.start("billing-uncovered-services");

        var state = play.answerTyped(id, "I'm so sorry. Is your SSN 123-45-6789? I'll call 617-555-2368 or write to "
                + "jane.doe@gmail.com about MRN 00482913.");

        String stored = jdbc.queryForObject("select reply_text from turn where attempt_id = ?", String.class, id);
        assertThat(stored).isEqualTo("I'm so sorry. Is your SSN [SSN]? I'll call [PHONE] or write to [EMAIL] about "
                + "MRN [MRN].");
        assertThat(jdbc.queryForList("select e.text from turn_evidence e join turn t on t.id = e.turn_id "
                + "where t.attempt_id = ?", String.class, id)).noneMatch(t -> t.matches(".*(6789|2368|jane|0048).*"));
        assertThat(state.redacted()).containsExactly("[SSN]", "[PHONE]", "[EMAIL]", "[MRN]");
    }

    @Test
    void each_reply_is_committed_as_soon_as_it_is_made() {
        long id = play.start(SCENARIO);
        String first = play.play(id).options().getFirst().id();

        play.answer(id, first);

        // read straight from the database, outside the service's transaction
        assertThat(jdbc.queryForObject("select count(*) from turn where attempt_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select choice_id from turn where attempt_id = ?", String.class, id))
                .isEqualTo(first);
        assertThat(jdbc.queryForObject(
                "select count(*) from turn_score s join turn t on t.id = s.turn_id where t.attempt_id = ?",
                Integer.class, id)).isPositive();
        assertThat(play.play(id).transcript()).hasSize(3);
    }

    @Test
    void a_finished_attempt_keeps_its_outcome_score_and_feedback() {
        long id = play.start(SCENARIO);
        int replies = 0;
        while (!play.play(id).finished()) {
            play.answer(id, play.play(id).options().getLast().id());
            replies++;
        }

        Debrief debrief = debriefs.debrief(id);

        assertThat(debrief.outcome()).isNotNull();
        assertThat(debrief.finishedAt()).isNotNull();
        assertThat(debrief.replies()).hasSize(replies);
        assertThat(debrief.replies()).allSatisfy(r -> assertThat(r.points()).isNotEmpty());
        assertThat(debrief.endingDebrief()).isNotBlank();
        assertThat(attempts.myAttempts()).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.scorePercent()).isEqualTo(debrief.scorePercent());
        });
    }
}
