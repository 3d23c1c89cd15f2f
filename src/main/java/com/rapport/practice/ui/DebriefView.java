package com.rapport.practice.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import com.rapport.base.ui.Badges;
import com.rapport.practice.AttemptNotFoundException;
import com.rapport.practice.Debrief;
import com.rapport.practice.DebriefService;
import com.rapport.shared.ui.DebriefPanel;

/**
 * The end of an attempt: its debrief, for the trainee (and, read-only, for their manager). Trainers and admins,
 * who come here from a playtest, also see what the scorer matched and how sure it was.
 */
@Route("debrief")
@PageTitle("Debrief · Rapport")
@RolesAllowed({"TRAINEE", "TRAINER", "MANAGER", "ADMIN"})
@StyleSheet("styles/practice.css")
class DebriefView extends VerticalLayout implements HasUrlParameter<Long> {

    private final DebriefService practice;
    private final boolean scorerDetails;

    DebriefView(DebriefService practice, AuthenticationContext auth) {
        this.practice = practice;
        this.scorerDetails = auth.hasAnyRole("TRAINER", "ADMIN");
        addClassName("view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        Debrief debrief;
        try {
            debrief = practice.debrief(id);
        } catch (AttemptNotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        var title = new HorizontalLayout(new H1(getTranslation("debrief.heading", debrief.scenarioTitle())),
                Badges.tier(debrief.tier()));
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        title.addClassName("debrief-title");
        add(title, new DebriefPanel(debrief, scorerDetails));
        var back = new Button(getTranslation("debrief.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(CatalogView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        back.setId("back-to-scenarios");
        add(back);
    }
}
