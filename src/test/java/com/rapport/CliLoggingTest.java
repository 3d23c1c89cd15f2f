package com.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CliLoggingTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CliLogging.Loggers loggers = new CliLogging.Loggers(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anErrorIsOneLineWithItsLevelTheLoggersShortNameAndTheFilledInMessage() {
        loggers.getLogger("ai.djl.huggingface.tokenizers.HuggingFaceTokenizer").error("could not read {} at {}", "x.json", 3);

        assertThat(printed()).isEqualTo("ERROR HuggingFaceTokenizer: could not read x.json at 3" + System.lineSeparator());
    }

    @Test
    void anErrorsExceptionFollowsWithItsStack() {
        loggers.getLogger("Scorer").error("failed", new IllegalStateException("model missing"));

        assertThat(printed()).startsWith("ERROR Scorer: failed" + System.lineSeparator()
                + "java.lang.IllegalStateException: model missing").contains("\tat ");
    }

    @Test
    void warningsInformationAndDebuggingPrintNothing() {
        var logger = loggers.getLogger("Scorer");
        logger.warn("slow");
        logger.info("loaded {}", "model");
        logger.debug("tokens");
        logger.atWarn().log("fluent");

        assertThat(printed()).isEmpty();
        assertThat(logger.isErrorEnabled()).isTrue();
        assertThat(logger.isWarnEnabled()).isFalse();
    }

    @Test
    void theSameNameGivesTheSameLogger() {
        assertThat(loggers.getLogger("a.B")).isSameAs(loggers.getLogger("a.B"));
    }
}
