package com.rapport;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL schema of a test class's own on 127.0.0.1:5432 (database {@code test}), dropped afterwards. As an
 * extension ({@code @ExtendWith(TestPostgres.class)}) it skips the class, with a message, where no PostgreSQL
 * answers ({@code RAPPORT_REQUIRE_POSTGRES=true}, set by .ci/run, makes that a failure) and drops the schema after
 * it; the class points its application context at the schema with {@link #register}.
 */
public final class TestPostgres implements BeforeAllCallback, AfterAllCallback {

    static final String URL = System.getenv().getOrDefault("RAPPORT_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("RAPPORT_TEST_PG_USER", "postgres");
    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    /** The schema of one test class in this run. */
    public static String schema(Class<?> testClass) {
        return "rapport_test_" + RUN + "_" + Integer.toHexString(testClass.getName().hashCode());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
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

    /** Points the application context of a test class at its schema; Flyway creates it. */
    public static void register(DynamicPropertyRegistry registry, Class<?> testClass) {
        String schema = schema(testClass);
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + schema + "&reWriteBatchedInserts=true");
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
        registry.add("spring.jpa.properties.hibernate.default_schema", () -> schema);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try (var connection = DriverManager.getConnection(URL, USER, "");
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema(context.getRequiredTestClass()) + " cascade");
        } catch (SQLException e) {
            // nothing was created if PostgreSQL was never reached
        }
    }
}
