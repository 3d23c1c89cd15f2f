package com.rapport.review.ui;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

import com.rapport.review.ReviewService;
import com.rapport.scenario.Criterion;

/**
 * Proficiency per trainee (by display name) and criterion as coloured cells with their numbers, with a row per team
 * and one for the whole team. Criteria headers wrap; if the table is still wider than the page it scrolls inside its
 * own region, which takes keyboard focus so it scrolls without a mouse.
 */
class HeatMapPanel extends DashboardPanel {

    private static final int HEAT_ROWS = 40;

    HeatMapPanel(ReviewService review) {
        super("dashboard.heat");
        var heat = review.heatMap(HEAT_ROWS);
        if (heat.rows().isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.heat.empty")));
            return;
        }
        add(muted("dashboard.heat.explain"));
        var table = new Div();
        table.setId("heat-map");
        table.addClassName("heat-map");
        table.getStyle().set("grid-template-columns", "minmax(8rem, max-content) repeat(" + Criterion.values().length
                + ", minmax(4rem, 1fr))");
        table.add(new Span());
        for (Criterion c : Criterion.values()) {
            var head = new Span(getTranslation("criterion." + c.id()));
            head.addClassName("heat-head");
            head.getStyle().set("white-space", "normal").set("overflow-wrap", "anywhere");
            table.add(head);
        }
        for (var row : heat.rows()) {
            var name = new RouterLink(row.displayName(), TraineeReviewView.class, row.username());
            name.addClassName("heat-name");
            table.add(name);
            cells(table, row.proficiency(), row.username() + "-");
        }
        if (heat.teams().size() > 1) {
            int n = 0;
            for (var team : heat.teams().entrySet()) {
                n++;
                table.add(teamName(team.getKey()));
                cells(table, team.getValue(), "team" + n + "-");
            }
        }
        table.add(teamName(getTranslation("dashboard.heat.team")));
        cells(table, heat.teamAverage(), "team-");
        var region = new Div(table);
        region.setId("heat-region");
        region.getElement().setAttribute("role", "region").setAttribute("tabindex", "0")
                .setAttribute("aria-label", getTranslation("dashboard.heat"));
        region.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        region.setWidthFull();
        add(region);
    }

    private static Span teamName(String name) {
        var span = new Span(name);
        span.addClassNames("heat-name", "heat-team");
        return span;
    }

    /** A cell per criterion, each with the id {@code heat-<prefix><criterion>}. */
    private static void cells(Div table, Map<Criterion, Double> values, String idPrefix) {
        for (Criterion c : Criterion.values()) {
            table.add(cell(values.get(c), idPrefix + c.id()));
        }
    }

    private static Span cell(@Nullable Double value, String id) {
        var cell = new Span(value == null ? "–" : String.valueOf(Math.round(value)));
        cell.addClassName("heat-cell");
        cell.addClassName(value == null ? "heat-none" : value < 50 ? "heat-low" : value < 70 ? "heat-mid" : "heat-high");
        cell.setId("heat-" + id);
        return cell;
    }
}
