package com.rapport.review.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

import com.rapport.base.ui.Badges;
import com.rapport.review.Hotspot;
import com.rapport.review.ReplyRef;
import com.rapport.review.ReviewService;

/**
 * Per scenario, how many start it, finish it and pass it, and the moments where replies lose most points, each
 * named by what the patient says there. A click on a moment opens the replies behind it in a panel beside the table.
 */
class HotspotsPanel extends DashboardPanel {

    /** How much of the patient's line names a hot spot; the whole line is its tooltip. */
    static final int LINE_CHARS = 60;
    private static final int SHOWN = 3;

    private final ReviewService review;
    private final Aside replies = new Aside();

    HotspotsPanel(ReviewService review) {
        super("dashboard.scenarios");
        this.review = review;
        var table = new Grid<ReviewService.ScenarioReport>();
        table.setId("scenario-stats");
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(r -> r.stats().title()).setHeader(header("dashboard.scenario.col.title"))
                .setFlexGrow(2).setSortable(true).setComparator(r -> r.stats().title());
        table.addComponentColumn(r -> Badges.tier(r.stats().tier())).setHeader(header("attempts.tier"))
                .setAutoWidth(true).setFlexGrow(0);
        table.addColumn(r -> r.stats().started()).setHeader(header("dashboard.scenario.col.started"))
                .setAutoWidth(true).setFlexGrow(0).setComparator(r -> r.stats().started());
        table.addColumn(r -> getTranslation("dashboard.scenario.completion", r.stats().completionRate(),
                r.stats().finished(), r.stats().started()))
                .setHeader(header("dashboard.scenario.col.completion")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(r -> r.stats().completionRate());
        table.addColumn(r -> r.stats().passRate() + "%").setHeader(header("dashboard.scenario.col.pass"))
                .setAutoWidth(true).setFlexGrow(0).setComparator(r -> r.stats().passRate());
        table.addComponentColumn(this::hotspots).setHeader(header("dashboard.scenario.col.hotspot"))
                .setKey("hotspots").setFlexGrow(3);
        table.setItems(review.scenarios());
        table.setMinWidth("0");

        replies.setId("hotspot-replies");
        replies.getElement().setAttribute("aria-label", getTranslation("dashboard.hotspot.panel"));
        replies.getStyle().set("flex", "0 0 22rem").set("max-width", "40%").set("padding", "0 var(--lumo-space-m)")
                .set("border-left", "1px solid var(--lumo-contrast-20pct)").set("overflow-wrap", "anywhere");
        replies.setVisible(false);
        var beside = new HorizontalLayout(table, replies);
        beside.setWidthFull();
        beside.setAlignItems(FlexComponent.Alignment.START);
        beside.setFlexGrow(1, table);
        add(beside);
    }

    private Span header(String key) {
        return wrapping(getTranslation(key));
    }

    private VerticalLayout hotspots(ReviewService.ScenarioReport report) {
        var list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        if (report.hotspots().isEmpty()) {
            list.add(new Span(getTranslation("dashboard.hotspot.none")));
        }
        report.hotspots().stream().limit(SHOWN).forEach(h -> {
            var button = new Button("“" + shortened(h.line()) + "”", e -> showReplies(h));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            button.setId("hotspot-" + h.scenarioId() + "-" + h.nodeId());
            button.setTooltipText(h.line());
            button.getElement().setAttribute("aria-label", getTranslation("dashboard.hotspot.open", h.line()));
            var numbers = new Span(getTranslation("dashboard.hotspot",
                    String.format(Locale.ROOT, "%.1f", h.averagePointsLost()), h.escalations(), h.replies()));
            numbers.addClassName("muted");
            numbers.getStyle().set("font-size", "var(--lumo-font-size-s)");
            list.add(new Div(button), numbers);
        });
        return list;
    }

    /** A patient's line cut at a word to {@link #LINE_CHARS} characters, with an ellipsis when cut. */
    static String shortened(String line) {
        if (line.length() <= LINE_CHARS) {
            return line;
        }
        int cut = line.lastIndexOf(' ', LINE_CHARS - 1);
        return line.substring(0, cut > LINE_CHARS / 2 ? cut : LINE_CHARS - 1).strip() + "…";
    }

    private void showReplies(Hotspot h) {
        replies.removeAll();
        var heading = new H3(getTranslation("dashboard.hotspot.replies"));
        heading.setId("hotspot-replies-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        var line = new Paragraph("“" + h.line() + "”");
        line.getStyle().set("font-style", "italic");
        var close = new Button(getTranslation("dashboard.hotspot.close"), e -> replies.setVisible(false));
        close.setId("hotspot-replies-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        replies.add(heading, line);
        var found = review.repliesAt(h.scenarioId(), h.nodeId());
        if (found.isEmpty()) {
            replies.add(new Paragraph(getTranslation("dashboard.hotspot.replies.none")));
        }
        for (ReplyRef r : found) {
            var link = new RouterLink(getTranslation("dashboard.hotspot.reply", r.displayName(), r.text(),
                    r.pointsDelta()), AttemptReviewView.class, r.attemptId());
            link.addClassName("reply-link");
            var item = new Div(link);
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            replies.add(item);
        }
        replies.add(close);
        replies.setVisible(true);
        heading.getElement().executeJs("this.focus()");
    }
}
