package com.rapport.review.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouterLink;

import com.rapport.base.ui.Badges;
import com.rapport.review.ReviewService;
import com.rapport.review.TeamQuery;
import com.rapport.review.TeamRow;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Tier;

/**
 * The team as a grid that sorts, filters and loads page by page, with a column for the criterion in focus; a row
 * opens the trainee. Its filters stand in a row of their own, which the view places above it.
 */
class TeamGrid extends Grid<TeamRow> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    private static final int PAGE = 50;

    private final ReviewService review;
    private final TextField search = new TextField();
    private final Select<Tier> tier = DashboardPanel.tierSelect("tier");
    private final Checkbox coaching = new Checkbox();
    private final Select<Criterion> focus = new Select<>();
    private final HorizontalLayout filters;

    TeamGrid(ReviewService review) {
        this.review = review;
        filters = filterRow();
        columns();
    }

    /** The name search, tier, focus criterion and needs-coaching filters. */
    HorizontalLayout filters() {
        return filters;
    }

    private HorizontalLayout filterRow() {
        search.setLabel(getTranslation("dashboard.filter.text"));
        search.setId("search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        tier.setEmptySelectionCaption(getTranslation("dashboard.filter.all"));
        coaching.setLabel(getTranslation("dashboard.filter.coaching"));
        coaching.setId("needs-coaching");
        focus.setLabel(getTranslation("dashboard.focus"));
        focus.setId("focus");
        focus.setItems(Criterion.values());
        focus.setItemLabelGenerator(c -> getTranslation("criterion." + c.id()));
        focus.setValue(Criterion.HIPAA);
        search.addValueChangeListener(e -> getDataProvider().refreshAll());
        tier.addValueChangeListener(e -> getDataProvider().refreshAll());
        coaching.addValueChangeListener(e -> getDataProvider().refreshAll());
        focus.addValueChangeListener(e -> {
            getColumnByKey("FOCUS").setHeader(header("criterion." + e.getValue().id()));
            getDataProvider().refreshAll();
        });
        return DashboardPanel.row(search, tier, focus, coaching);
    }

    private void columns() {
        setId("team");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setPageSize(PAGE);
        addComponentColumn(r -> new RouterLink(r.displayName(), TraineeReviewView.class, r.username()))
                .setHeader(header("dashboard.col.trainee")).setKey("NAME").setSortable(true)
                .setSortProperty("NAME").setFlexGrow(2);
        addComponentColumn(r -> Badges.tier(r.tier())).setHeader(header("dashboard.col.tier"))
                .setKey("TIER").setSortable(true).setSortProperty("TIER").setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> getTranslation("dashboard.progress", r.passed(), r.attempts(), r.certified().isEmpty()
                ? getTranslation("dashboard.none") : String.join(", ", r.certified().stream().sorted()
                        .map(t -> getTranslation("tier." + t.id())).toList())))
                .setHeader(header("dashboard.col.progress")).setKey("ATTEMPTS").setSortable(true)
                .setSortProperty("ATTEMPTS").setFlexGrow(3);
        addColumn(r -> r.lastActivity() == null ? getTranslation("dashboard.never") : DAY.format(r.lastActivity()))
                .setHeader(header("dashboard.col.last")).setKey("LAST_ACTIVITY").setSortable(true)
                .setSortProperty("LAST_ACTIVITY").setFlexGrow(1);
        addColumn(r -> r.weakest() == null ? "" : getTranslation("criterion." + r.weakest().id()) + " "
                + Math.round(r.weakestValue() == null ? 0 : r.weakestValue()) + "%")
                .setHeader(header("dashboard.col.weakest")).setKey("WEAKEST").setSortable(true)
                .setSortProperty("WEAKEST").setFlexGrow(2);
        addColumn(r -> r.focusValue() == null ? "" : Math.round(r.focusValue()) + "%")
                .setHeader(header("criterion." + Criterion.HIPAA.id())).setKey("FOCUS").setSortable(true)
                .setSortProperty("FOCUS").setFlexGrow(1);
        addColumn(TeamRow::critical).setHeader(header("dashboard.col.critical")).setKey("CRITICAL")
                .setSortable(true).setSortProperty("CRITICAL").setFlexGrow(1);
        setItems(q -> review.team(query(q.getSortOrders().stream().findFirst().orElse(null))
                .page(q.getOffset(), q.getLimit())).stream(),
                q -> review.countTeam(query(null)));
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TraineeReviewView.class,
                e.getItem().username())));
        setHeight("24rem");
    }

    private com.vaadin.flow.component.html.Span header(String key) {
        return DashboardPanel.wrapping(getTranslation(key));
    }

    private TeamQuery query(@Nullable QuerySortOrder order) {
        TeamQuery.Sort sort = order == null ? null : TeamQuery.Sort.valueOf(order.getSorted());
        return new TeamQuery(search.getValue(), tier.getValue(), coaching.getValue(), focus.getValue(), sort,
                order != null && order.getDirection() == SortDirection.DESCENDING, 0, PAGE);
    }

    /** Sorts on a column, as a click on its header would. */
    void sortBy(String key, boolean descending) {
        sort(List.of(new GridSortOrder<>(getColumnByKey(key),
                descending ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
    }
}
