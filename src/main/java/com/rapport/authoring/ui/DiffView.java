package com.rapport.authoring.ui;

import java.util.List;

import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;

import com.rapport.authoring.LineDiff;

/**
 * A diff as a unified diff in a monospace block: each hunk under its {@code @@ -old +new @@} header, its lines
 * numbered in the older and newer version and marked {@code -} removed, {@code +} added or blank for context (the
 * marks are text, so the colours are not the only cue).
 */
final class DiffView {

    private DiffView() {
    }

    /** The hunks of a diff with {@link LineDiff#CONTEXT} lines of context, at most {@code max} lines of them. */
    static Pre of(List<LineDiff.Line> lines, int max) {
        var pre = new Pre();
        pre.addClassName("diff");
        pre.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)").set("overflow-x", "auto")
                .set("white-space", "pre");
        pre.getElement().setAttribute("tabindex", "0");
        pre.getElement().setAttribute("aria-label", pre.getTranslation("library.diff.region"));
        int shown = 0;
        for (LineDiff.Hunk hunk : LineDiff.hunks(lines, LineDiff.CONTEXT)) {
            var header = new Span(hunk.header() + "\n");
            header.addClassName("diff-hunk");
            header.getStyle().set("color", "var(--lumo-secondary-text-color)");
            pre.add(header);
            for (LineDiff.Line line : hunk.lines()) {
                if (shown++ == max) {
                    pre.add(new Span("…\n"));
                    return pre;
                }
                pre.add(line(line));
            }
        }
        return pre;
    }

    private static Span line(LineDiff.Line line) {
        String mark = switch (line.kind()) {
            case SAME -> " ";
            case REMOVED -> "-";
            case ADDED -> "+";
        };
        var span = new Span(String.format("%5s %5s %s %s%n", number(line.oldNumber()), number(line.newNumber()), mark,
                line.text()));
        span.addClassName(switch (line.kind()) {
            case SAME -> "diff-context";
            case REMOVED -> "diff-removed";
            case ADDED -> "diff-added";
        });
        return span;
    }

    private static String number(int n) {
        return n == 0 ? "" : String.valueOf(n);
    }
}
