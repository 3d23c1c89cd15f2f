package com.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app starts on a scenarios folder with a 30 MB file, a file that is not UTF-8 and two files with one id in it,
 * and every good scenario is in use (what the security review measured: "Application run failed").
 */
@SpringBootTest
@ActiveProfiles("test")
class BadFilesAtStartTest {

    static final Path FOLDER = Path.of("target/bad-scenarios");

    @Autowired
    ScenarioLibrary library;

    @DynamicPropertySource
    static void badFolder(DynamicPropertyRegistry registry) {
        try {
            Files.createDirectories(FOLDER);
            try (var stream = Files.list(FOLDER)) {
                for (Path old : stream.toList()) {
                    Files.delete(old);
                }
            }
            Files.copy(Path.of("scenarios/ed-wait-family.yaml"), FOLDER.resolve("ed-wait-family.yaml"));
            try (var huge = new RandomAccessFile(FOLDER.resolve("huge.yaml").toFile(), "rw")) {
                huge.setLength(30L * 1024 * 1024);
            }
            String good = ScenarioParserTest.GOOD.replace("id: tiny", "id: cafe");
            Files.write(FOLDER.resolve("cafe.yaml"), good.replace("title: A tiny call", "title: caf\u00e9")
                    .getBytes(StandardCharsets.ISO_8859_1));
            Files.writeString(FOLDER.resolve("twin-a.yaml"), good.replace("id: cafe", "id: twin"));
            Files.writeString(FOLDER.resolve("twin-b.yaml"), good.replace("id: cafe", "id: twin"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("rapport.scenarios-dir", FOLDER::toString);
    }

    @Test
    void the_app_starts_and_the_good_scenario_is_in_use_while_each_bad_file_is_a_problem() {
        assertThat(library.all()).extracting(e -> e.scenario().id()).containsExactly("ed-wait-family");
        assertThat(library.importProblems()).filteredOn(p -> p.severity() == Problem.Severity.ERROR)
                .extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("huge.yaml:1:1: error: the file is 31,457,280 bytes"))
                .anySatisfy(p -> assertThat(p).startsWith("cafe.yaml:2:11: error: the file is not valid UTF-8"))
                .anySatisfy(p -> assertThat(p).startsWith("twin-a.yaml:1:1: error: scenario id 'twin' is also"
                        + " the id in twin-b.yaml"))
                .anySatisfy(p -> assertThat(p).startsWith("twin-b.yaml:1:1: error: scenario id 'twin' is also"
                        + " the id in twin-a.yaml"));
        assertThat(library.find("cafe")).isEmpty();
    }
}
