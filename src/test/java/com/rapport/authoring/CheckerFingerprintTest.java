package com.rapport.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.rapport.scoring.Rubric;
import com.rapport.scoring.RubricLoader;

/** The example checks' fingerprint: the same for the same rubric and build, another for any rubric change. */
class CheckerFingerprintTest {

    private static final Path SHIPPED = Path.of("scenarios", RubricLoader.FILE_NAME);

    private static Rubric rubric(String text) {
        var result = RubricLoader.parse(RubricLoader.FILE_NAME, text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.rubric()).as("%s", result.problems()).isNotNull();
        return result.rubric();
    }

    @Test
    void the_same_rubric_read_twice_gives_the_same_fingerprint() throws IOException {
        String text = Files.readString(SHIPPED);

        assertThat(CheckerFingerprint.of(rubric(text))).isEqualTo(CheckerFingerprint.of(rubric(text)))
                .hasSize(64);
    }

    @Test
    void a_changed_threshold_in_the_rubric_gives_another_fingerprint() throws IOException {
        String text = Files.readString(SHIPPED);
        String changed = text.replace("paraphrase-threshold: 0.60", "paraphrase-threshold: 0.61");
        assertThat(changed).isNotEqualTo(text);

        assertThat(CheckerFingerprint.of(rubric(changed))).isNotEqualTo(CheckerFingerprint.of(rubric(text)));
    }

    @Test
    void a_changed_comment_in_the_rubric_keeps_the_fingerprint() throws IOException {
        String text = Files.readString(SHIPPED);

        assertThat(CheckerFingerprint.of(rubric("# a trainer's note\n" + text)))
                .isEqualTo(CheckerFingerprint.of(rubric(text)));
    }

    @Test
    void the_built_in_rubric_has_a_fingerprint_of_its_own_unless_it_is_the_shipped_one() throws IOException {
        String shipped = Files.readString(SHIPPED);
        String other = shipped.replace("relevance-margin: -0.10", "relevance-margin: -0.20");

        assertThat(CheckerFingerprint.of(RubricLoader.builtIn())).isEqualTo(CheckerFingerprint.of(rubric(shipped)))
                .isNotEqualTo(CheckerFingerprint.of(rubric(other)));
    }
}
