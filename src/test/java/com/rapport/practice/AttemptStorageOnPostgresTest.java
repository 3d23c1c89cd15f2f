package com.rapport.practice;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.rapport.OnPostgres;

/** The same storage tests on PostgreSQL (see {@link OnPostgres}: skipped where none answers, unless required). */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class AttemptStorageOnPostgresTest extends AttemptStorageTests {

    static final OnPostgres POSTGRES = new OnPostgres();

    @BeforeAll
    static void needsPostgres() {
        POSTGRES.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        POSTGRES.register(registry);
    }

    @AfterAll
    static void dropSchema() {
        POSTGRES.dropSchema();
    }
}
