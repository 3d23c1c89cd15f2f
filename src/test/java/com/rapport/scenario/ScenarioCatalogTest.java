package com.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.rapport.RapportProperties;

class ScenarioCatalogTest {

    @TempDir
    Path folder;

    @Test
    void a_broken_file_is_reported_with_its_line_and_the_other_scenarios_still_load() throws IOException {
        Files.writeString(folder.resolve("tiny.yaml"), ScenarioParserTest.GOOD);
        Files.createDirectories(folder.resolve("drafts"));
        Files.writeString(folder.resolve("drafts/broken.yaml"),
                ScenarioParserTest.GOOD.replace("id: tiny", "id: broken").replace("    patient: \"I need", "    patinet: \"I need"));
        Files.writeString(folder.resolve("notes.txt"), "not a scenario");

        var catalog = new ScenarioCatalog(new RapportProperties(folder, folder, false));

        assertThat(catalog.all()).extracting(e -> e.scenario().id()).containsExactly("tiny");
        assertThat(catalog.problems()).singleElement().hasToString(
                "drafts/broken.yaml:15:5: error: unknown key 'patinet' (did you mean 'patient'?); allowed here: "
                        + "choices, free-text, jumps, lines, narrator, patient, patient-by-mood, reply-timer");
    }

    @Test
    void two_files_with_the_same_id_keep_the_first_and_report_the_second() throws IOException {
        Files.writeString(folder.resolve("a.yaml"), ScenarioParserTest.GOOD);
        Files.writeString(folder.resolve("b.yaml"), ScenarioParserTest.GOOD);

        var catalog = new ScenarioCatalog(new RapportProperties(folder, folder, false));

        assertThat(catalog.all()).singleElement().satisfies(e -> assertThat(e.file()).isEqualTo("a.yaml"));
        assertThat(catalog.problems()).extracting(Problem::message)
                .contains("scenario id 'tiny' is already used by a.yaml");
    }

    @Test
    void a_missing_folder_loads_nothing_and_does_not_stop_the_app() {
        var catalog = new ScenarioCatalog(new RapportProperties(folder, folder.resolve("nowhere"), false));

        assertThat(catalog.all()).isEmpty();
    }
}
