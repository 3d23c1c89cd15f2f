package com.rapport.shared.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import com.rapport.base.ui.Badges;
import com.rapport.practice.Debrief;
import com.rapport.scoring.CriterionScore;

/**
 * An attempt's debrief: overall score, score per criterion, every reply with the reasons it scored, the model
 * responses, and the manager's coaching comments and score corrections. Shown to the trainee and to reviewers.
 */
public class DebriefPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    public DebriefPanel(Debrief debrief) {
        setPadding(false);
        setId("debrief");
        add(new H2(getTranslation("debrief.title")));
        var heading = new HorizontalLayout(new H3(debrief.scenarioTitle()), Badges.tier(debrief.tier()));
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        add(heading);
        var meta = new Paragraph(getTranslation("debrief.trainee", debrief.username()) + " · "
                + WHEN.format(debrief.startedAt()));
        meta.addClassName("muted");
        add(meta);
        if (debrief.outcome() == null) {
            add(new Paragraph(getTranslation("debrief.in-progress")));
        } else {
            var score = new Span(debrief.scoreCorrected()
                    ? getTranslation("debrief.score.corrected", debrief.scorePercent(), debrief.originalScore())
                    : getTranslation("debrief.score", debrief.scorePercent()));
            score.addClassName("score-big");
            score.setId("overall-score");
            var verdict = new Span(debrief.passed() ? getTranslation("debrief.passed", debrief.passMark())
                    : getTranslation("debrief.failed", debrief.passMark()));
            verdict.addClassName(debrief.passed() ? "passed" : "failed");
            verdict.setId("verdict");
            var outcome = new Span(getTranslation("debrief.outcome",
                    getTranslation("outcome." + debrief.outcome().id())));
            outcome.setId("outcome");
            var summary = new VerticalLayout(score, verdict, outcome);
            if (debrief.criticalViolation()) {
                var critical = new Span(getTranslation("debrief.critical"));
                critical.addClassName("failed");
                critical.setId("critical");
                summary.add(critical);
            }
            summary.setPadding(false);
            summary.setSpacing(false);
            add(summary);
            add(new H3(getTranslation("debrief.what-happened")));
            if (debrief.endingLine() != null) {
                var line = new Paragraph("“" + debrief.endingLine() + "”");
                line.addClassName("narrator");
                add(line);
            }
            if (debrief.endingDebrief() != null) {
                add(new Paragraph(debrief.endingDebrief()));
            }
        }
        add(new H3(getTranslation("debrief.criteria")));
        var criteria = new VerticalLayout();
        criteria.setPadding(false);
        criteria.setId("criteria");
        debrief.criteria().forEach(c -> criteria.add(criterionRow(c, debrief.reviewedCriteria().get(c.criterion()))));
        add(criteria);
        add(new H3(getTranslation("debrief.replies")));
        debrief.replies().forEach(r -> add(reply(r, debrief.comments())));
        if (!debrief.modelResponses().isEmpty()) {
            add(new H3(getTranslation("debrief.models")));
            var models = new Div();
            models.setId("model-responses");
            debrief.modelResponses().forEach(m -> {
                var line = new Paragraph("“" + m + "”");
                line.addClassName("model-response");
                models.add(line);
            });
            add(models);
        }
        var overall = debrief.comments().stream().filter(c -> c.turnSeq() == null).toList();
        if (!overall.isEmpty()) {
            add(new H3(getTranslation("debrief.comments")));
            var list = new Div();
            list.setId("coaching-comments");
            overall.forEach(c -> list.add(comment(c)));
            add(list);
        }
        if (!debrief.corrections().isEmpty()) {
            add(new H3(getTranslation("debrief.corrections")));
            var list = new Div();
            list.setId("score-corrections");
            debrief.corrections().forEach(c -> {
                var line = new Paragraph(getTranslation("debrief.correction",
                        c.criterion() == null ? getTranslation("debrief.overall") : getTranslation("criterion." + c.criterion().id()),
                        c.from(), c.to(), c.by(), WHEN.format(c.at()), c.reason()));
                line.addClassName("correction");
                list.add(line);
            });
            add(list);
        }
    }

    private Paragraph comment(Debrief.Comment c) {
        var line = new Paragraph(getTranslation(c.turnSeq() == null ? "debrief.comment" : "debrief.comment.reply",
                c.author(), WHEN.format(c.at()), c.body(), c.turnSeq() == null ? 0 : c.turnSeq()));
        line.addClassName("coaching-comment");
        return line;
    }

    private HorizontalLayout criterionRow(CriterionScore score, @Nullable Integer reviewed) {
        var name = new Span(getTranslation("criterion." + score.criterion().id()));
        name.setWidth("18rem");
        var bar = new ProgressBar(0, 100, score.percent());
        bar.setWidth("12rem");
        var percent = new Span(score.percent() + "%");
        percent.setWidth("4rem");
        var points = new Span(getTranslation("debrief.criterion.points", score.earned(), score.possible()));
        points.addClassName("muted");
        var row = new HorizontalLayout(name, bar, percent, points);
        if (reviewed != null) {
            bar.setValue(reviewed);
            percent.setText(reviewed + "%");
            var was = new Span(getTranslation("debrief.reviewed-from", score.percent()));
            was.addClassName("corrected");
            row.add(was);
        }
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setId("criterion-" + score.criterion().id());
        return row;
    }

    /** The typed reply with every scored span highlighted in place, then the reasons, one line per span. */
    private Div typedReply(Debrief.Reply reply) {
        var holder = new Div();
        var text = new Paragraph();
        text.addClassName("typed-reply");
        text.add(new Span(getTranslation("debrief.typed") + ": “"));
        int at = 0;
        for (Debrief.Mark mark : nonOverlapping(reply.marks())) {
            if (mark.start() > at) {
                text.add(new Span(reply.text().substring(at, mark.start())));
            }
            var span = new Span(reply.text().substring(mark.start(), mark.end()));
            span.addClassName(mark.credit() ? "mark-credit" : "mark-violation");
            span.getElement().setAttribute("title", mark.reason());
            text.add(span);
            at = mark.end();
        }
        text.add(new Span(reply.text().substring(at) + "”"));
        holder.add(text);
        var intent = new Paragraph(reply.intent() == null
                ? getTranslation("debrief.intent.none", Math.round(reply.confidence() * 100))
                : getTranslation("debrief.intent", reply.intent(), Math.round(reply.confidence() * 100)));
        intent.addClassName("muted");
        holder.add(intent);
        for (Debrief.Mark mark : reply.marks()) {
            String criterion = getTranslation("criterion." + mark.criterion().id());
            var line = new Paragraph(mark.credit()
                    ? getTranslation("debrief.mark.credit", criterion, mark.text(), mark.reason())
                    : getTranslation("debrief.mark.violation",
                            getTranslation("severity." + java.util.Objects.requireNonNull(mark.severity()).id()),
                            criterion, mark.text(), mark.reason()));
            line.addClassName(mark.credit() ? "point-earned" : "point-lost");
            holder.add(line);
        }
        return holder;
    }

    /** Marks to highlight, left to right; where two overlap, a violation wins over a credit, else the first. */
    private static java.util.List<Debrief.Mark> nonOverlapping(java.util.List<Debrief.Mark> marks) {
        var sorted = new java.util.ArrayList<>(marks);
        sorted.sort(java.util.Comparator.comparing((Debrief.Mark m) -> m.credit()).thenComparingInt(Debrief.Mark::start));
        var chosen = new java.util.ArrayList<Debrief.Mark>();
        for (Debrief.Mark m : sorted) {
            if (chosen.stream().noneMatch(c -> c.start() < m.end() && m.start() < c.end())) {
                chosen.add(m);
            }
        }
        chosen.sort(java.util.Comparator.comparingInt(Debrief.Mark::start));
        return chosen;
    }

    private Div reply(Debrief.Reply reply, java.util.List<Debrief.Comment> comments) {
        var box = new Div();
        box.addClassName("reply");
        box.setWidthFull();
        box.setId("reply-" + reply.seq());
        var they = new Paragraph(getTranslation("debrief.reply.patient") + ": “" + reply.patientLine() + "”");
        they.getStyle().set("white-space", "pre-line"); // one line per voice in a scene with several (format 1.1)
        they.addClassName("muted");
        if (reply.typed()) {
            box.add(they, typedReply(reply));
        } else {
            var you = new Paragraph(getTranslation("debrief.reply.you") + ": “" + reply.text() + "”");
            you.getStyle().set("font-weight", "600");
            box.add(they, you);
        }
        var missed = new java.util.ArrayList<String>();
        for (Debrief.Point point : reply.points()) {
            String criterion = getTranslation("criterion." + point.criterion().id());
            if (point.earned() != 0 && !reply.typed()) {
                var line = new Paragraph((point.earned() > 0
                        ? getTranslation("debrief.points.earned", point.earned(), criterion)
                        : getTranslation("debrief.points.lost", point.earned(), criterion))
                        + (point.feedback() == null ? "" : " — " + point.feedback()));
                line.addClassName(point.earned() > 0 ? "point-earned" : "point-lost");
                box.add(line);
            }
            if (point.best() > point.earned() && point.best() > 0) {
                missed.add("+" + point.best() + " " + criterion);
            }
        }
        if (!missed.isEmpty()) {
            var line = new Paragraph(getTranslation("debrief.points.missed", String.join(", ", missed)));
            line.addClassName("point-missed");
            box.add(line);
        }
        var mood = new Span(getTranslation("debrief.mood-change", reply.moodBefore(), reply.moodAfter()));
        mood.addClassName("muted");
        box.add(mood);
        comments.stream().filter(c -> c.turnSeq() != null && c.turnSeq() == reply.seq())
                .forEach(c -> box.add(comment(c)));
        return box;
    }
}
