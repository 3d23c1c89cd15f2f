package com.rapport.shared.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import com.rapport.practice.Debrief;
import com.rapport.practice.DebriefHighlights;

/**
 * Every reply of a debrief with why it scored: the typed words that earned or cost points highlighted in place,
 * each finding said once (with every span it was found in), a chosen reply's points one line per criterion, what
 * the best reply there would also have earned, and the manager's comments on it.
 */
class DebriefTranscript extends Div {

    private final boolean scorerDetails;
    private final List<Div> boxes = new ArrayList<>();

    DebriefTranscript(Debrief debrief, boolean scorerDetails) {
        this.scorerDetails = scorerDetails;
        setId("replies");
        debrief.replies().forEach(r -> {
            var box = reply(r, debrief.comments());
            boxes.add(box);
            add(box);
        });
    }

    Optional<Div> reply(int seq) {
        return boxes.stream().filter(b -> b.getId().orElse("").equals("reply-" + seq)).findFirst();
    }

    static Paragraph comment(Debrief.Comment c) {
        var line = new Paragraph();
        line.setText(line.getTranslation(c.turnSeq() == null ? "debrief.comment" : "debrief.comment.reply",
                c.author(), DebriefPanel.WHEN.format(c.at()), c.body(), c.turnSeq() == null ? 0 : c.turnSeq()));
        line.addClassName("coaching-comment");
        return line;
    }

    private Div reply(Debrief.Reply reply, List<Debrief.Comment> comments) {
        var box = new Div();
        box.addClassName("reply");
        box.setId("reply-" + reply.seq());
        box.add(new H3(getTranslation("debrief.moment", reply.seq())));
        var they = new Paragraph(getTranslation("debrief.reply.patient") + ": “" + reply.patientLine() + "”");
        they.getStyle().set("white-space", "pre-line"); // one line per voice in a scene with several (format 1.1)
        they.addClassName("muted");
        box.add(they);
        if (reply.typed()) {
            box.add(typedText(reply), readAs(reply));
            reply.findings().forEach(f -> box.add(finding(f)));
        } else {
            var you = new Paragraph(getTranslation("debrief.reply.you") + ": “" + reply.text() + "”");
            you.addClassName("chosen-reply");
            box.add(you);
            reply.points().stream().filter(p -> p.earned() != 0).forEach(p -> box.add(pointLine(p)));
        }
        String missed = reply.points().stream().filter(p -> p.best() > Math.max(p.earned(), 0))
                .map(p -> "+" + (p.best() - Math.max(p.earned(), 0)) + " "
                        + getTranslation("criterion." + p.criterion().id()))
                .collect(Collectors.joining(", "));
        if (!missed.isEmpty()) {
            var line = new Paragraph(getTranslation("debrief.points.missed", missed));
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

    private Paragraph pointLine(Debrief.Point point) {
        String criterion = getTranslation("criterion." + point.criterion().id());
        var line = new Paragraph((point.earned() > 0
                ? getTranslation("debrief.points.earned", point.earned(), criterion)
                : getTranslation("debrief.points.lost", point.earned(), criterion))
                + (point.feedback() == null ? "" : " — " + point.feedback()));
        line.addClassName(point.earned() > 0 ? "point-earned" : "point-lost");
        return line;
    }

    /** What the typed reply was taken to mean: in the scenario's words, plus the intent and confidence for staff. */
    private Paragraph readAs(Debrief.Reply reply) {
        String text;
        if (reply.intent() == null) {
            text = getTranslation("debrief.read-as.none");
        } else if (reply.readAs() != null) {
            text = getTranslation("debrief.read-as", reply.readAs());
        } else {
            text = getTranslation("debrief.read-as.understood");
        }
        if (scorerDetails) {
            text += " " + (reply.intent() == null
                    ? getTranslation("debrief.intent.none", Math.round(reply.confidence() * 100))
                    : getTranslation("debrief.intent", reply.intent(), Math.round(reply.confidence() * 100)));
        }
        var line = new Paragraph(text);
        line.addClassName("read-as");
        return line;
    }

    private Paragraph finding(DebriefHighlights.Finding f) {
        String criterion = getTranslation("criterion." + f.criterion().id());
        String quotes = f.quotes().stream().map(q -> "“" + q + "”").collect(Collectors.joining(", "));
        var line = new Paragraph(f.credit()
                ? getTranslation("debrief.finding.credit", criterion, quotes, f.reason())
                : getTranslation("debrief.finding.violation", getTranslation("severity."
                        + Objects.requireNonNull(f.severity()).id()), criterion, quotes, f.reason()));
        line.addClassName(f.credit() ? "point-earned" : "point-lost");
        return line;
    }

    /** The typed reply with every scored span highlighted in place. */
    private Paragraph typedText(Debrief.Reply reply) {
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
            span.getElement().setAttribute("title", scorerDetails ? mark.reason() + " [" + mark.signal() + "]"
                    : mark.reason());
            text.add(span);
            at = mark.end();
        }
        text.add(new Span(reply.text().substring(at) + "”"));
        return text;
    }

    /** Marks to highlight, left to right; where two overlap, a violation wins over a credit, else the first. */
    private static List<Debrief.Mark> nonOverlapping(List<Debrief.Mark> marks) {
        var sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparing(Debrief.Mark::credit).thenComparingInt(Debrief.Mark::start));
        var chosen = new ArrayList<Debrief.Mark>();
        for (Debrief.Mark m : sorted) {
            if (chosen.stream().noneMatch(c -> c.start() < m.end() && m.start() < c.end())) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Debrief.Mark::start));
        return chosen;
    }
}
