package com.rapport.shared.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import com.rapport.practice.Debrief;
import com.rapport.practice.DebriefHighlights;
import com.rapport.scoring.CriterionScore;

/**
 * An attempt's debrief, summary first: the result against the pass mark, what went well and what to work on (each
 * a link to its moment), the score per criterion, what happened; then, folded away, every reply with the reasons it
 * scored (unfolded for reviewers) and the model responses; the manager's coaching comments and corrections.
 * Trainees read it in their own words; reviewers and trainers playtesting also see what the scorer matched and how
 * sure it was.
 */
@StyleSheet("styles/practice.css")
public class DebriefPanel extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final Details transcript;
    private final DebriefTranscript replies;

    /**
     * @param scorerDetails whether to show intent ids, confidences and signal names (reviewers, playtesting)
     */
    public DebriefPanel(Debrief debrief, boolean scorerDetails) {
        setPadding(false);
        setId("debrief");
        addClassName("debrief");
        var meta = new Paragraph(getTranslation("debrief.trainee", debrief.username()) + " · "
                + WHEN.format(debrief.startedAt()));
        meta.addClassName("muted");
        add(meta);
        replies = new DebriefTranscript(debrief, scorerDetails);
        transcript = new Details(getTranslation("debrief.transcript", debrief.replies().size()), replies);
        transcript.setId("transcript");
        transcript.addClassName("debrief-transcript");
        // trainees read the summary first; reviewers and playtesting trainers came for the detail
        transcript.setOpened(scorerDetails);
        add(summary(debrief));
        if (debrief.outcome() != null) {
            add(criteria(debrief));
            add(whatHappened(debrief));
        }
        add(transcript);
        if (!debrief.modelResponses().isEmpty()) {
            var models = new Div();
            models.setId("model-responses");
            debrief.modelResponses().forEach(m -> {
                var line = new Paragraph("“" + m + "”");
                line.addClassName("model-response");
                models.add(line);
            });
            var folded = new Details(getTranslation("debrief.models"), models);
            folded.setId("models");
            add(folded);
        }
        add(notes(debrief));
    }

    /** The result, and the three strengths and three things to work on, each linked to its moment. */
    private Div summary(Debrief debrief) {
        var box = new Div();
        box.setId("debrief-summary");
        box.addClassName("debrief-summary");
        if (debrief.outcome() == null) {
            box.add(new Paragraph(getTranslation("debrief.in-progress")));
            return box;
        }
        var verdict = new Span(getTranslation(debrief.passed() ? "debrief.result.passed" : "debrief.result.failed"));
        verdict.addClassNames("score-big", debrief.passed() ? "passed" : "failed");
        verdict.setId("verdict");
        var score = new Span(debrief.scoreCorrected()
                ? getTranslation("debrief.score.corrected", debrief.scorePercent(), debrief.originalScore())
                : getTranslation("debrief.score", debrief.scorePercent()));
        score.setId("overall-score");
        var passMark = new Span(getTranslation("debrief.pass-mark", debrief.passMark()));
        passMark.setId("pass-mark");
        passMark.addClassName("muted");
        var outcome = new Span(getTranslation("debrief.outcome",
                getTranslation("outcome." + debrief.outcome().id())));
        outcome.setId("outcome");
        var result = new Div(verdict, score, passMark, outcome);
        result.addClassName("debrief-result");
        box.add(result);
        if (debrief.criticalViolation()) {
            var critical = new Paragraph(getTranslation("debrief.critical"));
            critical.addClassName("failed");
            critical.setId("critical");
            box.add(critical);
        }
        var columns = new Div(highlights("strengths", "debrief.strengths", "debrief.strengths.none",
                debrief.strengths(), true), highlights("work-on", "debrief.work-on", "debrief.work-on.none",
                debrief.toWorkOn(), false));
        columns.addClassName("debrief-highlights");
        box.add(columns);
        return box;
    }

    private Div highlights(String id, String titleKey, String noneKey, List<DebriefHighlights.Highlight> items,
            boolean strength) {
        var box = new Div(new H2(getTranslation(titleKey)));
        box.setId(id);
        box.addClassName("debrief-highlight-list");
        if (items.isEmpty()) {
            box.add(new Paragraph(getTranslation(noneKey)));
            return box;
        }
        var list = new OrderedList();
        for (DebriefHighlights.Highlight h : items) {
            String criterion = getTranslation("criterion." + h.criterion().id());
            var head = new Span(getTranslation(strength ? "debrief.strength" : h.lost() ? "debrief.lost"
                    : "debrief.missed", criterion, h.points()));
            head.addClassName(strength ? "point-earned" : "point-lost");
            var item = new ListItem(head);
            if (h.why() != null) {
                item.add(new Span(" " + h.why()));
            }
            var go = new Button(getTranslation("debrief.see-reply", h.seq()), e -> showReply(h.seq()));
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            go.addClassName("see-reply");
            go.setId(id + "-" + h.seq() + "-" + h.criterion().id());
            item.add(new Span(" "), go);
            list.add(item);
        }
        box.add(list);
        return box;
    }

    /** Opens the transcript and brings one reply into view. */
    void showReply(int seq) {
        transcript.setOpened(true);
        replies.reply(seq).ifPresent(r -> r.scrollIntoView());
    }

    /** Whether the transcript is unfolded. */
    boolean transcriptOpened() {
        return transcript.isOpened();
    }

    private Div criteria(Debrief debrief) {
        var box = new Div(new H2(getTranslation("debrief.criteria")));
        var grid = new Div();
        grid.setId("criteria");
        grid.addClassName("criteria-grid");
        debrief.criteria().forEach(c -> grid.add(criterionRow(c, debrief.reviewedCriteria().get(c.criterion()))));
        box.add(grid);
        return box;
    }

    private Div criterionRow(CriterionScore score, @Nullable Integer reviewed) {
        String name = getTranslation("criterion." + score.criterion().id());
        int shown = reviewed == null ? score.percent() : reviewed;
        var label = new Span(name);
        var bar = new ProgressBar(0, 100, shown);
        bar.getElement().setAttribute("aria-label", name);
        var percent = new Span(shown + "%");
        var points = new Span(getTranslation("debrief.criterion.points", score.earned(), score.possible()));
        points.addClassName("muted");
        var row = new Div(label, bar, percent, points);
        if (reviewed != null) {
            var was = new Span(getTranslation("debrief.reviewed-from", score.percent()));
            was.addClassName("corrected");
            row.add(was);
        }
        row.addClassName("criterion-row");
        row.setId("criterion-" + score.criterion().id());
        return row;
    }

    private Div whatHappened(Debrief debrief) {
        var box = new Div(new H2(getTranslation("debrief.what-happened")));
        if (debrief.endingLine() != null) {
            var line = new Paragraph("“" + debrief.endingLine() + "”");
            line.addClassName("narrator");
            box.add(line);
        }
        if (debrief.endingDebrief() != null) {
            box.add(new Paragraph(debrief.endingDebrief()));
        }
        return box;
    }

    /** The manager's coaching comments on the whole attempt and the score corrections, if any. */
    private Div notes(Debrief debrief) {
        var box = new Div();
        var overall = debrief.comments().stream().filter(c -> c.turnSeq() == null).toList();
        if (!overall.isEmpty()) {
            box.add(new H2(getTranslation("debrief.comments")));
            var list = new Div();
            list.setId("coaching-comments");
            overall.forEach(c -> list.add(DebriefTranscript.comment(c)));
            box.add(list);
        }
        if (!debrief.corrections().isEmpty()) {
            box.add(new H2(getTranslation("debrief.corrections")));
            var list = new Div();
            list.setId("score-corrections");
            debrief.corrections().forEach(c -> {
                var line = new Paragraph(getTranslation("debrief.correction", c.criterion() == null
                        ? getTranslation("debrief.overall") : getTranslation("criterion." + c.criterion().id()),
                        c.from(), c.to(), c.by(), WHEN.format(c.at()), c.reason()));
                line.addClassName("correction");
                list.add(line);
            });
            box.add(list);
        }
        return box;
    }
}
