package com.rapport.review.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import com.rapport.practice.AttemptService;
import com.rapport.review.ReviewService;
import com.rapport.team.TeamService;

/**
 * The manager's first screen: the team as a grid that sorts, filters and loads page by page; a heat map of
 * proficiency; per-scenario completion and pass rates with the moments where replies lose points; the teams and
 * their members; assignments; and exports. Every row opens down to a trainee and their single attempts.
 */
@Route("review")
@PageTitle("Team dashboard · Rapport")
@RolesAllowed({"MANAGER", "ADMIN"})
class DashboardView extends VerticalLayout {

    private final TeamGrid team;

    DashboardView(ReviewService review, TeamService teams, AttemptService practice) {
        addClassName("view");
        var intro = new Paragraph(getTranslation("dashboard.intro"));
        intro.addClassName("muted");
        add(new H1(getTranslation("dashboard.title")), intro);
        team = new TeamGrid(review);
        add(team.filters(), team);
        add(new HeatMapPanel(review));
        add(new HotspotsPanel(review));
        var catalog = practice.catalog();
        add(new TeamMembersPanel(teams, review.memberNames()));
        add(new AssignPanel(review, teams, catalog));
        add(new ExportsPanel(review, catalog));
    }

    /** Sorts the team grid on a column, as a click on its header would. */
    void sortBy(String key, boolean descending) {
        team.sortBy(key, descending);
    }
}
