package com.rapport.audit.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;

import com.rapport.audit.AuditAction;
import com.rapport.audit.AuditEntry;
import com.rapport.audit.AuditService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

/** The audit log for admins: filter by dates, action and person, and export what the filter shows as CSV. */
@Route("admin/audit")
@PageTitle("Audit log · Rapport")
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final AuditService audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private volatile AuditService.Filter filter = AuditService.Filter.ALL;

    AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("view");
        var from = new DatePicker(getTranslation("audit.from"));
        from.setId("audit-from");
        var to = new DatePicker(getTranslation("audit.to"));
        to.setId("audit-to");
        var action = new Select<AuditAction>();
        action.setLabel(getTranslation("audit.action"));
        action.setId("audit-action");
        action.setItems(Arrays.asList(AuditAction.values()));
        action.setEmptySelectionAllowed(true);
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.any") : getTranslation(a.messageKey()));
        var who = new TextField(getTranslation("audit.who"));
        who.setId("audit-who");
        who.setMaxLength(100);
        var search = new Button(getTranslation("audit.search"), e -> {
            filter = new AuditService.Filter(from.getValue(), to.getValue(), action.getValue(), who.getValue());
            refresh();
        });
        search.setId("audit-search");
        var export = new Anchor((DownloadHandler) event -> {
            event.setFileName("rapport-audit-" + LocalDate.now() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                audit.export(filter, out);
            }
        }, getTranslation("audit.export"));
        export.setId("audit-export");

        grid.setId("audit-log");
        grid.addColumn(e -> TIME.format(e.getOccurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.getAction().messageKey())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::getTarget).setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(e -> e.getAddress() == null ? "" : e.getAddress()).setHeader(getTranslation("audit.address"));
        grid.addColumn(AuditEntry::getDetail).setHeader(getTranslation("audit.detail")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("audit.none"));

        var filters = new HorizontalLayout(from, to, action, who, search);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("audit.title")),
                new Paragraph(getTranslation("audit.explain", AuditService.SCREEN_LIMIT)), filters, export, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(audit.search(filter));
    }
}
