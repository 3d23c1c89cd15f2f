package com.rapport.practice;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same storage tests on PostgreSQL, in a schema of their own that is dropped afterwards. Skipped, with a
 * message, where no PostgreSQL answers; {@code RAPPORT_REQUIRE_POSTGRES=true} (set by .ci/run) makes that a failure.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class AttemptStorageOnPostgresTest extends AttemptStorageTests {

    static final String URL = System.getenv().getOrDefault("RAPPORT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("RAPPORT_TEST_PG_USER", "postgres");
    static final String SCHEMA = "rapport_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeAll
    static void needsPostgres() {
        try (var connection = DriverManager.getConnection(URL, USER, "")) {
            connection.isValid(2);
        } catch (SQLException e) {
            String why = "PostgreSQL not reachable at " + URL + " (" + e.getMessage() + ")";
            if (Boolean.parseBoolean(System.getenv("RAPPORT_REQUIRE_POSTGRES"))) {
                Assertions.fail(why + "; RAPPORT_REQUIRE_POSTGRES=true makes this run mandatory");
            }
            Assumptions.abort(why + ": PostgreSQL tests skipped");
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.create-schemas", () -> "true");
        registry.add("spring.jpa.properties.hibernate.default_schema", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (var connection = DriverManager.getConnection(URL, USER, "");
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        } catch (SQLException e) {
            // nothing was created if PostgreSQL was never reached
        }
    }
}
