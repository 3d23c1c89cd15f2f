package com.rapport.authoring;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** On H2; with the size limit the tests quote given explicitly (and so a context of its own, whose library they change). */
@SpringBootTest(properties = "rapport.max-scenario-bytes=524288")
@ActiveProfiles("test")
class UploadSafetyOnH2Test extends UploadSafetyTests {
}
