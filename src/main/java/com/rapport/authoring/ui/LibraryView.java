package com.rapport.authoring.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import com.rapport.authoring.AuthoringService;
import com.rapport.authoring.LineDiff;
import com.rapport.base.ui.Badges;
import com.rapport.base.ui.SvgView;
import com.rapport.practice.PlayService;
import com.rapport.scenario.Problem;
import com.rapport.scenario.ScenarioLibrary;

/**
 * Trainers' library: every scenario with its tier, version, validation state and attempts; upload of a new
 * version (errors shown with their lines, nothing replaced on error); for the selected scenario its versions (each
 * downloadable), a diff between two of them, its branch map, and a playtest with the debug panel.
 */
@Route("library")
@PageTitle("Scenario library · Rapport")
@RolesAllowed({"TRAINER", "ADMIN"})
class LibraryView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final AuthoringService authoring;
    private final PlayService practice;
    private final Grid<AuthoringService.LibraryRow> grid = new Grid<>();
    private final Div uploadResult = new Div();
    private final VerticalLayout details = new VerticalLayout();

    LibraryView(AuthoringService authoring, PlayService practice) {
        this.authoring = authoring;
        this.practice = practice;
        addClassName("view");
        var intro = new Paragraph(getTranslation("library.intro"));
        intro.addClassName("muted");

        grid.setId("library");
        grid.addColumn(AuthoringService.LibraryRow::title).setHeader(getTranslation("attempts.scenario"))
                .setFlexGrow(3).setSortable(true);
        grid.addComponentColumn(r -> Badges.tier(r.tier())).setHeader(getTranslation("attempts.tier"))
                .setAutoWidth(true);
        grid.addColumn(r -> (r.authorVersion() == null ? "" : "v" + r.authorVersion() + " · ")
                + r.hash().substring(0, 10)).setHeader(getTranslation("library.version")).setAutoWidth(true);
        grid.addColumn(r -> r.warnings() == 0 ? getTranslation("library.valid")
                : getTranslation("library.warnings", r.warnings())).setHeader(getTranslation("library.state"))
                .setAutoWidth(true);
        grid.addColumn(AuthoringService.LibraryRow::attempts).setHeader(getTranslation("library.attempts"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(AuthoringService.LibraryRow::versions).setHeader(getTranslation("library.versions"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));

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

        var problems = new Div();
        problems.setId("problems");
        var found = authoring.importProblems();
        if (found.isEmpty()) {
            problems.add(new Paragraph(getTranslation("library.problems.none")));
        }
        found.forEach(p -> problems.add(problemLine(p)));

        details.setPadding(false);
        details.setId("details");
        add(new H2(getTranslation("library.title")), intro, grid, new H3(getTranslation("library.upload")), upload,
                uploadResult, details, new H3(getTranslation("library.problems")), problems);
        refresh();
    }

    private void refresh() {
        grid.setItems(authoring.library());
    }

    /** Shows what an upload did; public to the package so the browserless test can drive it without a browser. */
    void showUpload(AuthoringService.UploadResult result) {
        uploadResult.removeAll();
        var replaces = result.replaces();
        if (replaces != null) {
            uploadResult.add(new Paragraph(getTranslation("badfiles.replace.waiting", result.scenarioId())));
            new ReplaceDialog(replaces, () -> showUpload(authoring.confirm(replaces.token())), () -> {
                authoring.cancel(replaces.token());
                uploadResult.removeAll();
                uploadResult.add(new Paragraph(getTranslation("badfiles.replace.cancelled", result.scenarioId())));
            }).open();
            return;
        }
        var headline = new Paragraph(result.accepted()
                ? getTranslation("library.upload.accepted", result.scenarioId())
                : getTranslation("library.upload.refused", result.scenarioId()));
        headline.addClassName(result.accepted() ? "passed" : "failed");
        uploadResult.add(headline);
        result.problems().forEach(p -> uploadResult.add(problemLine(p)));
        refresh();
    }

    private static Div problemLine(Problem p) {
        var line = new Div(p.toString());
        line.addClassName(p.severity() == Problem.Severity.ERROR ? "problem-error" : "problem-warning");
        return line;
    }

    private void showDetails(AuthoringService.LibraryRow row) {
        details.removeAll();
        if (row == null) {
            return;
        }
        details.add(new H3(row.title()));
        var playtest = new Button(getTranslation("library.playtest"),
                e -> playtest(() -> practice.start(row.id())));
        playtest.setId("playtest");
        playtest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        details.add(playtest);

        List<ScenarioLibrary.VersionInfo> versions = authoring.versions(row.id());
        var versionGrid = new Grid<ScenarioLibrary.VersionInfo>();
        versionGrid.setId("versions");
        versionGrid.addColumn(v -> v.hash().substring(0, 10)).setHeader(getTranslation("library.version"))
                .setAutoWidth(true);
        versionGrid.addColumn(v -> v.inUse() ? getTranslation("library.in-use") : v.valid()
                ? getTranslation("library.valid") : getTranslation("library.invalid"))
                .setHeader(getTranslation("library.state")).setAutoWidth(true);
        versionGrid.addColumn(v -> getTranslation("library.source." + v.source().name().toLowerCase()) + " · "
                + v.by() + " · " + WHEN.format(v.at())).setHeader(getTranslation("library.from")).setFlexGrow(2);
        versionGrid.addComponentColumn(v -> download(row.id(), v)).setKey("download").setAutoWidth(true);
        versionGrid.addComponentColumn(v -> {
            var play = new Button(getTranslation("library.playtest.version"),
                    e -> playtest(() -> practice.startVersion(row.id(), v.hash())));
            play.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            play.setEnabled(v.valid());
            return play;
        }).setKey("playtest").setAutoWidth(true);
        versionGrid.setItems(versions);
        versionGrid.setAllRowsVisible(true);
        details.add(new H3(getTranslation("library.versions")), versionGrid);

        if (versions.size() > 1) {
            var older = new Select<ScenarioLibrary.VersionInfo>();
            var newer = new Select<ScenarioLibrary.VersionInfo>();
            for (var select : List.of(older, newer)) {
                select.setItems(versions);
                select.setItemLabelGenerator(v -> v.hash().substring(0, 10) + " · " + WHEN.format(v.at()));
            }
            older.setLabel(getTranslation("library.diff.from"));
            newer.setLabel(getTranslation("library.diff.to"));
            older.setValue(versions.get(1));
            newer.setValue(versions.get(0));
            var diffBox = new Div();
            diffBox.setId("diff");
            var compare = new Button(getTranslation("library.diff.compare"),
                    e -> showDiff(diffBox, row.id(), older.getValue(), newer.getValue()));
            compare.setId("compare");
            var bar = new HorizontalLayout(older, newer, compare);
            bar.setAlignItems(FlexComponent.Alignment.BASELINE);
            details.add(new H3(getTranslation("library.diff")), bar, diffBox);
        }

        authoring.branchMap(row.id(), row.hash()).ifPresent(svg -> {
            var map = new SvgView(svg, "branch-map", "branch-map");
            var legend = new Paragraph(getTranslation("library.map.legend"));
            legend.addClassName("muted");
            details.add(new H3(getTranslation("library.map")), legend, map);
        });
    }

    private void playtest(java.util.function.LongSupplier start) {
        try {
            long attempt = start.getAsLong();
            UI.getCurrent().navigate("play/" + attempt, QueryParameters.of("debug", "on"));
        } catch (RuntimeException e) {
            com.vaadin.flow.component.notification.Notification.show(e.getMessage());
        }
    }

    private Anchor download(String scenarioId, ScenarioLibrary.VersionInfo version) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = authoring.content(scenarioId, version.hash()).orElse("").getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), scenarioId + "-" + version.hash()
                    .substring(0, 10) + ".yaml", "application/yaml", bytes.length);
        }), getTranslation("library.download"));
        link.getElement().setAttribute("download", true);
        return link;
    }

    private void showDiff(Div box, String scenarioId, ScenarioLibrary.VersionInfo older,
            ScenarioLibrary.VersionInfo newer) {
        box.removeAll();
        if (older == null || newer == null) {
            return;
        }
        var lines = authoring.diff(scenarioId, older.hash(), newer.hash());
        if (lines.stream().allMatch(l -> l.kind() == LineDiff.Kind.SAME)) {
            box.add(new Paragraph(getTranslation("library.diff.same")));
            return;
        }
        var pre = ReplaceDialog.diff(lines, Integer.MAX_VALUE);
        box.add(pre);
    }
}
