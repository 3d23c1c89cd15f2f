package com.rapport.shared.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

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
public class ProgressPanel extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    /** How many attempts back the trend arrow compares with. */
    private static final int TREND_SPAN = 3;

    /**
     * @param onStart starts a scenario (the trainee's own page); null on a manager's view
     */
    public ProgressPanel(ProgressService.Report report, java.util.function.@Nullable Consumer<String> onStart) {
        setPadding(false);
        setId("progress");
        Standing s = report.standing();
        add(tierSection(s));
        add(assignments(report, onStart));
        add(proficiency(s));
        add(suggestion(report.next(), onStart));
        add(new H3(getTranslation("progress.recent")));
        add(new AttemptGrid(report.recent(), onStart == null, getTranslation("progress.recent.none")));
    }

    private VerticalLayout tierSection(Standing s) {
        var box = new VerticalLayout();
        box.setPadding(false);
        var current = new H3(getTranslation("progress.current", getTranslation("tier." + s.current().id())));
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
        return box;
    }

    private VerticalLayout assignments(ProgressService.Report report,
            java.util.function.@Nullable Consumer<String> onStart) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.setId("assignments");
        box.add(new H3(getTranslation("progress.assignments")));
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

    private VerticalLayout proficiency(Standing s) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("progress.proficiency")));
        if (s.proficiency().isEmpty()) {
            box.add(new Paragraph(getTranslation("progress.proficiency.none")));
            return box;
        }
        var explain = new Paragraph(getTranslation("progress.proficiency.explain"));
        explain.addClassName("muted");
        box.add(explain);
        Map<Criterion, Double> earlier = s.trend().size() > TREND_SPAN
                ? s.trend().get(s.trend().size() - 1 - TREND_SPAN).proficiency() : Map.of();
        Criterion weakest = s.weakest();
        for (Criterion c : Criterion.values()) {
            Double value = s.proficiency().get(c);
            if (value == null) {
                continue;
            }
            var name = new Span(getTranslation("criterion." + c.id()));
            name.setWidth("16rem");
            var bar = new ProgressBar(0, 100, value);
            bar.setWidth("12rem");
            bar.getElement().setAttribute("aria-label", name.getText()); // its value is read from the bar
            var number = new Span(Math.round(value) + "%");
            number.setWidth("3.5rem");
            Double before = earlier.get(c);
            String trend = before == null || Math.abs(value - before) < 2 ? "steady" : value > before ? "up" : "down";
            var arrow = new Span(getTranslation("progress.trend." + trend));
            arrow.addClassName("trend-" + trend);
            var row = new HorizontalLayout(name, bar, number, arrow);
            if (c == weakest) {
                var flag = new Span(getTranslation("progress.weakest"));
                flag.addClassName("weakest");
                row.add(flag);
            }
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setId("proficiency-" + c.id());
            box.add(row);
        }
        if (s.trend().size() >= 2) {
            box.add(new SvgView(ProficiencyChart.svg(s.trend(), c -> getTranslation("criterion." + c.id()),
                    getTranslation("progress.chart.title"), getTranslation("progress.chart.time"),
                    getTranslation("progress.chart.value"), 760, 340), "proficiency-chart", "chart"));
        }
        return box;
    }

    private VerticalLayout suggestion(ProgressService.@Nullable Suggestion next,
            java.util.function.@Nullable Consumer<String> onStart) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.setId("suggestion");
        box.add(new H3(getTranslation("progress.next")));
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
}
