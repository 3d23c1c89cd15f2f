package com.rapport.practice.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import com.rapport.base.ui.Badges;
import com.rapport.practice.CatalogItem;
import com.rapport.practice.TierAccess;
import com.rapport.scenario.Tier;
import com.rapport.team.TeamService;

/** One scenario in the catalogue grid: title, tier and status, length, best score, summary, and how to play it. */
class ScenarioCard extends Div {

    ScenarioCard(CatalogItem item, TeamService.@Nullable AssignmentInfo assignment, TierAccess access,
            LocalDate today, Consumer<CatalogItem> start, LongConsumer resume) {
        addClassName("scenario-card");
        setId("card-" + item.scenarioId());
        var status = new Span(getTranslation("catalog.status." + item.status().id()));
        status.addClassNames("status-badge", "status-" + item.status().id());
        var meta = new Div(Badges.tier(item.tier()), status,
                new Span(item.shortestPath() == item.longestPath()
                        ? getTranslation("catalog.length.fixed", item.shortestPath())
                        : getTranslation("catalog.length", item.shortestPath(), item.longestPath())));
        if (item.bestScore() != null) {
            meta.add(new Span(getTranslation("catalog.best", item.bestScore())));
        }
        meta.addClassNames("card-meta", "muted");
        add(new H3(item.title()), meta);
        if (assignment != null) {
            boolean overdue = assignment.overdueOn(today);
            var due = new Span(getTranslation(overdue ? "catalog.overdue" : "catalog.due",
                    assignment.dueOn().toString(), assignment.assignedBy()));
            due.addClassName(overdue ? "assignment-overdue" : "assignment-open");
            due.setId("due-" + item.scenarioId());
            add(due);
        }
        var summary = new Paragraph(item.summary());
        summary.addClassName("card-summary");
        var topics = new Span(String.join(" · ", item.topics()));
        topics.addClassName("muted");
        add(summary, topics);
        Tier waitFor = access.waitFor(item.tier());
        if (waitFor != null) {
            var note = new Paragraph(getTranslation(access.enforced() ? "catalog.locked" : "catalog.practice",
                    getTranslation("tier." + waitFor.id())));
            note.addClassName("practice-note");
            note.setId("tier-note-" + item.scenarioId());
            add(note);
        }
        var actions = new Div();
        actions.addClassName("card-actions");
        Long unfinished = item.unfinishedAttempt();
        boolean refused = access.refuses(item.tier());
        if (unfinished != null) {
            var again = new Button(getTranslation("catalog.resume"), e -> resume.accept(unfinished));
            again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            again.setId("resume-" + item.scenarioId());
            var restart = new Button(getTranslation("catalog.restart"), e -> start.accept(item));
            restart.setId("start-" + item.scenarioId());
            again.setEnabled(!refused);
            restart.setEnabled(!refused);
            actions.add(again, restart);
        } else {
            var go = new Button(getTranslation("catalog.start"), e -> start.accept(item));
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            go.setId("start-" + item.scenarioId());
            go.setEnabled(!refused);
            actions.add(go);
        }
        actions.getChildren().map(Button.class::cast).forEach(b -> b.getElement().setAttribute("aria-label",
                b.getText() + ": " + item.title()));
        add(actions);
    }
}
