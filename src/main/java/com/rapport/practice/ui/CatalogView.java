package com.rapport.practice.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import com.rapport.base.ui.Badges;
import com.rapport.practice.CatalogItem;
import com.rapport.practice.PracticeService;
import com.rapport.practice.ScenarioUnavailableException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.rapport.scenario.Tier;

/** The scenario catalogue: what the trainee can practise, how long it is, and their best score. */
@Route("")
@PageTitle("Scenarios · Rapport")
@RolesAllowed({"TRAINEE", "TRAINER", "MANAGER", "ADMIN"})
class CatalogView extends VerticalLayout {

    private final PracticeService practice;
    private final VerticalLayout cards = new VerticalLayout();
    private final Select<Tier> tierFilter = new Select<>();

    CatalogView(PracticeService practice) {
        this.practice = practice;
        addClassName("view");
        tierFilter.setLabel(getTranslation("catalog.filter.tier"));
        tierFilter.setItems(Tier.values());
        tierFilter.setEmptySelectionAllowed(true);
        tierFilter.setEmptySelectionCaption(getTranslation("catalog.filter.all"));
        tierFilter.setItemLabelGenerator(t -> t == null ? getTranslation("catalog.filter.all")
                : getTranslation("tier." + t.id()));
        tierFilter.addValueChangeListener(e -> show());
        cards.setPadding(false);
        var intro = new Paragraph(getTranslation("catalog.intro"));
        intro.addClassName("muted");
        add(new H2(getTranslation("catalog.title")), intro, tierFilter, cards);
        show();
    }

    private void show() {
        cards.removeAll();
        var items = practice.catalog().stream()
                .filter(i -> tierFilter.getValue() == null || i.tier() == tierFilter.getValue()).toList();
        if (items.isEmpty()) {
            cards.add(new Paragraph(getTranslation("catalog.empty")));
        }
        items.forEach(item -> cards.add(card(item)));
    }

    private Div card(CatalogItem item) {
        var title = new H3(item.title());
        var meta = new HorizontalLayout(Badges.tier(item.tier()), new Span(String.join(" · ", item.topics())),
                new Span(item.shortestPath() == item.longestPath()
                        ? getTranslation("catalog.length.fixed", item.shortestPath())
                        : getTranslation("catalog.length", item.shortestPath(), item.longestPath())),
                new Span(item.bestScore() == null ? getTranslation("catalog.best.none")
                        : getTranslation("catalog.best", item.bestScore())));
        meta.setAlignItems(FlexComponent.Alignment.CENTER);
        meta.addClassName("muted");
        var summary = new Paragraph(item.summary());
        var actions = new HorizontalLayout();
        Long unfinished = item.unfinishedAttempt();
        if (unfinished != null) {
            var resume = new Button(getTranslation("catalog.resume"),
                    e -> getUI().ifPresent(ui -> ui.navigate(PlayView.class, unfinished)));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            resume.setId("resume-" + item.scenarioId());
            var restart = new Button(getTranslation("catalog.restart"), e -> start(item));
            restart.setId("start-" + item.scenarioId());
            actions.add(resume, restart);
        } else {
            var start = new Button(getTranslation("catalog.start"), e -> start(item));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-" + item.scenarioId());
            actions.add(start);
        }
        var card = new Div(title, meta, summary, actions);
        card.addClassName("scenario-card");
        card.setWidthFull();
        return card;
    }

    private void start(CatalogItem item) {
        long attemptId;
        try {
            attemptId = practice.start(item.scenarioId());
        } catch (ScenarioUnavailableException | IllegalArgumentException e) {
            Notification.show(getTranslation("catalog.unavailable"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            show();
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(PlayView.class, attemptId));
    }
}
