package com.rapport.practice.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * The conversation as chat bubbles: the other person's lines on the left, the trainee's on the right, each with who
 * said it and a quiet time. It is a polite live region (an ARIA log), so a screen reader reads each new line, and it
 * only ever appends what is new: a turn sends the new lines to the browser, not the whole conversation again.
 */
class ConversationLog extends Div {

    /** Which side a line sits on: the people in the scenario on the left, the trainee on the right. */
    enum Side {
        THEIRS, MINE
    }

    /** One line: who said it, on which side, what, and when. */
    record Entry(String speaker, Side side, String text, Instant at) {

        /** The same words from the same speaker; the time of a line still being said is not part of it. */
        boolean sameLine(Entry other) {
            return side == other.side && speaker.equals(other.speaker) && text.equals(other.text);
        }
    }

    private final List<Entry> shown = new ArrayList<>();
    private ZoneId zone = ZoneId.systemDefault();

    ConversationLog() {
        setId("chat");
        addClassName("conversation");
        getElement().setAttribute("role", "log");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-relevant", "additions");
    }

    /** Times are shown in the trainee's time zone, once the browser has told it. */
    void useZone(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Brings the log up to these lines: keeps the lines already shown that still match, drops any after the first
     * that does not (a conversation reloaded after a stale reply), and appends the rest.
     *
     * @return the lines added
     */
    List<Entry> show(List<Entry> lines) {
        int same = 0;
        while (same < shown.size() && same < lines.size() && shown.get(same).sameLine(lines.get(same))) {
            same++;
        }
        while (shown.size() > same) {
            shown.removeLast();
            getElement().removeChild(shown.size());
        }
        var added = List.copyOf(lines.subList(same, lines.size()));
        added.forEach(this::append);
        return added;
    }

    /** The lines on screen, oldest first. */
    List<Entry> lines() {
        return List.copyOf(shown);
    }

    /** The last of these lines said by someone other than the trainee. */
    static Optional<Entry> lastOfTheirs(List<Entry> lines) {
        return lines.reversed().stream().filter(line -> line.side() == Side.THEIRS).findFirst();
    }

    private void append(Entry entry) {
        var speaker = new Span(entry.speaker());
        speaker.addClassName("speaker");
        var text = new Paragraph(entry.text());
        text.addClassName("text");
        var at = new Element("time");
        at.setAttribute("datetime", entry.at().toString());
        at.setText(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone)
                .format(entry.at()));
        var bubble = new Div(speaker, text);
        bubble.getElement().appendChild(at);
        bubble.addClassNames("line", entry.side() == Side.MINE ? "mine" : "theirs");
        add(bubble);
        shown.add(entry);
    }
}
