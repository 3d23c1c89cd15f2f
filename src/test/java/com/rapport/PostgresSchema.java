package com.rapport;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL schema of a test class's own, dropped afterwards. Where no PostgreSQL answers the test is skipped
 * with a message; {@code RAPPORT_REQUIRE_POSTGRES=true} (set by .ci/run) makes that a failure.
 */
public final class PostgresSchema {

    static final String URL = System.getenv().getOrDefault("RAPPORT_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("RAPPORT_TEST_PG_USER", "postgres");

    private final String schema = "rapport_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    /** Skips (or, in CI, fails) the test class when PostgreSQL does not answer. */
    public void require() {
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

    /** Points the application at the schema, which Flyway creates. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
        registry.add("spring.jpa.properties.hibernate.default_schema", () -> schema);
    }

    public void drop() {
        try (var connection = DriverManager.getConnection(URL, USER, "");
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            // nothing was created if PostgreSQL was never reached
        }
    }
}
