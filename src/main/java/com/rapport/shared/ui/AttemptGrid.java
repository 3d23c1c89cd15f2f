package com.rapport.shared.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import com.rapport.base.ui.Badges;
import com.rapport.practice.AttemptSummary;

/** A list of attempts that opens each one: its debrief when finished, the conversation when not. */
public class AttemptGrid extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    /** Key of the column holding each row's open or resume button. */
    public static final String OPEN_COLUMN = "open";

    private final boolean reviewing;

    /**
     * @param reviewing true when showing other people's attempts: adds the trainee column and offers no resume
     */
    public AttemptGrid(List<AttemptSummary> attempts, boolean reviewing, String emptyText) {
        this.reviewing = reviewing;
        setPadding(false);
        if (attempts.isEmpty()) {
            add(new Paragraph(emptyText));
            return;
        }
        var grid = new Grid<AttemptSummary>();
        grid.setId("attempts");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(attempts.size() <= 50);
        if (reviewing) {
            grid.addColumn(AttemptSummary::username).setHeader(getTranslation("attempts.trainee"))
                    .setSortable(true).setAutoWidth(true);
        }
        grid.addColumn(AttemptSummary::scenarioTitle).setHeader(getTranslation("attempts.scenario"))
                .setSortable(true).setFlexGrow(3);
        grid.addComponentColumn(a -> Badges.tier(a.tier())).setHeader(getTranslation("attempts.tier"))
                .setAutoWidth(true);
        grid.addColumn(a -> WHEN.format(a.startedAt())).setHeader(getTranslation("attempts.started"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.outcome() == null ? getTranslation("attempts.in-progress")
                : getTranslation("outcome." + a.outcome().id())).setHeader(getTranslation("attempts.status"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.scorePercent() == null ? "" : a.scorePercent() + "%")
                .setHeader(getTranslation("attempts.score")).setAutoWidth(true);
        grid.addComponentColumn(this::openButton).setKey(OPEN_COLUMN).setAutoWidth(true);
        grid.setItems(attempts);
        add(grid);
    }

    private Component openButton(AttemptSummary attempt) {
        if (!attempt.finished() && reviewing) {
            return new Span();
        }
        boolean finished = attempt.finished();
        var button = new Button(getTranslation(finished ? "attempts.open" : "attempts.resume"),
                e -> getUI().ifPresent(ui -> ui.navigate((reviewing ? "review/attempt/" : finished ? "debrief/"
                        : "play/") + attempt.id())));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId("open-" + attempt.id());
        return button;
    }

}
