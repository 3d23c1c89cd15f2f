package com.rapport.authoring.ui;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import com.rapport.authoring.AuthoringService;
import com.rapport.base.ui.Badges;
import com.rapport.practice.PlayService;
import com.rapport.scenario.Problem;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scenario.ScenarioVersion;

/**
 * Trainers' library, master and detail: on the left every scenario with its tier, state and attempts, the upload of
 * a new version (errors shown with their lines, nothing replaced on error) and the problems found at start; on the
 * right the chosen scenario ({@link ScenarioDetails}) or its text in the editor ({@link ScenarioEditor}).
 */
@Route("library")
@PageTitle("Scenario library · Rapport")
@RolesAllowed({"TRAINER", "ADMIN"})
class LibraryView extends VerticalLayout {

    private final AuthoringService authoring;
    private final PlayService practice;
    private final Grid<AuthoringService.LibraryRow> grid = new Grid<>();
    private final Div uploadResult = new Div();
    private final VerticalLayout detail = new VerticalLayout();
    /** Set while the list reloads, so reselecting the same row leaves the detail (an open editor) as it is. */
    private boolean reloading;

    LibraryView(AuthoringService authoring, PlayService practice) {
        this.authoring = authoring;
        this.practice = practice;
        addClassName("view");
        var intro = new Paragraph(getTranslation("library.intro"));
        intro.addClassName("muted");

        grid.setId("library");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AuthoringService.LibraryRow::title).setHeader(getTranslation("attempts.scenario"))
                .setFlexGrow(3).setSortable(true);
        grid.addComponentColumn(r -> Badges.tier(r.tier())).setHeader(getTranslation("attempts.tier"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.warnings() == 0 ? getTranslation("library.valid")
                : getTranslation("library.warnings", r.warnings())).setHeader(getTranslation("library.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuthoringService.LibraryRow::attempts).setHeader(getTranslation("library.attempts"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.setHeight("60vh");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!reloading) {
                showDetails(e.getValue());
            }
        });

        // read on the server up to the size limit and no further, whatever the browser was told
        var upload = new Upload((UploadHandler) event -> {
            var result = authoring.upload(event.getFileName(), event.getFileSize(), event.getInputStream());
            getUI().ifPresent(ui -> ui.access(() -> showUpload(result)));
        });
        upload.setId("upload");
        upload.setAcceptedFileTypes(".yaml", ".yml");
        upload.setMaxFileSize(authoring.maxScenarioBytes());
        upload.setDropLabel(new Span(getTranslation("library.upload.drop")));
        uploadResult.setId("upload-result");
        var uploadBox = new Details(getTranslation("library.upload"), new VerticalLayout(upload, uploadResult));
        uploadBox.setOpened(true);

        var problems = new Div();
        problems.setId("problems");
        var found = authoring.importProblems();
        if (found.isEmpty()) {
            problems.add(new Paragraph(getTranslation("library.problems.none")));
        }
        found.forEach(p -> problems.add(problemLine(p)));
        var problemBox = new Details(getTranslation("library.problems"), problems);
        problemBox.setOpened(!found.isEmpty());

        var master = new VerticalLayout(grid, uploadBox, problemBox);
        master.setPadding(false);
        master.setId("library-list");
        detail.setPadding(false);
        detail.setId("library-detail");
        detail.getStyle().set("padding-inline", "var(--lumo-space-m)");
        var split = new SplitLayout(master, detail);
        split.setSplitterPosition(42);
        split.setWidthFull();
        showDetails(null);
        add(new H1(getTranslation("library.title")), intro, split);
        refresh();
    }

    private void refresh() {
        var selected = grid.asSingleSelect().getValue();
        var rows = authoring.library();
        reloading = true;
        try {
            grid.setItems(rows);
            if (selected != null) {
                rows.stream().filter(r -> r.id().equals(selected.id())).findFirst().ifPresent(grid::select);
            }
        } finally {
            reloading = false;
        }
    }

    /** Shows what an upload did; public to the package so the browserless test can drive it without a browser. */
    void showUpload(AuthoringService.UploadResult result) {
        show(result, uploadResult);
    }

    /** What an upload or a save did, in a box: the outcome and its lines, or the replacement to confirm. */
    private void show(AuthoringService.UploadResult result, Div box) {
        box.removeAll();
        var replaces = result.replaces();
        if (replaces != null) {
            box.add(new Paragraph(getTranslation("badfiles.replace.waiting", result.scenarioId())));
            new ReplaceDialog(replaces, () -> show(authoring.confirm(replaces.token()), box), () -> {
                authoring.cancel(replaces.token());
                box.removeAll();
                box.add(new Paragraph(getTranslation("badfiles.replace.cancelled", result.scenarioId())));
            }).open();
            return;
        }
        var headline = new Paragraph(result.accepted()
                ? getTranslation("library.upload.accepted", result.scenarioId())
                : getTranslation(result.versionInUse() == null ? "library.upload.refused-unread"
                        : result.versionInUse() ? "library.upload.refused" : "library.upload.refused-new",
                        result.scenarioId()));
        headline.addClassName(result.accepted() ? "passed" : "failed");
        box.add(headline);
        result.problems().forEach(p -> box.add(problemLine(p)));
        refresh();
    }

    private static Div problemLine(Problem p) {
        var line = new Div(p.toString());
        line.addClassName(p.severity() == Problem.Severity.ERROR ? "problem-error" : "problem-warning");
        return line;
    }

    /** A version's state in words: in use, valid, a draft, or with errors. */
    static String state(Component in, ScenarioLibrary.VersionInfo v) {
        return v.inUse() ? in.getTranslation("library.in-use")
                : v.source() == ScenarioVersion.Source.DRAFT ? in.getTranslation("library.draft")
                : v.valid() ? in.getTranslation("library.valid") : in.getTranslation("library.invalid");
    }

    private void showDetails(AuthoringService.@Nullable LibraryRow row) {
        detail.removeAll();
        if (row == null) {
            var hint = new Paragraph(getTranslation("library.choose"));
            hint.addClassName("muted");
            detail.add(hint);
            return;
        }
        detail.add(new ScenarioDetails(authoring, row, hash -> playtest(row.id(), hash),
                (file, hash) -> edit(row, file, hash)));
    }

    /** Opens the editor on a version's text, as its Edit button does. */
    ScenarioEditor edit(AuthoringService.LibraryRow row, String file, String hash) {
        detail.removeAll();
        var editor = new ScenarioEditor(authoring, row.title(), file, authoring.content(row.id(), hash).orElse(""),
                this::playtest, this::show, () -> showDetails(grid.asSingleSelect().getValue()));
        detail.add(editor);
        return editor;
    }

    private void playtest(String scenarioId, String hash) {
        try {
            long attempt = practice.startVersion(scenarioId, hash);
            UI.getCurrent().navigate("play/" + attempt, QueryParameters.of("debug", "on"));
        } catch (RuntimeException e) {
            Notification.show(e.getMessage());
        }
    }
}
