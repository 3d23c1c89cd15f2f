package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which replies the rubric can read: English ones, including those with a word or two of Spanish in them. */
class LanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"I'm so sorry, that sounds frustrating.", "ok", "",
            "Buenos días, Mrs. Delgado. I'm calling an interpreter for you now.", "Gracias for waiting, I know it's been long.",
            "u waited 6 hrs?? thats not ok, let me find out whats going on"})
    void english_replies_are_english(String reply) {
        assertThat(Language.of(reply)).isEqualTo(Language.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Señora, lo siento mucho. Vamos a llamar a un intérprete.",
            "No se preocupe, su hijo puede quedarse aquí con usted.",
            "Entiendo que está muy molesta por la factura, y quiero ayudarla."})
    void spanish_replies_are_spanish(String reply) {
        assertThat(Language.of(reply)).isEqualTo(Language.SPANISH);
    }
}
