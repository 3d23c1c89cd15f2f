package com.rapport.progress.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import com.rapport.shared.ui.ProgressPanel;
import com.rapport.practice.PlayService;
import com.rapport.progress.ProgressService;

/** The trainee's own progress page. */
@Route("progress")
@PageTitle("My progress · Rapport")
@RolesAllowed({"TRAINEE", "TRAINER", "MANAGER", "ADMIN"})
class ProgressView extends VerticalLayout {

    ProgressView(ProgressService progress, PlayService practice) {
        addClassName("view");
        add(new H2(getTranslation("progress.title")));
        add(new ProgressPanel(progress.myProgress(), scenarioId -> {
            long id = practice.start(scenarioId);
            getUI().ifPresent(ui -> ui.navigate("play/" + id));
        }));
    }
}
