package com.rapport.practice;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.rapport.PostgresSchema;

/** The concurrent finishes on PostgreSQL, where the lock is an advisory lock every node sees. */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class ConcurrentFinishesOnPostgresTest extends ConcurrentFinishesTests {

    static final PostgresSchema DB = new PostgresSchema();

    @BeforeAll
    static void needsPostgres() {
        DB.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        DB.register(registry);
    }

    @AfterAll
    static void drop() {
        DB.drop();
    }
}
