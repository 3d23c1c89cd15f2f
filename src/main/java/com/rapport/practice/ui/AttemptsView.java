package com.rapport.practice.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import com.rapport.shared.ui.AttemptGrid;
import com.rapport.practice.AttemptService;

/** The trainee's own attempts: reopen any debrief, resume any unfinished attempt. */
@Route("attempts")
@PageTitle("My attempts · Rapport")
@RolesAllowed({"TRAINEE", "TRAINER", "MANAGER", "ADMIN"})
class AttemptsView extends VerticalLayout {

    AttemptsView(AttemptService practice) {
        addClassName("view");
        add(new H2(getTranslation("attempts.title")),
                new AttemptGrid(practice.myAttempts(), false, getTranslation("attempts.empty")));
    }
}
