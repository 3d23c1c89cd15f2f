package com.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/** Started on the embedded file database, as a site does: it has a generated password, not sa with none. */
@SpringBootTest(properties = {"rapport.data-dir=" + EmbeddedDatabaseStartTest.DIR,
        "spring.datasource.url=jdbc:h2:file:" + EmbeddedDatabaseStartTest.DIR + "/rapport;DB_CLOSE_ON_EXIT=FALSE",
        "spring.datasource.password=", "rapport.demo-users=false"})
@ActiveProfiles("test")
class EmbeddedDatabaseStartTest {

    static final String DIR = "./target/embedded-db-start-test";
    static final String URL = "jdbc:h2:file:" + DIR + "/rapport";

    static {
        FileSystemUtils.deleteRecursively(new java.io.File(DIR)); // a first start, every run
    }

    @Autowired
    Environment environment;

    @Test
    void after_start_the_password_file_is_owner_only_and_the_database_rejects_sa_with_a_blank_password()
            throws Exception {
        Path file = Path.of(DIR, "db-password");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(DIR)))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(DIR, "rapport.mv.db"))))
                .isEqualTo("rw-------");
        assertThatThrownBy(() -> DriverManager.getConnection(URL, "sa", "").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("Wrong user name or password");
        String secret = Files.readString(file).strip();
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo(secret);
        try (var connection = DriverManager.getConnection(URL, "sa", secret)) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }
}
