package com.rapport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void one_is_singular_and_every_other_count_plural() {
        assertThat(Plural.of(1, "file", "files")).isEqualTo("1 file");
        assertThat(Plural.of(0, "file", "files")).isEqualTo("0 files");
        assertThat(Plural.of(12, "warning", "warnings")).isEqualTo("12 warnings");
    }
}
