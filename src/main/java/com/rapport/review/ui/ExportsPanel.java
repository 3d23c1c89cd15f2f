package com.rapport.review.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;

import com.rapport.practice.CatalogItem;
import com.rapport.review.ExportFilter;
import com.rapport.review.ReviewService;
import com.rapport.scenario.Tier;

/** Attempts and criteria as CSV and the attempts as xAPI statements, narrowed by dates, scenario, tier and trainee. */
class ExportsPanel extends DashboardPanel {

    private volatile ExportFilter exportFilter = ExportFilter.ALL;

    ExportsPanel(ReviewService review, List<CatalogItem> catalog) {
        super("dashboard.export");
        var explain = muted("dashboard.export.explain");
        var from = new DatePicker(getTranslation("dashboard.export.from"));
        from.setId("export-from");
        var to = new DatePicker(getTranslation("dashboard.export.to"));
        to.setId("export-to");
        var scenario = new Select<CatalogItem>();
        scenario.setLabel(getTranslation("dashboard.export.scenario"));
        scenario.setId("export-scenario");
        scenario.setItems(catalog);
        scenario.setEmptySelectionAllowed(true);
        scenario.setItemLabelGenerator(i -> i == null ? getTranslation("catalog.filter.all") : i.title());
        Select<Tier> exportTier = tierSelect("export-tier");
        var trainee = new Select<String>();
        trainee.setLabel(getTranslation("dashboard.export.trainee"));
        trainee.setId("export-trainee");
        trainee.setItems(review.members());
        trainee.setEmptySelectionAllowed(true);
        var names = review.memberNames();
        trainee.setItemLabelGenerator(t -> t == null ? getTranslation("dashboard.export.everyone")
                : names.getOrDefault(t, t));
        Runnable update = () -> exportFilter = new ExportFilter(trainee.getValue(), scenario.getValue() == null
                ? null : scenario.getValue().scenarioId(), exportTier.getValue(), from.getValue(), to.getValue());
        from.addValueChangeListener(e -> update.run());
        to.addValueChangeListener(e -> update.run());
        scenario.addValueChangeListener(e -> update.run());
        exportTier.addValueChangeListener(e -> update.run());
        trainee.addValueChangeListener(e -> update.run());
        var links = new HorizontalLayout(
                download("attempts.csv", "text/csv", "dashboard.export.attempts", review::exportAttempts),
                download("criteria.csv", "text/csv", "dashboard.export.criteria", review::exportCriteria),
                download("xapi-statements.json", "application/json", "dashboard.export.xapi", review::exportXapi));
        var row = row(from, to, scenario, exportTier, trainee);
        row.setWrap(true);
        add(explain, row, links);
    }

    private Anchor download(String file, String type, String label, BiConsumer<ExportFilter, Writer> export) {
        String prefix = "rapport-" + LocalDate.now() + "-";
        var anchor = new Anchor((DownloadHandler) event -> {
            event.setFileName(prefix + file);
            event.setContentType(type + "; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                export.accept(exportFilter, out);
            }
        }, getTranslation(label));
        anchor.setId("export-" + file.replace('.', '-'));
        return anchor;
    }
}
