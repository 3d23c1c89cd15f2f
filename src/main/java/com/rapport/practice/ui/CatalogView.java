package com.rapport.practice.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import com.rapport.practice.AttemptService;
import com.rapport.practice.CatalogItem;
import com.rapport.practice.CatalogQuery;
import com.rapport.practice.PlayService;
import com.rapport.practice.ScenarioUnavailableException;
import com.rapport.practice.TierAccess;
import com.rapport.practice.TierLockedException;
import com.rapport.scenario.Tier;
import com.rapport.team.TeamService;

/**
 * The scenario catalogue: a grid of cards, what the trainee's manager assigned first, with a search over title,
 * summary and topics and filters by status, tier and topic (applied on the server). Cards of a tier not open yet
 * say it is practice that does not count, or that it is locked, as the site decides.
 */
@Route("")
@PageTitle("Scenarios · Rapport")
@RolesAllowed({"TRAINEE", "TRAINER", "MANAGER", "ADMIN"})
@StyleSheet("styles/practice.css")
class CatalogView extends VerticalLayout {

    private final AttemptService practice;
    private final PlayService play;
    private final TeamService teams;
    private final Div cards = new Div();
    private final TextField search = new TextField();
    private final Select<CatalogItem.Status> statusFilter = new Select<>();
    private final Select<Tier> tierFilter = new Select<>();
    private final Select<String> topicFilter = new Select<>();
    /** Open assignments by scenario, soonest due first. */
    private Map<String, TeamService.AssignmentInfo> assigned = Map.of();
    private TierAccess access = TierAccess.OPEN;

    CatalogView(AttemptService practice, PlayService play, TeamService teams) {
        this.practice = practice;
        this.play = play;
        this.teams = teams;
        addClassName("view");
        search.setLabel(getTranslation("catalog.search"));
        search.setPlaceholder(getTranslation("catalog.search.placeholder"));
        search.setId("catalog-search");
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> show());
        statusFilter.setId("status-filter");
        statusFilter.setLabel(getTranslation("catalog.filter.status"));
        statusFilter.setItems(CatalogItem.Status.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("catalog.status.any"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("catalog.status.any")
                : getTranslation("catalog.status." + s.id()));
        statusFilter.addValueChangeListener(e -> show());
        topicFilter.setLabel(getTranslation("catalog.filter.topic"));
        topicFilter.setId("topic-filter");
        // the whole catalogue, read once: it lists the topics and, as no filter is set yet, is the first page shown
        List<CatalogItem> everything = practice.catalog();
        topicFilter.setItems(everything.stream().flatMap(i -> i.topics().stream()).distinct().sorted().toList());
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
        cards.setId("catalog");
        cards.addClassName("catalog-grid");
        var intro = new Paragraph(getTranslation("catalog.intro"));
        intro.addClassName("muted");
        var filters = new Div(search, statusFilter, tierFilter, topicFilter);
        filters.addClassName("catalog-filters");
        filters.getElement().setAttribute("role", "search");
        add(new H1(getTranslation("catalog.title")), intro, filters, cards);
        load();
        show(everything);
    }

    /** Reads the trainee's open assignments and which tiers count for them; the filters then ask the server. */
    private void load() {
        var mine = practice.myAttempts();
        var open = new LinkedHashMap<String, TeamService.AssignmentInfo>();
        teams.myAssignments().stream()
                .filter(a -> mine.stream().noneMatch(t -> t.finished() && t.scenarioId().equals(a.scenarioId())
                        && Objects.requireNonNull(t.finishedAt()).isAfter(a.assignedAt())))
                .forEach(a -> open.putIfAbsent(a.scenarioId(), a));
        assigned = open;
        access = play.tierAccess();
    }

    /** The query the search field and filters make. */
    CatalogQuery query() {
        return new CatalogQuery(search.getValue(), statusFilter.getValue(), tierFilter.getValue(),
                topicFilter.getValue());
    }

    private void show() {
        show(practice.catalog(query()));
    }

    private void show(List<CatalogItem> items) {
        cards.removeAll();
        LocalDate today = teams.today();
        var byId = new LinkedHashMap<String, CatalogItem>();
        items.forEach(i -> byId.put(i.scenarioId(), i));
        var mine = assigned.values().stream().filter(a -> byId.containsKey(a.scenarioId())).toList();
        if (!mine.isEmpty()) {
            var heading = new H2(getTranslation("catalog.assigned"));
            heading.setId("assigned-heading");
            cards.add(heading);
            mine.forEach(a -> cards.add(card(byId.get(a.scenarioId()), a, today)));
        }
        var rest = items.stream().filter(i -> !assigned.containsKey(i.scenarioId())).toList();
        var heading = new H2(getTranslation("catalog.everything.count", rest.size()));
        heading.setId("all-heading");
        cards.add(heading);
        if (items.isEmpty()) {
            var none = new Paragraph(getTranslation(query().equals(CatalogQuery.ALL) ? "catalog.empty"
                    : "catalog.no-match"));
            none.setId("catalog-empty");
            cards.add(none);
        }
        rest.forEach(item -> cards.add(card(item, null, today)));
    }

    private ScenarioCard card(CatalogItem item, TeamService.@Nullable AssignmentInfo assignment, LocalDate today) {
        return new ScenarioCard(item, assignment, access, today, this::start,
                id -> getUI().ifPresent(ui -> ui.navigate(PlayView.class, id)));
    }

    private void start(CatalogItem item) {
        long attemptId;
        try {
            attemptId = play.start(item.scenarioId());
        } catch (TierLockedException e) {
            Notification.show(getTranslation("catalog.locked.refused", getTranslation("tier." + e.tier().id()),
                    getTranslation("tier." + e.waitFor().id()))).addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
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
