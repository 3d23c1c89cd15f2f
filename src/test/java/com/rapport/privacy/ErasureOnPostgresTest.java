package com.rapport.privacy;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.rapport.TestPostgres;

/** The same erasure tests on PostgreSQL, in a schema of their own that is dropped afterwards. */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@ExtendWith(TestPostgres.class)
class ErasureOnPostgresTest extends ErasureTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, ErasureOnPostgresTest.class);
    }
}
