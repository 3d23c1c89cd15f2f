package com.rapport.authoring.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import com.rapport.base.ui.Badges;
import com.rapport.scenario.Problem;
import com.rapport.scenario.ScenarioCatalog;

/** Trainers' view of the scenario folder: what loaded, and every problem with its file, line and column. */
@Route("library")
@PageTitle("Scenario library · Rapport")
@RolesAllowed({"TRAINER", "ADMIN"})
class LibraryView extends VerticalLayout {

    LibraryView(ScenarioCatalog catalog) {
        addClassName("view");
        var intro = new Paragraph(getTranslation("library.intro"));
        intro.addClassName("muted");
        var grid = new Grid<ScenarioCatalog.Entry>();
        grid.setId("library");
        grid.addColumn(e -> e.scenario().title()).setHeader(getTranslation("attempts.scenario")).setFlexGrow(3)
                .setSortable(true);
        grid.addComponentColumn(e -> Badges.tier(e.scenario().tier())).setHeader(getTranslation("attempts.tier"))
                .setAutoWidth(true);
        grid.addColumn(ScenarioCatalog.Entry::file).setHeader(getTranslation("library.file")).setAutoWidth(true);
        grid.addColumn(e -> e.scenario().shortestPathDecisions() + "–" + e.scenario().longestPathDecisions())
                .setHeader(getTranslation("library.decisions")).setAutoWidth(true);
        grid.addColumn(e -> e.version().substring(0, 12)).setHeader(getTranslation("library.version"))
                .setAutoWidth(true);
        grid.setItems(catalog.all());
        grid.setAllRowsVisible(true);
        var problems = new Div();
        problems.setId("problems");
        if (catalog.problems().isEmpty()) {
            problems.add(new Paragraph(getTranslation("library.problems.none")));
        }
        for (Problem problem : catalog.problems()) {
            var line = new Div(problem.toString());
            line.addClassName(problem.severity() == Problem.Severity.ERROR ? "problem-error" : "problem-warning");
            problems.add(line);
        }
        add(new H2(getTranslation("library.title")), intro, grid, new H3(getTranslation("library.problems")),
                problems);
    }
}
