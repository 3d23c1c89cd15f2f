package com.rapport.practice;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ConcurrentFinishesOnH2Test extends ConcurrentFinishesTests {
}
