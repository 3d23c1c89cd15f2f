package com.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.rapport.RapportProperties;

/**
 * Bad files in the scenarios folder never stop the import or the other scenarios, on every database Rapport runs on
 * (subclasses pick it). Each test imports a folder of its own, with scenario ids of its own.
 */
abstract class ScenarioImportTests {

    @Autowired
    ScenarioVersionRepository versions;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    com.rapport.shared.NamedLock lock;

    @Autowired
    CheckedContents checked;

    @TempDir
    Path folder;

    private final String id = "import-" + UUID.randomUUID().toString().substring(0, 8);

    private ScenarioLibrary library() {
        return library(new DefaultListableBeanFactory());
    }

    private ScenarioLibrary library(DefaultListableBeanFactory beans) {
        return new ScenarioLibrary(versions, new RapportProperties(folder, folder, false, false),
                beans.getBeanProvider(ScenarioLibrary.Check.class), lock, checked);
    }

    /** A check that counts the scenarios it is run on and finds one problem, of the given severity, in each. */
    static final class CountingCheck implements ScenarioLibrary.Check {

        final java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        volatile @org.jspecify.annotations.Nullable String fingerprint;
        private final Problem.Severity severity;

        CountingCheck(@org.jspecify.annotations.Nullable String fingerprint, Problem.Severity severity) {
            this.fingerprint = fingerprint;
            this.severity = severity;
        }

        @Override
        public java.util.List<Problem> check(Scenario scenario, ScenarioParser.Locator locator) {
            runs.incrementAndGet();
            return java.util.List.of(locator.at("/title", severity, "the check ran on " + scenario.title()));
        }

        @Override
        public @org.jspecify.annotations.Nullable String fingerprint() {
            return fingerprint;
        }
    }

    private ScenarioLibrary importedWith(ScenarioLibrary.Check check) {
        var beans = new DefaultListableBeanFactory();
        beans.registerSingleton("check", check);
        var library = library(beans);
        inTransaction(() -> {
            library.importFolder();
            return null;
        });
        return library;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private String scenario(String title) {
        return ScenarioParserTest.GOOD.replace("id: tiny", "id: " + id).replace("title: A tiny call", "title: " + title);
    }

    private ScenarioLibrary imported() {
        var library = library();
        inTransaction(() -> {
            library.importFolder();
            return null;
        });
        return library;
    }

    @Test
    void two_nodes_starting_at_once_import_the_folder_once_check_each_file_once_and_both_start() throws Exception {
        for (int i = 0; i < 6; i++) {
            Files.writeString(folder.resolve(id + "-" + i + ".yaml"), scenario("Node race " + i)
                    .replace("id: " + id, "id: " + id + "-" + i));
        }
        var check = new CountingCheck("checker-" + id, Problem.Severity.WARNING);
        var start = new java.util.concurrent.CyclicBarrier(2);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var nodes = new java.util.ArrayList<java.util.concurrent.Future<ScenarioLibrary>>();
            for (int n = 0; n < 2; n++) {
                nodes.add(pool.submit(() -> {
                    start.await();
                    return importedWith(check);
                }));
            }
            for (var node : nodes) {
                assertThat(node.get(120, java.util.concurrent.TimeUnit.SECONDS).importProblems()).hasSize(6)
                        .allMatch(p -> p.severity() == Problem.Severity.WARNING);
            }
            assertThat(check.runs).hasValue(6);
        } finally {
            pool.shutdownNow();
        }
        for (int n = 0; n < 6; n++) {
            final int i = n;
            assertThat(versions.findAll().stream().filter(v -> v.getScenarioId().equals(id + "-" + i)).count())
                    .isEqualTo(1);
        }
    }

    @Test
    void a_second_import_of_an_unchanged_file_does_not_check_it_again_and_finds_what_the_check_found()
            throws IOException {
        Files.writeString(folder.resolve(id + ".yaml"), scenario("Checked once"));
        var check = new CountingCheck("checker-" + id, Problem.Severity.WARNING);

        var first = importedWith(check);
        var second = importedWith(check);

        assertThat(check.runs).hasValue(1);
        assertThat(second.importProblems()).extracting(Problem::toString)
                .containsExactlyElementsOf(first.importProblems().stream().map(Problem::toString).toList())
                .singleElement().asString().startsWith(id + ".yaml:").endsWith("warning: the check ran on Checked once");
        assertThat(second.find(id)).isPresent();
    }

    @Test
    void a_file_whose_check_found_an_error_stays_out_of_use_when_the_check_is_not_run_again() throws IOException {
        Files.writeString(folder.resolve(id + ".yaml"), scenario("Fails its examples"));
        var check = new CountingCheck("checker-" + id, Problem.Severity.ERROR);
        importedWith(check);

        var second = importedWith(check);

        assertThat(check.runs).hasValue(1);
        assertThat(second.find(id)).isEmpty();
        assertThat(second.importProblems()).singleElement().extracting(Problem::severity)
                .isEqualTo(Problem.Severity.ERROR);
    }

    @Test
    void a_changed_file_is_checked_again() throws IOException {
        Files.writeString(folder.resolve(id + ".yaml"), scenario("Before the edit"));
        var check = new CountingCheck("checker-" + id, Problem.Severity.WARNING);
        importedWith(check);
        Files.writeString(folder.resolve(id + ".yaml"), scenario("After the edit"));

        var second = importedWith(check);

        assertThat(check.runs).hasValue(2);
        assertThat(second.importProblems()).singleElement().asString().endsWith("the check ran on After the edit");
    }

    @Test
    void an_unchanged_file_is_checked_again_by_a_new_checker_such_as_one_with_another_rubric() throws IOException {
        Files.writeString(folder.resolve(id + ".yaml"), scenario("Same file"));
        var check = new CountingCheck("rubric-a-" + id, Problem.Severity.WARNING);
        importedWith(check);
        check.fingerprint = "rubric-b-" + id;

        importedWith(check);
        importedWith(check);

        assertThat(check.runs).hasValue(2);
    }

    @Test
    void a_check_without_a_fingerprint_runs_at_every_import() throws IOException {
        Files.writeString(folder.resolve(id + ".yaml"), scenario("Always checked"));
        var check = new CountingCheck(null, Problem.Severity.WARNING);

        importedWith(check);
        importedWith(check);

        assertThat(check.runs).hasValue(2);
    }

    @Test
    void a_file_over_the_size_limit_is_refused_unread_and_the_others_still_load() throws IOException {
        Files.writeString(folder.resolve(id + ".yaml"), scenario("Small and good"));
        try (var huge = new RandomAccessFile(folder.resolve("huge.yaml").toFile(), "rw")) {
            huge.setLength(30L * 1024 * 1024);
        }

        var library = imported();

        assertThat(library.find(id)).isPresent();
        assertThat(library.importProblems()).singleElement().hasToString("huge.yaml:1:1: error: the file is"
                + " 31,457,280 bytes (30.0 MB); a scenario file may be at most 524,288 bytes (512 KB)"
                + " (rapport.max-scenario-bytes), so it was not read");
        assertThat(library.versions("huge")).isEmpty();
    }

    @Test
    void a_file_that_is_not_utf8_is_an_error_at_its_line_and_column_and_never_used() throws IOException {
        Files.write(folder.resolve(id + ".yaml"), scenario("Caf\u00e9 queue").getBytes(StandardCharsets.ISO_8859_1));

        var library = imported();

        assertThat(library.find(id)).isEmpty();
        assertThat(library.importProblems()).singleElement().extracting(Problem::toString).asString()
                .startsWith(id + ".yaml:2:11: error: the file is not valid UTF-8 here (byte 0xE9)");
    }

    @Test
    void two_files_with_one_id_are_an_error_naming_both_and_neither_is_used() throws IOException {
        Files.writeString(folder.resolve("a.yaml"), scenario("First"));
        Files.writeString(folder.resolve("b.yaml"), scenario("Second"));

        var library = imported();

        assertThat(library.find(id)).isEmpty();
        assertThat(library.importProblems()).filteredOn(p -> p.severity() == Problem.Severity.ERROR)
                .extracting(Problem::toString).containsExactly(
                        "a.yaml:1:1: error: scenario id '" + id + "' is also the id in b.yaml; neither file is used"
                                + " until one of them gets another id or is removed; no version of '" + id
                                + "' is in use",
                        "b.yaml:1:1: error: scenario id '" + id + "' is also the id in a.yaml; neither file is used"
                                + " until one of them gets another id or is removed; no version of '" + id
                                + "' is in use");
    }

    @Test
    void a_second_file_with_the_id_of_one_in_use_leaves_the_one_in_use_and_says_so() throws IOException {
        Files.writeString(folder.resolve("a.yaml"), scenario("In use"));
        String inUse = imported().find(id).orElseThrow().version();
        Files.writeString(folder.resolve("b.yaml"), scenario("Copy that would take over"));

        var library = imported();

        assertThat(library.find(id).orElseThrow().version()).isEqualTo(inUse);
        assertThat(library.importProblems())
                .filteredOn(p -> p.file().equals("b.yaml") && p.severity() == Problem.Severity.ERROR).singleElement()
                .extracting(Problem::message).asString().contains("also the id in a.yaml")
                .contains("the version in use stays: a.yaml (" + inUse.substring(0, 10) + ")");
    }

    @Test
    void a_copy_saved_while_watching_does_not_take_over_the_scenario_in_use() throws IOException {
        Files.writeString(folder.resolve("a.yaml"), scenario("In use"));
        var library = imported();
        String inUse = library.find(id).orElseThrow().version();
        Files.writeString(folder.resolve("b.yaml"), scenario("Copy"));

        var stored = inTransaction(() -> library.importFile(folder.resolve("b.yaml")));

        assertThat(stored.inUse()).isFalse();
        assertThat(stored.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("also the id in a.yaml"));
        assertThat(library.find(id).orElseThrow().version()).isEqualTo(inUse);
    }

    @Test
    void an_oversized_file_saved_while_watching_is_not_read() throws IOException {
        try (var huge = new RandomAccessFile(folder.resolve(id + ".yaml").toFile(), "rw")) {
            huge.setLength(600 * 1024);
        }

        assertThat(inTransaction(() -> library().importFile(folder.resolve(id + ".yaml")))).isNull();
        assertThat(library().versions(id)).isEmpty();
    }

    @Test
    void link_loops_and_folders_named_like_files_do_not_stop_the_import() throws IOException {
        Files.writeString(folder.resolve(id + ".yaml"), scenario("Still loads"));
        Files.createSymbolicLink(folder.resolve("loop.yaml"), folder.resolve("loop.yaml"));
        Files.createDirectories(folder.resolve("sub"));
        Files.createSymbolicLink(folder.resolve("sub/up"), folder);
        Files.createDirectories(folder.resolve("folder.yaml"));

        var library = imported();

        assertThat(library.find(id)).isPresent();
        assertThat(library.importProblems()).extracting(Problem::toString).contains(
                "loop.yaml:1:1: error: cannot read file: its links lead round in a loop",
                "sub/up:1:1: error: cannot read: its links lead round in a loop");
    }
}
