package com.rapport.practice.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import com.rapport.shared.ui.DebriefPanel;
import com.rapport.practice.AttemptNotFoundException;
import com.rapport.practice.DebriefService;

/** The end of an attempt: its debrief, for the trainee (and, read-only, for their manager). */
@Route("debrief")
@PageTitle("Debrief · Rapport")
@RolesAllowed({"TRAINEE", "TRAINER", "MANAGER", "ADMIN"})
class DebriefView extends VerticalLayout implements HasUrlParameter<Long> {

    private final DebriefService practice;

    DebriefView(DebriefService practice) {
        this.practice = practice;
        addClassName("view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        try {
            add(new DebriefPanel(practice.debrief(id)));
        } catch (AttemptNotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        var again = new Button(getTranslation("debrief.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(CatalogView.class)));
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(again);
    }
}
