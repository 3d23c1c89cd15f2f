package com.rapport.review.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.BiConsumer;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import com.rapport.practice.CatalogItem;
import com.rapport.practice.PracticeService;
import com.rapport.review.ExportFilter;
import com.rapport.review.ReviewService;
import com.rapport.scenario.Tier;
import com.rapport.team.TeamService;

/**
 * The manager's first screen: the team as a grid that sorts, filters and loads page by page; a heat map of
 * proficiency; per-scenario completion and pass rates with the moments where replies lose points; assignments;
 * and exports. Every row opens down to a trainee and their single attempts.
 */
@Route("review")
@PageTitle("Team dashboard · Rapport")
@RolesAllowed({"MANAGER", "ADMIN"})
class DashboardView extends VerticalLayout {

    private final ReviewService review;
    private final TeamGrid team;
    private volatile ExportFilter exportFilter = ExportFilter.ALL;

    DashboardView(ReviewService review, TeamService teams, PracticeService practice) {
        this.review = review;
        addClassName("view");
        var intro = new Paragraph(getTranslation("dashboard.intro"));
        intro.addClassName("muted");
        add(new H2(getTranslation("dashboard.title")), intro);
        team = new TeamGrid(review);
        add(team.filters(), team);
        add(new HeatMapPanel(review));
        var hotspots = new HotspotsPanel(review);
        add(hotspots, hotspots.replies());
        var catalog = practice.catalog();
        add(members(teams));
        add(assign(teams, catalog));
        add(exports(catalog));
    }

    /** Sorts the team grid on a column, as a click on its header would. */
    void sortBy(String key, boolean descending) {
        team.sortBy(key, descending);
    }

    /** The manager's teams: who is on each, adding a trainee by username, taking one off. */
    private VerticalLayout members(TeamService teams) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.setId("teams");
        box.add(new H3(getTranslation("dashboard.teams")));
        var myTeams = teams.myTeams();
        if (myTeams.isEmpty()) {
            var name = new TextField(getTranslation("dashboard.teams.new"));
            name.setId("new-team");
            var create = new Button(getTranslation("dashboard.teams.create"), e -> {
                if (!name.getValue().isBlank()) {
                    teams.createTeam(name.getValue().strip(), teams.currentManager(), java.util.List.of());
                    getUI().ifPresent(ui -> ui.getPage().reload());
                }
            });
            var row = new HorizontalLayout(name, create);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            box.add(row);
            return box;
        }
        for (TeamService.TeamInfo team : myTeams) {
            var who = new Paragraph(getTranslation("dashboard.teams.members", team.name(), team.members().isEmpty()
                    ? getTranslation("dashboard.none") : String.join(", ", team.members())));
            who.setId("team-" + team.id());
            var username = new TextField(getTranslation("dashboard.teams.username"));
            username.setId("add-member-" + team.id());
            var add = new Button(getTranslation("dashboard.teams.add"), e -> {
                try {
                    teams.addMember(team.id(), username.getValue());
                } catch (IllegalArgumentException ex) {
                    username.setInvalid(true);
                    username.setErrorMessage(getTranslation("dashboard.teams.unknown", username.getValue()));
                    return;
                }
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            add.setId("add-member-button-" + team.id());
            var remove = new Button(getTranslation("dashboard.teams.remove"), e -> {
                teams.removeMember(team.id(), username.getValue().strip());
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var row = new HorizontalLayout(username, add, remove);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            box.add(who, row);
        }
        return box;
    }

    private VerticalLayout assign(TeamService teams, java.util.List<CatalogItem> catalog) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("dashboard.assign")));
        var who = new MultiSelectComboBox<String>(getTranslation("dashboard.assign.trainees"));
        who.setId("assign-trainees");
        who.setItems(review.members());
        var what = new Select<CatalogItem>();
        what.setLabel(getTranslation("dashboard.assign.scenario"));
        what.setId("assign-scenario");
        what.setItems(catalog);
        what.setItemLabelGenerator(i -> i == null ? "" : i.title() + " (" + getTranslation("tier." + i.tier().id())
                + ")");
        var due = new DatePicker(getTranslation("dashboard.assign.due"));
        due.setId("assign-due");
        due.setMin(teams.today());
        var button = new Button(getTranslation("dashboard.assign.button"), e -> {
            if (who.getValue().isEmpty() || what.getValue() == null || due.getValue() == null) {
                Notification.show(getTranslation("dashboard.assign.incomplete"))
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
                return;
            }
            int n = teams.assign(who.getValue(), what.getValue().scenarioId(), due.getValue());
            Notification.show(getTranslation("dashboard.assign.done", n))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            who.clear();
        });
        button.setId("assign");
        var row = new HorizontalLayout(who, what, due, button);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.add(row);
        return box;
    }

    private VerticalLayout exports(java.util.List<CatalogItem> catalog) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("dashboard.export")));
        var explain = new Paragraph(getTranslation("dashboard.export.explain"));
        explain.addClassName("muted");
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
        var exportTier = new Select<Tier>();
        exportTier.setLabel(getTranslation("dashboard.filter.tier"));
        exportTier.setId("export-tier");
        exportTier.setItems(Tier.values());
        exportTier.setEmptySelectionAllowed(true);
        exportTier.setItemLabelGenerator(t -> t == null ? getTranslation("dashboard.filter.all")
                : getTranslation("tier." + t.id()));
        var trainee = new Select<String>();
        trainee.setLabel(getTranslation("dashboard.export.trainee"));
        trainee.setId("export-trainee");
        trainee.setItems(review.members());
        trainee.setEmptySelectionAllowed(true);
        trainee.setItemLabelGenerator(t -> t == null ? getTranslation("dashboard.export.everyone") : t);
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
        var row = new HorizontalLayout(from, to, scenario, exportTier, trainee);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        box.add(explain, row, links);
        return box;
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
