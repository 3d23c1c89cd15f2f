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
import com.rapport.practice.AttemptService;
import com.rapport.practice.PlayService;
import com.rapport.practice.ScenarioUnavailableException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.rapport.scenario.Tier;
import com.rapport.team.TeamService;

/** The scenario catalogue: what the trainee can practise, how long it is, and their best score. */
@Route("")
@PageTitle("Scenarios · Rapport")
@RolesAllowed({"TRAINEE", "TRAINER", "MANAGER", "ADMIN"})
class CatalogView extends VerticalLayout {

    private final AttemptService practice;
    private final PlayService play;
    private final TeamService teams;
    private final VerticalLayout cards = new VerticalLayout();
    private final Select<Tier> tierFilter = new Select<>();
    private final Select<String> topicFilter = new Select<>();
    private java.util.List<CatalogItem> all = java.util.List.of();
    /** Open assignments by scenario, soonest due first. */
    private java.util.Map<String, TeamService.AssignmentInfo> assigned = java.util.Map.of();

    CatalogView(AttemptService practice, PlayService play, TeamService teams) {
        this.practice = practice;
        this.play = play;
        this.teams = teams;
        addClassName("view");
        topicFilter.setLabel(getTranslation("catalog.filter.topic"));
        topicFilter.setId("topic-filter");
        load();
        topicFilter.setItems(all.stream().flatMap(i -> i.topics().stream()).distinct().sorted().toList());
        topicFilter.setEmptySelectionAllowed(true);
        topicFilter.setEmptySelectionCaption(getTranslation("catalog.filter.all-topics"));
        topicFilter.setItemLabelGenerator(t -> t == null ? getTranslation("catalog.filter.all-topics") : t);
        topicFilter.addValueChangeListener(e -> show());
        tierFilter.setId("tier-filter");
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
        var filters = new HorizontalLayout(tierFilter, topicFilter);
        add(new H2(getTranslation("catalog.title")), intro, filters, cards);
        show();
    }

    /** Reads the catalogue and the trainee's open assignments; the filters then work on what was read. */
    private void load() {
        all = practice.catalog();
        var mine = practice.myAttempts();
        var open = new java.util.LinkedHashMap<String, TeamService.AssignmentInfo>();
        teams.myAssignments().stream()
                .filter(a -> mine.stream().noneMatch(t -> t.finished() && t.scenarioId().equals(a.scenarioId())
                        && java.util.Objects.requireNonNull(t.finishedAt()).isAfter(a.assignedAt())))
                .forEach(a -> open.putIfAbsent(a.scenarioId(), a));
        assigned = open;
    }

    private void show() {
        cards.removeAll();
        var items = all.stream()
                .filter(i -> tierFilter.getValue() == null || i.tier() == tierFilter.getValue())
                .filter(i -> topicFilter.getValue() == null || i.topics().contains(topicFilter.getValue()))
                .toList();
        // assignments first: what the trainee's manager asked for, soonest due at the top
        var byId = new java.util.HashMap<String, CatalogItem>();
        all.forEach(i -> byId.put(i.scenarioId(), i));
        if (!assigned.isEmpty()) {
            var heading = new H3(getTranslation("catalog.assigned"));
            heading.setId("assigned-heading");
            cards.add(heading);
            assigned.values().forEach(a -> {
                CatalogItem item = byId.get(a.scenarioId());
                if (item != null) {
                    cards.add(card(item, a));
                }
            });
            cards.add(new H3(getTranslation("catalog.everything")));
        }
        if (items.isEmpty()) {
            cards.add(new Paragraph(getTranslation("catalog.empty")));
        }
        items.stream().filter(i -> !assigned.containsKey(i.scenarioId())).forEach(item -> cards.add(card(item, null)));
    }

    private Div card(CatalogItem item, TeamService.@org.jspecify.annotations.Nullable AssignmentInfo assignment) {
        var title = new H3(item.title());
        var meta = new HorizontalLayout(Badges.tier(item.tier()), new Span(String.join(" · ", item.topics())),
                new Span(item.shortestPath() == item.longestPath()
                        ? getTranslation("catalog.length.fixed", item.shortestPath())
                        : getTranslation("catalog.length", item.shortestPath(), item.longestPath())),
                new Span(item.bestScore() == null ? getTranslation("catalog.best.none")
                        : getTranslation("catalog.best", item.bestScore())));
        meta.setAlignItems(FlexComponent.Alignment.CENTER);
        meta.addClassName("muted");
        if (assignment != null) {
            boolean overdue = assignment.overdueOn(teams.today());
            var due = new Span(getTranslation(overdue ? "catalog.overdue" : "catalog.due",
                    assignment.dueOn().toString(), assignment.assignedBy()));
            due.addClassName(overdue ? "assignment-overdue" : "assignment-open");
            due.setId("due-" + item.scenarioId());
            meta.add(due);
        }
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
            attemptId = play.start(item.scenarioId());
        } catch (ScenarioUnavailableException | IllegalArgumentException e) {
            Notification.show(getTranslation("catalog.unavailable"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            load();
            show();
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(PlayView.class, attemptId));
    }
}
