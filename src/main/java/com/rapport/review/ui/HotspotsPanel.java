package com.rapport.review.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

import com.rapport.base.ui.Badges;
import com.rapport.review.Hotspot;
import com.rapport.review.ReplyRef;
import com.rapport.review.ReviewService;

/**
 * Per scenario, how many start it, complete it and pass it, and the moments where replies lose most points. A
 * click on a moment lists the replies behind it in a section of their own, which the view places below this one.
 */
class HotspotsPanel extends DashboardPanel {

    private final ReviewService review;
    private final Div replies = new Div();

    HotspotsPanel(ReviewService review) {
        super("dashboard.scenarios");
        this.review = review;
        var reports = review.scenarios();
        var table = new Grid<ReviewService.ScenarioReport>();
        table.setId("scenario-stats");
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(r -> r.stats().title()).setHeader(getTranslation("dashboard.scenario.col.title"))
                .setFlexGrow(3).setSortable(true);
        table.addComponentColumn(r -> Badges.tier(r.stats().tier())).setHeader(getTranslation("attempts.tier"))
                .setAutoWidth(true);
        table.addColumn(r -> r.stats().started()).setHeader(getTranslation("dashboard.scenario.col.started"))
                .setAutoWidth(true).setSortable(true);
        table.addColumn(r -> r.stats().completionRate() + "%")
                .setHeader(getTranslation("dashboard.scenario.col.completion")).setAutoWidth(true)
                .setComparator(r -> r.stats().completionRate());
        table.addColumn(r -> r.stats().passRate() + "%").setHeader(getTranslation("dashboard.scenario.col.pass"))
                .setAutoWidth(true).setComparator(r -> r.stats().passRate());
        table.addComponentColumn(this::hotspots).setHeader(getTranslation("dashboard.scenario.col.hotspot"))
                .setFlexGrow(4);
        table.setItems(reports);
        add(table);
        replies.setId("hotspot-replies");
    }

    /** Where the replies behind a clicked moment show. */
    Div replies() {
        return replies;
    }

    private VerticalLayout hotspots(ReviewService.ScenarioReport report) {
        var list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        report.hotspots().stream().limit(3).forEach(h -> {
            var button = new Button(getTranslation("dashboard.hotspot", h.nodeId(),
                    String.format(Locale.ROOT, "%.1f", h.averagePointsLost()), h.escalations(), h.replies()),
                    e -> showReplies(h));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setId("hotspot-" + h.scenarioId() + "-" + h.nodeId());
            list.add(button);
        });
        return list;
    }

    private void showReplies(Hotspot h) {
        replies.removeAll();
        replies.add(new H3(getTranslation("dashboard.hotspot.replies", h.nodeId())));
        for (ReplyRef r : review.repliesAt(h.scenarioId(), h.nodeId())) {
            var link = new RouterLink(r.username() + ": “" + r.text() + "” (" + r.pointsDelta() + ")",
                    AttemptReviewView.class, r.attemptId());
            link.addClassName("reply-link");
            replies.add(new Div(link));
        }
        replies.scrollIntoView();
    }
}
