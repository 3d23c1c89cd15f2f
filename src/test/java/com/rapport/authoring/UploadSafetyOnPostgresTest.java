package com.rapport.authoring;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.rapport.TestPostgres;

/** The upload tests on PostgreSQL, in a schema of their own that is dropped afterwards (see {@link TestPostgres}). */
@SpringBootTest(properties = "rapport.max-scenario-bytes=524288")
@ActiveProfiles({"test", "postgres"})
@ExtendWith(TestPostgres.class)
class UploadSafetyOnPostgresTest extends UploadSafetyTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, UploadSafetyOnPostgresTest.class);
    }
}
