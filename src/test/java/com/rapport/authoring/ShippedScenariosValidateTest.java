package com.rapport.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.rapport.scoring.MiniLmEmbedder;
import com.rapport.scoring.RubricLoader;
import com.rapport.scoring.Scorer;

/** Every shipped scenario passes the full validator, its examples scored by the real rubric, with no warnings. */
class ShippedScenariosValidateTest {

    @Test
    void every_shipped_scenario_validates_with_no_errors_and_no_warnings_examples_included() throws IOException {
        var validator = new ScenarioValidator(
                new Scorer(RubricLoader.load(Path.of("scenarios")).rubric(), new MiniLmEmbedder()));
        var files = com.rapport.scenario.ScenarioFiles.list(Path.of("scenarios"), false).files();

        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (Path file : files) {
            var report = validator.validate(file.toString(), Files.readAllBytes(file));
            assertThat(report.problems()).as("problems in %s", file).isEmpty();
            assertThat(Files.readAllLines(file).getFirst())
                    .isEqualTo("# yaml-language-server: $schema=./scenario.schema.json");
        }
    }
}
