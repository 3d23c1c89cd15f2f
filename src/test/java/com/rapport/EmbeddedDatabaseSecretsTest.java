package com.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's own password: generated once, owner-only, and an old blank-password database moved to it. */
class EmbeddedDatabaseSecretsTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("data/rapport") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private String secure() {
        return EmbeddedDatabaseSecrets.secure(dir.resolve("data"), url(), "sa", LogFactory.getLog(getClass()));
    }

    @Test
    void a_first_start_generates_a_password_file_only_its_owner_can_read() throws Exception {
        String secret = secure();

        Path file = dir.resolve("data/db-password");
        assertThat(Files.readString(file).strip()).isEqualTo(secret).hasSizeGreaterThanOrEqualTo(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data"))))
                .isEqualTo("rwx------");
        assertThat(secure()).as("the same password on the next start").isEqualTo(secret);
    }

    @Test
    void a_database_created_with_the_blank_password_is_moved_to_the_generated_one_and_keeps_its_data()
            throws Exception {
        Files.createDirectories(dir.resolve("data"));
        try (var old = DriverManager.getConnection(url(), "sa", ""); var s = old.createStatement()) {
            s.execute("create table kept (v varchar(10))");
            s.execute("insert into kept values ('still here')");
        }

        String secret = secure();

        assertThatThrownBy(() -> DriverManager.getConnection(url(), "sa", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
        try (var now = DriverManager.getConnection(url(), "sa", secret); var s = now.createStatement();
                var rows = s.executeQuery("select v from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data/rapport.mv.db"))))
                .isEqualTo("rw-------");
    }
}
