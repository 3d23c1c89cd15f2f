package com.rapport.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database is backed up to one file and restored from it, never while it is open elsewhere. */
class BackupCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final BackupCommand command = new BackupCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private String url(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath().resolve("rapport");
    }

    @Test
    void a_backup_restored_over_a_changed_database_brings_back_its_rows_and_keeps_the_replaced_one() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("db-password"), "s3cret-generated");
        try (var db = DriverManager.getConnection(url(data), "sa", "s3cret-generated"); var s = db.createStatement()) {
            s.execute("create table note (id int primary key, body varchar(100))");
            s.execute("insert into note values (1, 'before the backup')");
        }
        Path backup = dir.resolve("rapport-backup.zip");

        assertThat(command.run(false, List.of(backup.toString(), "--data-dir", data.toString()))).isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
                .isEqualTo("rw-------");
        try (var db = DriverManager.getConnection(url(data), "sa", "s3cret-generated"); var s = db.createStatement()) {
            s.execute("delete from note");
        }
        assertThat(command.run(true, List.of(backup.toString(), "--data-dir", data.toString()))).isZero();

        try (var db = DriverManager.getConnection(url(data), "sa", "s3cret-generated"); var s = db.createStatement();
                var rows = s.executeQuery("select body from note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("before the backup");
        }
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void a_database_open_in_a_running_rapport_is_neither_backed_up_nor_replaced() throws Exception {
        Path data = Files.createDirectories(dir.resolve("busy"));
        try (var db = DriverManager.getConnection(url(data), "sa", ""); var s = db.createStatement()) {
            s.execute("create table t (id int)");
        }
        // another process holds the file, as a running Rapport does
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process running = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDatabase.class.getName(), url(data)).redirectErrorStream(true).start();
        try {
            var ready = new java.io.BufferedReader(new java.io.InputStreamReader(running.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            assertThat(ready).isEqualTo("open");
            Path backup = dir.resolve("busy.zip");

            assertThat(command.run(false, List.of(backup.toString(), "--data-dir", data.toString()))).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("stop Rapport first");
            assertThat(command.run(true, List.of(backup.toString(), "--data-dir", data.toString()))).isEqualTo(1);
            assertThat(Files.exists(data.resolve("rapport.mv.db"))).isTrue();
        } finally {
            running.destroyForcibly().waitFor();
        }
    }

    /** Opens a database and keeps it open until killed. */
    static final class HoldDatabase {
        public static void main(String[] args) throws Exception {
            try (var db = DriverManager.getConnection(args[0], "sa", "")) {
                System.out.println("open");
                System.out.flush();
                Thread.sleep(120_000);
            }
        }
    }

    @Test
    void without_a_file_it_shows_how_to_use_it() {
        assertThat(command.run(false, List.of())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }
}
