package com.rapport.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.rapport.Application;
import com.rapport.TestUsers;

class AttemptSurvivesRestartTest {

    @TempDir
    Path dataDir;

    /** Each app started here installs its own security context strategy globally; put the test JVM's back. */
    private final org.springframework.security.core.context.SecurityContextHolderStrategy strategy =
            org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();

    @org.junit.jupiter.api.AfterEach
    void restoreSecurityContextStrategy() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategy);
    }

    @Test
    void a_finished_attempt_and_an_unfinished_one_are_both_there_after_a_restart() {
        long finished;
        long unfinished;
        int score;
        try (var first = start()) {
            var practice = first.getBean(PlayService.class);
            var debriefs = first.getBean(DebriefService.class);
            finished = TestUsers.as("trainee", "TRAINEE", () -> {
                long id = practice.start("ed-wait-family");
                while (!practice.play(id).finished()) {
                    practice.answer(id, practice.play(id).options().getFirst().id());
                }
                return id;
            });
            score = TestUsers.as("trainee", "TRAINEE", () -> debriefs.debrief(finished).scorePercent());
            unfinished = TestUsers.as("trainee", "TRAINEE", () -> {
                long id = practice.start("billing-uncovered-services");
                practice.answer(id, practice.play(id).options().getFirst().id());
                return id;
            });
        }

        try (var second = start()) {
            var practice = second.getBean(PlayService.class);
            var debriefs = second.getBean(DebriefService.class);
            var attempts = second.getBean(AttemptService.class);
            TestUsers.as("trainee", "TRAINEE", () -> {
                assertThat(attempts.myAttempts()).extracting(AttemptSummary::id).contains(finished, unfinished);
                assertThat(debriefs.debrief(finished).scorePercent()).isEqualTo(score);
                assertThat(practice.play(unfinished).transcript()).hasSize(3);
                return null;
            });
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .properties("rapport.data-dir=" + dataDir.toAbsolutePath(),
                        "spring.datasource.url=jdbc:h2:file:" + dataDir.toAbsolutePath() + "/rapport",
                        "spring.main.banner-mode=off", "server.port=0")
                .run();
    }
}
