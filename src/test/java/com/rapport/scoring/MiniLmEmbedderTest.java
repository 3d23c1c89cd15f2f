package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

    @Test
    void loadingTheModelSwitchesOffTheTokenizerLibrarysCallHomeAndDownloads() {
        System.clearProperty("OPT_OUT_TRACKING");
        System.setProperty("ai.djl.offline", "false");

        float[] vector = new MiniLmEmbedder().embed("I'm sorry you waited so long.");

        assertThat(vector).hasSize(384);
        assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    }
}
