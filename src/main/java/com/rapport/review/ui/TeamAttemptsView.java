package com.rapport.review.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import com.rapport.practice.PracticeService;
import com.rapport.practice.ui.AttemptGrid;

/** Managers' first screen: every attempt, newest first, each opening its debrief. */
@Route("review")
@PageTitle("Team attempts · Rapport")
@RolesAllowed({"MANAGER", "ADMIN"})
class TeamAttemptsView extends VerticalLayout {

    TeamAttemptsView(PracticeService practice) {
        addClassName("view");
        var intro = new Paragraph(getTranslation("review.intro"));
        intro.addClassName("muted");
        add(new H2(getTranslation("review.title")), intro,
                new AttemptGrid(practice.allAttempts(), true, getTranslation("review.empty")));
    }
}
