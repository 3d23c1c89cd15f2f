package com.rapport.shared.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import com.rapport.base.ui.Badges;
import com.rapport.base.ui.SvgView;
import com.rapport.progress.ProficiencyChart;
import com.rapport.progress.ProgressService;
import com.rapport.progress.Standing;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Tier;

/**
 * A trainee's progress: current tier and what is left to certify it, proficiency per criterion with its trend,
 * the suggested next scenario, assignments, and recent attempts. The trainee's own page and their manager's view.
 */
@StyleSheet("styles/practice.css")
public class ProgressPanel extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    /** The trainee's own page (sections under its H1) rather than a manager's view (under its H2 title). */
    private final boolean ownPage;
    /** How many attempts back the trend arrow compares with. */
    private static final int TREND_SPAN = 3;

    /**
     * @param onStart starts a scenario (the trainee's own page); null on a manager's view
     */
    public ProgressPanel(ProgressService.Report report, java.util.function.@Nullable Consumer<String> onStart) {
        ownPage = onStart != null;
        setPadding(false);
        setId("progress");
        Standing s = report.standing();
        add(tierSection(s));
        add(assignments(report, onStart));
        add(proficiency(report));
        add(suggestion(report.next(), onStart));
        add(heading(getTranslation("progress.recent")));
        add(new AttemptGrid(report.recent(), onStart == null, getTranslation("progress.recent.none")));
    }

    private VerticalLayout tierSection(Standing s) {
        var box = new VerticalLayout();
        box.setPadding(false);
        var current = heading(getTranslation("progress.current", getTranslation("tier." + s.current().id())));
        current.setId("current-tier");
        box.add(current);
        var ladder = new HorizontalLayout();
        ladder.setId("tier-ladder");
        for (Tier t : Tier.values()) {
            Standing.TierStatus status = s.tiers().get(t);
            var badge = Badges.tier(t);
            String state = status.certified() ? "certified" : status.open() ? "open" : "locked";
            var label = new Span(getTranslation("progress.tier." + state));
            label.addClassName("tier-state-" + state);
            var step = new Div(badge, label);
            step.addClassName("tier-step");
            step.setId("tier-" + t.id());
            ladder.add(step);
        }
        box.add(ladder);
        Standing.TierStatus status = s.tiers().get(s.current());
        String need;
        if (s.certified().size() == Tier.values().length) {
            need = getTranslation("progress.all-certified");
        } else {
            String tier = getTranslation("tier." + s.current().id());
            var parts = new java.util.ArrayList<String>();
            if (status.scenariosToGo() > 0) {
                parts.add(getTranslation("progress.need.passes", status.scenariosToGo(), tier,
                        status.passedScenarios(), status.needed()));
            }
            if (status.recentCritical() > 0) {
                parts.add(getTranslation("progress.need.clean", status.window(), tier, status.recentCritical()));
            }
            need = parts.isEmpty() ? getTranslation("progress.need.nothing")
                    : getTranslation("progress.need", tier, String.join(" ", parts));
        }
        var needs = new Paragraph(need);
        needs.setId("to-certify");
        box.add(needs);
        var totals = new Paragraph(getTranslation("progress.totals", s.attempts(), s.passed(), s.critical(),
                s.lastActivity() == null ? "—" : DAY.format(s.lastActivity())));
        totals.addClassName("muted");
        box.add(totals);
        if (s.practice() > 0) {
            var practice = new Paragraph(getTranslation("progress.practice", s.practice()));
            practice.setId("practice-attempts");
            practice.addClassName("muted");
            box.add(practice);
        }
        return box;
    }

    private VerticalLayout assignments(ProgressService.Report report,
            java.util.function.@Nullable Consumer<String> onStart) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.setId("assignments");
        box.add(heading(getTranslation("progress.assignments")));
        if (report.assignments().isEmpty()) {
            box.add(new Paragraph(getTranslation("progress.assignments.none")));
        }
        for (ProgressService.AssignmentStatus a : report.assignments()) {
            var due = new Span(getTranslation("progress.assignment.due", DAY.format(a.assignment().dueOn()
                    .atStartOfDay(ZoneId.systemDefault()).toInstant())));
            var state = new Span(getTranslation(a.done() ? "progress.assignment.done"
                    : a.overdue() ? "progress.assignment.overdue" : "progress.assignment.open"));
            state.addClassName(a.done() ? "assignment-done" : a.overdue() ? "assignment-overdue" : "assignment-open");
            var row = new HorizontalLayout(new Span(a.title()), due, state);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("assignment");
            if (onStart != null && !a.done()) {
                var start = new Button(getTranslation("catalog.start"), e -> onStart.accept(a.assignment()
                        .scenarioId()));
                start.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(start);
            }
            box.add(row);
        }
        return box;
    }

    /** All eight criteria, each a small card with its proficiency, trend and chart; unscored ones say where. */
    private VerticalLayout proficiency(ProgressService.Report report) {
        Standing s = report.standing();
        var box = new VerticalLayout();
        box.setPadding(false);
        box.add(heading(getTranslation("progress.proficiency")));
        var explain = new Paragraph(getTranslation(s.proficiency().isEmpty() ? "progress.proficiency.none"
                : "progress.proficiency.explain"));
        explain.addClassName("muted");
        box.add(explain);
        Map<Criterion, Double> earlier = s.trend().size() > TREND_SPAN
                ? s.trend().get(s.trend().size() - 1 - TREND_SPAN).proficiency() : Map.of();
        Criterion weakest = s.weakest();
        var grid = new Div();
        grid.setId("proficiency");
        grid.addClassName("proficiency-grid");
        for (Criterion c : Criterion.values()) {
            grid.add(criterionCard(c, s, earlier.get(c), c == weakest, report.whereToPractise().get(c)));
        }
        box.add(grid);
        return box;
    }

    private Div criterionCard(Criterion c, Standing s, @Nullable Double before, boolean weakest,
            @Nullable String practiseIn) {
        String name = getTranslation("criterion." + c.id());
        var card = new Div(ownPage ? new H3(name) : new H4(name));
        card.addClassName("proficiency-card");
        card.setId("proficiency-" + c.id());
        Double value = s.proficiency().get(c);
        if (value == null) {
            var none = new Paragraph(practiseIn == null ? getTranslation("progress.criterion.none")
                    : getTranslation("progress.criterion.none.where", practiseIn));
            none.addClassName("muted");
            card.add(none);
            return card;
        }
        var number = new Span(Math.round(value) + "%");
        number.addClassName("proficiency-value");
        String trend = before == null || Math.abs(value - before) < 2 ? "steady" : value > before ? "up" : "down";
        var arrow = new Span(getTranslation("progress.trend." + trend));
        arrow.addClassName("trend-" + trend);
        var line = new Div(number, new Span(" "), arrow);
        if (weakest) {
            var flag = new Span(getTranslation("progress.weakest"));
            flag.addClassName("weakest");
            line.add(new Span(" "), flag);
            card.addClassName("weakest-card");
        }
        card.add(line);
        long scored = s.trend().stream().filter(p -> p.proficiency().containsKey(c)).count();
        Double first = s.trend().stream().map(p -> p.proficiency().get(c)).filter(java.util.Objects::nonNull)
                .findFirst().orElse(value);
        String description = getTranslation("progress.chart.alt", name, Math.round(first), Math.round(value),
                scored);
        card.add(new SvgView(ProficiencyChart.small(s.trend(), c, description, 220, 64), "chart-" + c.id(),
                "small-chart"));
        return card;
    }

    private VerticalLayout suggestion(ProgressService.@Nullable Suggestion next,
            java.util.function.@Nullable Consumer<String> onStart) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.setId("suggestion");
        box.add(heading(getTranslation("progress.next")));
        if (next == null) {
            box.add(new Paragraph(getTranslation("progress.next.none")));
            return box;
        }
        String why = next.criterion() == null ? getTranslation("progress.next.first")
                : getTranslation("progress.next.why", next.moments(), getTranslation("criterion." + next.criterion()
                        .id()));
        var text = new Paragraph(next.title() + " (" + getTranslation("tier." + next.tier().id()) + "). " + why);
        text.setId("suggested-scenario");
        box.add(text);
        if (onStart != null) {
            var start = new Button(getTranslation("progress.next.start"), e -> onStart.accept(next.scenarioId()));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-suggested");
            box.add(start);
        }
        return box;
    }

    /** A section heading one level below the page's title. */
    private com.vaadin.flow.component.HtmlContainer heading(String text) {
        return ownPage ? new H2(text) : new H3(text);
    }
}
