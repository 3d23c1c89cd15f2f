package com.rapport.scenario;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ScenarioImportOnH2Test extends ScenarioImportTests {
}
