package com.rapport.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.rapport.scenario.Mood;
import com.rapport.scenario.Persona;

class PortraitTest {

    private static final Persona DENISE = new Persona("Denise Carter", 58, Persona.Role.PATIENT, "Calls about a bill.",
            null, 3);

    @Test
    void the_same_persona_at_the_same_mood_is_drawn_the_same_every_time() {
        assertThat(Portrait.svg(DENISE, new Mood(4))).isEqualTo(Portrait.svg(DENISE, new Mood(4)));
    }

    @Test
    void each_of_the_five_mood_bands_has_its_own_expression() {
        var faces = IntStream.of(0, 2, 4, 6, 9).mapToObj(v -> Portrait.svg(DENISE, new Mood(v))).distinct();

        assertThat(faces).hasSize(5);
    }

    @Test
    void moods_in_the_same_band_keep_the_same_face_so_it_is_not_redrawn() {
        assertThat(Portrait.svg(DENISE, new Mood(4))).isEqualTo(Portrait.svg(DENISE, new Mood(5)));
    }

    @Test
    void different_people_look_different() {
        var colleague = new Persona("Jordan Ellis", 27, Persona.Role.COLLEAGUE, "A colleague.", null, 5);
        var caller = new Persona("Rosa María Delgado", 58, Persona.Role.CALLER, "Calls.", null, 4);

        assertThat(Portrait.svg(colleague, new Mood(5))).isNotEqualTo(Portrait.svg(DENISE, new Mood(5)))
                .isNotEqualTo(Portrait.svg(caller, new Mood(5)));
    }

    @Test
    void the_drawing_holds_no_text_and_is_hidden_from_screen_readers_which_read_its_label_instead() {
        String svg = Portrait.svg(new Persona("<script>alert(1)</script>", null, Persona.Role.RELATIVE, "x", null, 5),
                new Mood(5));

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("aria-hidden='true'").doesNotContain("script");
    }
}
