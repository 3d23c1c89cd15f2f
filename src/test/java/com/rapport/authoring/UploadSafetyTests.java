package com.rapport.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.rapport.TestUsers;
import com.rapport.scenario.Problem;
import com.rapport.scenario.ScenarioLibrary;

/** An upload never reaches further than it should, on every database Rapport runs on; subclasses pick it. */
@WithMockUser(username = "uma", roles = "TRAINER")
@RecordApplicationEvents
abstract class UploadSafetyTests {

    static final String SCENARIO = "unrecognised-charge";

    @Autowired
    AuthoringService authoring;

    @Autowired
    ScenarioLibrary library;

    @Autowired
    ApplicationEvents events;

    private static byte[] shipped() throws IOException {
        return Files.readAllBytes(Path.of("scenarios/" + SCENARIO + ".yaml"));
    }

    private static byte[] changed(String title) throws IOException {
        return new String(shipped(), StandardCharsets.UTF_8).replaceFirst("(?m)^title: .*$", "title: " + title)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** 30 MB of comment lines, counting what is read of it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return read > 30L * 1024 * 1024 ? -1 : read % 80 == 0 ? '\n' : '#';
        }
    }

    @Test
    void an_upload_over_the_size_limit_is_refused_without_being_read_to_its_end() throws IOException {
        var huge = new Endless();

        var result = authoring.upload("huge.yaml", huge);

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).singleElement().hasToString("huge.yaml:1:1: error: the file is larger than"
                + " 524,288 bytes (512 KB); a scenario file may be at most 524,288 bytes (512 KB)"
                + " (rapport.max-scenario-bytes), so it was not read");
        assertThat(huge.read).isLessThanOrEqualTo(524_288 + 1);
        assertThat(library.versions("huge")).isEmpty();
    }

    @Test
    void an_upload_declared_over_the_limit_is_refused_with_its_size_before_a_byte_is_read() throws IOException {
        var huge = new Endless();

        var result = authoring.upload("huge.yaml", 30L * 1024 * 1024, huge);

        assertThat(result.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("the file is 31,457,280 bytes (30.0 MB); a scenario file may be at most 524,288 bytes");
        assertThat(huge.read).isZero();
    }

    @Test
    void an_upload_that_is_not_utf8_is_refused_with_its_line_and_column() throws IOException {
        byte[] latin1 = new String(shipped(), StandardCharsets.UTF_8).replaceFirst("(?m)^title: .*$", "title: Caf\u00e9")
                .getBytes(StandardCharsets.ISO_8859_1);
        String inUse = library.find(SCENARIO).orElseThrow().version();

        var result = authoring.upload(SCENARIO + ".yaml", latin1);

        assertThat(result.accepted()).isFalse();
        assertThat(result.replaces()).isNull();
        assertThat(result.problems()).singleElement().extracting(Problem::toString).asString()
                .matches(SCENARIO + "\\.yaml:\\d+:11: error: the file is not valid UTF-8 here \\(byte 0xE9\\).*");
        assertThat(library.find(SCENARIO).orElseThrow().version()).isEqualTo(inUse);
        assertThat(library.find(SCENARIO).orElseThrow().scenario().title()).doesNotContain("\uFFFD");
    }

    @Test
    void replacing_the_version_in_use_takes_a_confirmation_by_the_uploader() throws IOException {
        String inUse = library.find(SCENARIO).orElseThrow().version();

        var pending = authoring.upload(SCENARIO + ".yaml", changed("A charge nobody explained"));

        assertThat(pending.accepted()).isFalse();
        var replaces = pending.replaces();
        assertThat(replaces).isNotNull();
        assertThat(replaces.hash()).isEqualTo(inUse);
        assertThat(replaces.title()).isEqualTo(library.find(SCENARIO).orElseThrow().scenario().title());
        assertThat(replaces.diff()).anySatisfy(l -> assertThat(l.text()).isEqualTo("title: A charge nobody explained"));
        assertThat(library.find(SCENARIO).orElseThrow().version()).as("nothing live yet").isEqualTo(inUse);
        assertThat(events.stream(ScenarioPublished.class)).isEmpty();
        assertThatThrownBy(() -> TestUsers.as("mallory", "TRAINER", () -> authoring.confirm(replaces.token())))
                .as("another trainer cannot confirm it").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.confirm("0123456789abcdef0123456789abcdef"))
                .as("a made-up token confirms nothing").isInstanceOf(AccessDeniedException.class);

        var confirmed = authoring.confirm(replaces.token());

        assertThat(confirmed.accepted()).isTrue();
        assertThat(library.find(SCENARIO).orElseThrow().scenario().title()).isEqualTo("A charge nobody explained");
        assertThat(events.stream(ScenarioPublished.class)).singleElement().satisfies(e -> {
            assertThat(e.scenarioId()).isEqualTo(SCENARIO);
            assertThat(e.username()).isEqualTo("uma");
            assertThat(e.replacedInUse()).isTrue();
            assertThat(e.hash()).isEqualTo(library.find(SCENARIO).orElseThrow().version());
        });
        assertThatThrownBy(() -> authoring.confirm(replaces.token())).as("a token confirms once")
                .isInstanceOf(AccessDeniedException.class);
        authoring.confirm(authoring.upload(SCENARIO + ".yaml", shipped()).replaces().token());
    }

    @Test
    void a_cancelled_replacement_stores_nothing() throws IOException {
        int versions = library.versions(SCENARIO).size();
        var pending = authoring.upload("mine.yaml", changed("Another file with this id"));

        authoring.cancel(pending.replaces().token());

        assertThat(library.versions(SCENARIO)).hasSize(versions);
        assertThat(events.stream(ScenarioPublished.class)).isEmpty();
        assertThatThrownBy(() -> authoring.confirm(pending.replaces().token()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_new_scenario_goes_live_at_once_and_is_published() throws IOException {
        byte[] fresh = new String(shipped(), StandardCharsets.UTF_8).replaceFirst("(?m)^id: .*$", "id: fresh-charge")
                .getBytes(StandardCharsets.UTF_8);

        var result = authoring.upload("fresh-charge.yaml", fresh);

        assertThat(result.accepted()).as("%s", result.problems()).isTrue();
        assertThat(result.replaces()).isNull();
        assertThat(events.stream(ScenarioPublished.class)).singleElement()
                .satisfies(e -> assertThat(e.replacedInUse()).isFalse())
                .satisfies(e -> assertThat(e.title()).isEqualTo(library.find("fresh-charge").orElseThrow()
                        .scenario().title()));
    }
}
