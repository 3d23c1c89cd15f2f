package com.rapport.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.authoring.AuthoringService;
import com.rapport.practice.ui.PlayViewProbe;
import com.rapport.scenario.ScenarioLibrary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

@SpringBootTest
@ActiveProfiles("test")
class LibraryViewTest extends SpringBrowserlessTest {

    static final String BILLING = "billing-uncovered-services";

    @Autowired
    AuthoringService authoring;

    @Autowired
    ScenarioLibrary library;

    @SuppressWarnings("unchecked")
    private Grid<AuthoringService.LibraryRow> libraryGrid() {
        return find(Grid.class).withId("library").single();
    }

    /** Uploads a file and, when it replaces the version in use, confirms it as the trainer would. */
    private AuthoringService.UploadResult uploadLive(String file, byte[] content) {
        var result = authoring.upload(file, content);
        return result.replaces() == null ? result : authoring.confirm(result.replaces().token());
    }

    private int rowOf(String id) {
        var grid = test(libraryGrid());
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no row " + id);
    }

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    void a_trainer_sees_every_scenario_with_its_version_state_and_attempts() {
        navigate(LibraryView.class);

        var grid = test(libraryGrid());
        assertThat(grid.size()).isEqualTo(library.all().size()).isGreaterThanOrEqualTo(20);
        var row = grid.getRow(rowOf(BILLING));
        assertThat(row.hash()).isEqualTo(library.find(BILLING).orElseThrow().version());
        assertThat(grid.getCellText(rowOf(BILLING), 2)).isEqualTo("Valid");
        assertThat(find(Div.class).withId("problems").single().getElement().getTextRecursively())
                .contains("Every scenario file loaded without problems");
    }

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    void a_broken_upload_is_refused_with_its_lines_and_the_version_in_use_stays() throws IOException {
        navigate(LibraryView.class);
        String inUse = library.find(BILLING).orElseThrow().version();
        String broken = Files.readString(Path.of("scenarios/" + BILLING + ".yaml"))
                .replaceFirst("    patient: ", "    patinet: ");

        var result = authoring.upload(BILLING + ".yaml", broken.getBytes(StandardCharsets.UTF_8));
        navigate(LibraryView.class).showUpload(result);

        assertThat(result.accepted()).isFalse();
        String shown = find(Div.class).withId("upload-result").single().getElement().getTextRecursively();
        assertThat(shown).contains("Nothing replaced").containsPattern(BILLING + "\\.yaml:\\d+:5: error: unknown key 'patinet'");
        assertThat(library.find(BILLING).orElseThrow().version()).isEqualTo(inUse);
        assertThat(library.versions(BILLING)).anySatisfy(v -> {
            assertThat(v.valid()).isFalse();
            assertThat(v.inUse()).isFalse();
        });
    }

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    void a_broken_new_file_is_not_added_and_says_so_rather_than_that_a_version_in_use_stays() {
        var result = authoring.upload("brand-new.yaml", "id: brand-new\ntitle: [a\n".getBytes(StandardCharsets.UTF_8));
        navigate(LibraryView.class).showUpload(result);

        assertThat(result.accepted()).isFalse();
        assertThat(result.versionInUse()).isEqualTo(Boolean.FALSE);
        String shown = find(Div.class).withId("upload-result").single().getElement().getTextRecursively();
        assertThat(shown).contains("Not added").doesNotContain("Nothing replaced").doesNotContain("in use stays");
    }

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    void a_good_upload_becomes_the_version_in_use_and_can_be_compared_with_the_old_one() throws IOException {
        String old = library.find("ed-wait-family").orElseThrow().version();
        String changed = Files.readString(Path.of("scenarios/ed-wait-family.yaml"))
                .replace("pass-mark: 75", "pass-mark: 80");

        var result = uploadLive("ed-wait-family.yaml", changed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.accepted()).as("%s", result.problems()).isTrue();
        String now = library.find("ed-wait-family").orElseThrow().version();
        assertThat(now).isNotEqualTo(old);
        assertThat(library.find("ed-wait-family", old)).as("the old version stays readable").isPresent();

        navigate(LibraryView.class);
        test(libraryGrid()).select(rowOf("ed-wait-family"));

        // by default the version in use is compared with the one before it, removals first, with context lines
        assertThat(find(com.vaadin.flow.component.select.Select.class).withId("diff-to").single().getValue())
                .extracting("hash").isEqualTo(now);
        String diff = find(Div.class).withId("diff").single().getElement().getTextRecursively();
        assertThat(diff).containsPattern("@@ -\\d+,\\d+ \\+\\d+,\\d+ @@");
        assertThat(diff.indexOf("- pass-mark: 75")).isPositive().isLessThan(diff.indexOf("+ pass-mark: 80"));
        assertThat(find(Span.class).withClassName("diff-context").all()).hasSizeGreaterThanOrEqualTo(3);

        assertThat(find(Span.class).withClassName("diff-added").all()).extracting(Span::getText)
                .anySatisfy(t -> assertThat(t).contains("pass-mark: 80"));
        assertThat(find(Span.class).withClassName("diff-removed").all()).extracting(Span::getText)
                .anySatisfy(t -> assertThat(t).contains("pass-mark: 75"));
        // put the shipped version back for the other tests sharing this application context
        uploadLive("ed-wait-family.yaml", Files.readAllBytes(Path.of("scenarios/ed-wait-family.yaml")));
    }

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    void the_branch_map_shows_every_node_and_colours_endings_by_outcome() {
        navigate(LibraryView.class);
        test(libraryGrid()).select(rowOf("results-caller-unverified"));

        String svg = find(Div.class).withId("branch-map").single().getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("opening").contains("privacy-breach").contains("#ffcdd2")
                .doesNotContain("class=\"unreachable\"");
        assertThat(svg.split("<polyline").length - 1).isGreaterThanOrEqualTo(20);
    }

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    void playtest_opens_the_conversation_with_the_debug_panel() {
        navigate(LibraryView.class);
        test(libraryGrid()).select(rowOf(BILLING));

        test(find(Button.class).withId("playtest").single()).click();

        assertThat(PlayViewProbe.isPlayView(getCurrentView())).isTrue();
        var debug = find(Div.class).withId("debug").single();
        assertThat(debug.isVisible()).isTrue();
        assertThat(debug.getElement().getTextRecursively()).contains("Node: opening");
    }

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    @SuppressWarnings("unchecked")
    void an_older_version_can_be_playtested_as_it_was() throws IOException {
        String old = library.find("results-caller-unverified").orElseThrow().version();
        String file = Files.readString(Path.of("scenarios/results-caller-unverified.yaml"));
        String changed = file.replace("title: The daughter who wants the results now",
                "title: The daughter who wants the results now (v2)");
        assertThat(uploadLive("results-caller-unverified.yaml", changed.getBytes(StandardCharsets.UTF_8))
                .accepted()).isTrue();

        navigate(LibraryView.class);
        test(libraryGrid()).select(rowOf("results-caller-unverified"));
        Grid<ScenarioLibrary.VersionInfo> versions = find(Grid.class).withId("versions").single();
        int oldRow = 0;
        for (int i = 0; i < test(versions).size(); i++) {
            if (test(versions).getRow(i).hash().equals(old)) {
                oldRow = i;
            }
        }
        test((Button) test(versions).getCellComponent(oldRow, "playtest")).click();

        assertThat(PlayViewProbe.isPlayView(getCurrentView())).isTrue();
        assertThat(find(com.vaadin.flow.component.html.H1.class).single().getText())
                .isEqualTo("The daughter who wants the results now");
        uploadLive("results-caller-unverified.yaml", file.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    void an_upload_over_the_size_limit_is_refused_by_the_server_with_its_size_and_the_limit() {
        navigate(LibraryView.class);
        int versions = library.versions(BILLING).size();

        test(find(com.vaadin.flow.component.upload.Upload.class).withId("upload").single())
                .upload(BILLING + ".yaml", "application/yaml", new byte[600 * 1024]);
        roundTrip();

        assertThat(find(Div.class).withId("upload-result").single().getElement().getTextRecursively())
                .contains("Nothing changed: the file was refused without being read")
                .contains(BILLING + ".yaml:1:1: error: the file is 614,400 bytes (600 KB); a scenario file may be"
                        + " at most 524,288 bytes (512 KB)");
        assertThat(library.versions(BILLING)).hasSize(versions);
    }

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    void an_upload_replacing_the_version_in_use_shows_what_it_replaces_and_cancel_keeps_it() throws IOException {
        String inUse = library.find("ed-wait-family").orElseThrow().version();
        String title = library.find("ed-wait-family").orElseThrow().scenario().title();
        String changed = Files.readString(Path.of("scenarios/ed-wait-family.yaml"))
                .replace("pass-mark: 75", "pass-mark: 85");
        var view = navigate(LibraryView.class);

        view.showUpload(authoring.upload("copy-of-ed-wait.yaml", changed.getBytes(StandardCharsets.UTF_8)));

        var dialog = find(ConfirmDialog.class).withId("replace-dialog").single();
        String shown = dialog.getElement().getTextRecursively();
        assertThat(test(dialog).getHeader()).contains("ed-wait-family");
        assertThat(shown).contains(title).contains(inUse.substring(0, 10)).contains("played on it")
                .contains("ed-wait-family.yaml").contains("copy-of-ed-wait.yaml").contains("another file's scenario id")
                .contains("pass-mark: 75").contains("pass-mark: 85");
        assertThat(library.find("ed-wait-family").orElseThrow().version()).as("nothing live before confirming")
                .isEqualTo(inUse);

        test(dialog).cancel();

        assertThat(library.find("ed-wait-family").orElseThrow().version()).isEqualTo(inUse);
        assertThat(library.versions("ed-wait-family")).noneSatisfy(v -> assertThat(v.fileName())
                .isEqualTo("copy-of-ed-wait.yaml"));
        assertThat(find(Div.class).withId("upload-result").single().getElement().getTextRecursively())
                .contains("Upload cancelled");
    }

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    void confirming_the_replacement_puts_the_upload_live() throws IOException {
        String inUse = library.find("ed-wait-family").orElseThrow().version();
        byte[] shipped = Files.readAllBytes(Path.of("scenarios/ed-wait-family.yaml"));
        String changed = new String(shipped, StandardCharsets.UTF_8).replace("pass-mark: 75", "pass-mark: 70");
        var view = navigate(LibraryView.class);
        view.showUpload(authoring.upload("ed-wait-family.yaml", changed.getBytes(StandardCharsets.UTF_8)));

        test(find(ConfirmDialog.class).withId("replace-dialog").single()).confirm();

        assertThat(library.find("ed-wait-family").orElseThrow().version()).isNotEqualTo(inUse);
        assertThat(find(Div.class).withId("upload-result").single().getElement().getTextRecursively())
                .contains("accepted and now in use");
        uploadLive("ed-wait-family.yaml", shipped);
    }

    @Test
    @WithMockUser(username = "tina", roles = "TRAINEE")
    void a_trainee_cannot_open_the_library_or_use_the_authoring_service() {
        assertThatThrownBy(() -> navigate(LibraryView.class)).hasMessageContaining("Navigation resulted");
        assertThatThrownBy(() -> authoring.library())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private ScenarioEditor openEditor(String scenarioId) {
        navigate(LibraryView.class);
        test(libraryGrid()).select(rowOf(scenarioId));
        test(find(Button.class).withId("edit").single()).click();
        return find(ScenarioEditor.class).single();
    }

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    void the_editor_opens_the_version_in_use_and_lists_problems_as_the_trainer_types() {
        var editor = openEditor(BILLING);
        var text = find(com.vaadin.flow.component.textfield.TextArea.class).withId("editor-text").single();
        assertThat(text.getValue()).isEqualTo(library.content(BILLING, library.find(BILLING).orElseThrow().version())
                .orElseThrow());
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("editor-summary").single().getText())
                .isEqualTo("No problems: the text is valid.");

        test(text).setValue(text.getValue().replaceFirst("    patient: ", "    patinet: "));

        var problems = find(com.vaadin.flow.component.html.NativeButton.class).withClassName("problem-jump").all();
        assertThat(problems).extracting(com.vaadin.flow.component.html.NativeButton::getText)
                .anySatisfy(t -> assertThat(t).matches("\\d+:5 error: unknown key 'patinet'.*"));
        assertThat(editor.text().getValueChangeTimeout()).isEqualTo(ScenarioEditor.PAUSE_MS);
        assertThat(editor.text().getValueChangeMode())
                .isEqualTo(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
    }

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    void saving_edited_text_asks_to_replace_the_version_in_use_and_confirming_puts_it_live() throws IOException {
        byte[] shipped = Files.readAllBytes(Path.of("scenarios/ed-wait-family.yaml"));
        String inUse = library.find("ed-wait-family").orElseThrow().version();
        openEditor("ed-wait-family");
        var text = find(com.vaadin.flow.component.textfield.TextArea.class).withId("editor-text").single();
        test(text).setValue(text.getValue().replace("pass-mark: 75", "pass-mark: 65"));

        test(find(Button.class).withId("editor-save").single()).click();

        var dialog = find(ConfirmDialog.class).withId("replace-dialog").single();
        assertThat(dialog.getElement().getTextRecursively()).contains("pass-mark: 75").contains("pass-mark: 65");
        assertThat(library.find("ed-wait-family").orElseThrow().version()).isEqualTo(inUse);
        test(dialog).confirm();

        assertThat(library.find("ed-wait-family").orElseThrow().version()).isNotEqualTo(inUse);
        assertThat(find(Div.class).withId("editor-result").single().getElement().getTextRecursively())
                .contains("accepted and now in use");
        uploadLive("ed-wait-family.yaml", shipped);
    }

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    void text_with_errors_is_not_saved_and_the_version_in_use_stays() {
        String inUse = library.find(BILLING).orElseThrow().version();
        openEditor(BILLING);
        var text = find(com.vaadin.flow.component.textfield.TextArea.class).withId("editor-text").single();
        test(text).setValue(text.getValue().replaceFirst("    patient: ", "    patinet: "));

        test(find(Button.class).withId("editor-save").single()).click();

        assertThat(find(Div.class).withId("editor-result").single().getElement().getTextRecursively())
                .contains("Nothing replaced").contains("unknown key 'patinet'");
        assertThat(library.find(BILLING).orElseThrow().version()).isEqualTo(inUse);
    }

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    void playtesting_edited_text_plays_it_without_making_it_the_version_in_use() {
        String inUse = library.find(BILLING).orElseThrow().version();
        String title = library.find(BILLING).orElseThrow().scenario().title();
        openEditor(BILLING);
        var text = find(com.vaadin.flow.component.textfield.TextArea.class).withId("editor-text").single();
        test(text).setValue(text.getValue().replace("title: " + title, "title: " + title + " (draft)"));

        test(find(Button.class).withId("editor-playtest").single()).click();

        assertThat(PlayViewProbe.isPlayView(getCurrentView())).isTrue();
        assertThat(find(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo(title + " (draft)");
        assertThat(find(Div.class).withId("debug").single().isVisible()).isTrue();
        assertThat(library.find(BILLING).orElseThrow().version()).as("still the version in use").isEqualTo(inUse);
        assertThat(library.all()).noneSatisfy(e -> assertThat(e.scenario().title()).endsWith("(draft)"));
        assertThat(library.versions(BILLING)).anySatisfy(v -> {
            assertThat(v.source()).isEqualTo(com.rapport.scenario.ScenarioVersion.Source.DRAFT);
            assertThat(v.inUse()).isFalse();
        });
    }

    @Test
    @WithMockUser(username = "tina", roles = "TRAINEE")
    void a_trainee_cannot_check_playtest_or_save_editor_text() {
        assertThatThrownBy(() -> authoring.check(BILLING + ".yaml", "id: x"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.draft(BILLING + ".yaml", "id: x"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.saveEdited(BILLING + ".yaml", "id: x"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
