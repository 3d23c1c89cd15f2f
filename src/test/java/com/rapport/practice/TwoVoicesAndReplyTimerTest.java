package com.rapport.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.MovableClock;
import com.rapport.scenario.Criterion;

/**
 * A scene with several voices (format 1.1) played through the play service: every line carries its speaker's name,
 * in play and in the debrief; and a reply timer judged by the server's clock, from when the moment was shown.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "voices-trainee", roles = "TRAINEE")
class TwoVoicesAndReplyTimerTest {

    @TestConfiguration
    @Import(MovableClock.InTheApp.class)
    static class Config {
    }

    private static final String SCENARIO = "discharge-daughter-interprets";

    @Autowired
    PlayService play;

    @Autowired
    DebriefService debriefs;

    @Autowired
    MovableClock clock;

    /** Plays the best replies up to the moment where the nurse interrupts, under a 45-second reply timer. */
    private long toTheNurse() {
        long id = play.start(SCENARIO);
        play.answer(id, "greet-and-interpreter");
        play.answer(id, "ask-carmen");
        PlayState state = play.answer(id, "both-heard");
        assertThat(state.debug().node()).isEqualTo("nurse-interrupts");
        return id;
    }

    @Test
    void every_line_of_a_scene_with_several_voices_is_shown_with_its_speakers_name() {
        long id = play.start(SCENARIO);

        PlayState state = play.play(id);

        assertThat(state.transcript()).extracting(PlayState.Line::speaker, PlayState.Line::name).containsExactly(
                tuple(PlayState.Speaker.PATIENT, "Lucía"), tuple(PlayState.Speaker.PATIENT, "Carmen Ortega"));
        assertThat(state.transcript().getFirst().text()).startsWith("Thank you for coming.");
        assertThat(state.timer()).isNull();
    }

    @Test
    void the_debrief_names_who_said_what_at_each_moment() {
        long id = toTheNurse();
        play.answer(id, "teach-with-interpreter");

        var replies = debriefs.debrief(id).replies();

        assertThat(replies.getFirst().patientLine()).startsWith("Lucía: Thank you for coming.")
                .contains("\nCarmen Ortega: (To you, with a small smile) Buenos días.");
        assertThat(replies.get(3).patientLine()).startsWith("Nurse Priya Shah: Sorry to interrupt.")
                .contains("\nLucía: Yes, of course, I always do.");
        assertThat(play.play(id).transcript()).extracting(PlayState.Line::name).contains("Nurse Priya Shah");
    }

    @Test
    void a_reply_in_time_costs_nothing_extra_and_a_late_one_still_counts_with_the_timers_mood_and_points() {
        long inTime = toTheNurse();
        assertThat(play.play(inTime).timer()).isEqualTo(new PlayState.Timer(45, 45));
        play.answer(inTime, "teach-with-interpreter");

        long late = toTheNurse();
        clock.moveAhead(Duration.ofSeconds(74));
        assertThat(play.play(late).timer()).isEqualTo(new PlayState.Timer(45, 0));
        PlayState after = play.answer(late, "teach-with-interpreter");

        assertThat(after.debug().node()).as("the late reply still counts").isEqualTo("teaching");
        var onTime = debriefs.debrief(inTime).replies().get(3);
        var tooLate = debriefs.debrief(late).replies().get(3);
        assertThat(onTime.points()).noneSatisfy(p -> assertThat(p.feedback()).startsWith("You took"));
        assertThat(tooLate.points()).containsAll(onTime.points()).contains(new Debrief.Point(Criterion.PROFESSIONALISM,
                -1, 0, "You took 74 s; Priya was standing at the door with the folder while the room waited for you;"
                        + " a short, clear answer lets everyone move."));
        assertThat(tooLate.moodAfter()).isEqualTo(onTime.moodAfter() - 1);
    }

    @Test
    void reloading_the_moment_does_not_restart_its_timer() {
        long id = toTheNurse();
        clock.moveAhead(Duration.ofSeconds(30));

        assertThat(play.play(id).timer().remainingSeconds()).isEqualTo(15);
        clock.moveAhead(Duration.ofSeconds(20));
        play.answer(id, "teach-with-interpreter");

        assertThat(debriefs.debrief(id).replies().get(3).points())
                .anySatisfy(p -> assertThat(p.feedback()).startsWith("You took 50 s;"));
    }
}
