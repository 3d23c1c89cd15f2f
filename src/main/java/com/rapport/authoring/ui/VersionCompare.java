package com.rapport.authoring.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import com.rapport.authoring.AuthoringService;
import com.rapport.authoring.LineDiff;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scenario.ScenarioVersion;

/**
 * Any two versions of a scenario side by side as a unified diff: the version in use on the "to" side and the
 * newest other valid version on the "from" side by default; changing either select compares again.
 */
class VersionCompare extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final AuthoringService authoring;
    private final String scenarioId;
    private final Select<ScenarioLibrary.VersionInfo> from = new Select<>();
    private final Select<ScenarioLibrary.VersionInfo> to = new Select<>();
    private final Div diff = new Div();

    VersionCompare(AuthoringService authoring, String scenarioId, List<ScenarioLibrary.VersionInfo> versions) {
        this.authoring = authoring;
        this.scenarioId = scenarioId;
        setPadding(false);
        from.setId("diff-from");
        to.setId("diff-to");
        from.setLabel(getTranslation("library.diff.from"));
        to.setLabel(getTranslation("library.diff.to"));
        for (var select : List.of(from, to)) {
            select.setItems(versions);
            select.setItemLabelGenerator(this::label);
        }
        var inUse = versions.stream().filter(ScenarioLibrary.VersionInfo::inUse).findFirst()
                .orElse(versions.getFirst());
        to.setValue(inUse);
        from.setValue(defaultOther(versions, inUse));
        diff.setId("diff");
        diff.setWidthFull();
        var legend = new Paragraph(getTranslation("library.diff.legend"));
        legend.addClassName("muted");
        from.addValueChangeListener(e -> compare());
        to.addValueChangeListener(e -> compare());
        var pick = new HorizontalLayout(from, to);
        pick.setWrap(true);
        add(new H3(getTranslation("library.diff")), pick, legend, diff);
        compare();
    }

    /** The newest other version, a valid upload or file before a draft or a version with errors. */
    static ScenarioLibrary.VersionInfo defaultOther(List<ScenarioLibrary.VersionInfo> versions,
            ScenarioLibrary.VersionInfo inUse) {
        return versions.stream().filter(v -> !v.hash().equals(inUse.hash()))
                .min(Comparator.comparing((ScenarioLibrary.VersionInfo v) -> !v.valid()
                        || v.source() == ScenarioVersion.Source.DRAFT))
                .orElse(inUse);
    }

    /** Chooses the two versions, as the selects would. */
    void compare(ScenarioLibrary.VersionInfo older, ScenarioLibrary.VersionInfo newer) {
        from.setValue(older);
        to.setValue(newer);
    }

    private void compare() {
        diff.removeAll();
        ScenarioLibrary.@Nullable VersionInfo a = from.getValue();
        ScenarioLibrary.@Nullable VersionInfo b = to.getValue();
        if (a == null || b == null) {
            return;
        }
        var lines = authoring.diff(scenarioId, a.hash(), b.hash());
        if (!LineDiff.changed(lines)) {
            diff.add(new Paragraph(getTranslation("library.diff.same")));
            return;
        }
        diff.add(DiffView.of(lines, Integer.MAX_VALUE));
    }

    private String label(ScenarioLibrary.VersionInfo v) {
        return v.hash().substring(0, 10) + " · " + LibraryView.state(this, v) + " · " + WHEN.format(v.at());
    }
}
