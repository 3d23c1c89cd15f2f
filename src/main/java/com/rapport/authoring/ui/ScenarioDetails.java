package com.rapport.authoring.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import com.rapport.authoring.AuthoringService;
import com.rapport.base.ui.SvgView;
import com.rapport.scenario.ScenarioLibrary;

/**
 * The right-hand side of the library for one scenario: its version and state, playtest and edit, every version
 * (downloadable, playable, editable), a comparison of any two, and the branch map.
 */
class ScenarioDetails extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    /**
     * @param playtest plays a version (by hash) with the debug panel
     * @param edit opens the editor on a version's text (by hash)
     */
    private final AuthoringService authoring;

    ScenarioDetails(AuthoringService authoring, AuthoringService.LibraryRow row, Consumer<String> playtest,
            BiConsumer<String, String> edit) {
        this.authoring = authoring;
        setPadding(false);
        setId("details");
        var title = new H2(row.title());
        var facts = new Paragraph(getTranslation("library.details.facts", row.id(), row.file(),
                (row.authorVersion() == null ? "" : "v" + row.authorVersion() + " · ") + row.hash().substring(0, 10),
                row.nodes(), row.attempts()));
        facts.addClassName("muted");
        var play = new Button(getTranslation("library.playtest"), e -> playtest.accept(row.hash()));
        play.setId("playtest");
        play.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var open = new Button(getTranslation("library.edit"), e -> edit.accept(row.file(), row.hash()));
        open.setId("edit");
        add(title, facts, new HorizontalLayout(play, open));

        List<ScenarioLibrary.VersionInfo> versions = authoring.versions(row.id());
        var grid = new Grid<ScenarioLibrary.VersionInfo>();
        grid.setId("versions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(v -> v.hash().substring(0, 10)).setHeader(getTranslation("library.version"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> LibraryView.state(this, v)).setHeader(getTranslation("library.state")).setFlexGrow(1);
        grid.addColumn(v -> getTranslation("library.source." + v.source().name().toLowerCase()) + " · " + v.by()
                + " · " + WHEN.format(v.at())).setHeader(getTranslation("library.from")).setFlexGrow(2);
        grid.addComponentColumn(this::download).setKey("download").setHeader(getTranslation("library.download"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(v -> playButton(v, playtest)).setKey("playtest")
                .setHeader(getTranslation("library.playtest.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(v -> editButton(row, v, edit)).setKey("edit")
                .setHeader(getTranslation("library.edit.version")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("library.versions")), grid);
        if (versions.size() > 1) {
            add(new VersionCompare(authoring, row.id(), versions));
        }
        authoring.branchMap(row.id(), row.hash()).ifPresent(svg -> {
            var legend = new Paragraph(getTranslation("library.map.legend"));
            legend.addClassName("muted");
            add(new H3(getTranslation("library.map")), legend, new SvgView(svg, "branch-map", "branch-map"));
        });
    }

    private Button playButton(ScenarioLibrary.VersionInfo v, Consumer<String> playtest) {
        var play = small(getTranslation("library.playtest.version"), e -> playtest.accept(v.hash()));
        play.setEnabled(v.valid());
        play.getElement().setAttribute("aria-label", getTranslation("library.playtest.version.named", short10(v)));
        return play;
    }

    private Button editButton(AuthoringService.LibraryRow row, ScenarioLibrary.VersionInfo v,
            BiConsumer<String, String> edit) {
        var open = small(getTranslation("library.edit.version"), e -> edit.accept(row.file(), v.hash()));
        open.getElement().setAttribute("aria-label", getTranslation("library.edit.version.named", short10(v)));
        return open;
    }

    private Anchor download(ScenarioLibrary.VersionInfo v) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = authoring.content(v.scenarioId(), v.hash()).orElse("").getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), v.scenarioId() + "-" + short10(v) + ".yaml",
                    "application/yaml", bytes.length);
        }), getTranslation("library.download"));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", getTranslation("library.download.named", short10(v)));
        return link;
    }

    private static Button small(String text,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        var button = new Button(text, click);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static String short10(ScenarioLibrary.VersionInfo v) {
        return v.hash().substring(0, 10);
    }
}
