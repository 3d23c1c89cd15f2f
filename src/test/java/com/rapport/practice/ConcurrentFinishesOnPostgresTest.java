package com.rapport.practice;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.rapport.TestPostgres;

@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@ExtendWith(TestPostgres.class)
class ConcurrentFinishesOnPostgresTest extends ConcurrentFinishesTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, ConcurrentFinishesOnPostgresTest.class);
    }
}
