package com.rapport.base.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;

/**
 * A drawing made on the server as SVG (a branch map, a chart), shown as it is. The SVG comes from our own
 * renderers, never from user input, which escape every text they draw.
 *
 * <p>A drawing whose boxes say what they are and where they lead ({@code data-node}, {@code data-kind},
 * {@code data-leads-to}: the branch map) is a map: it can be larger than the page, so its scrolling area takes the
 * keyboard focus and is a named region, and under it the same map is offered as a list, for people who cannot see
 * or scroll the drawing.
 */
public class SvgView extends Div {

    private static final Pattern NAME = Pattern.compile("<svg[^>]*\\saria-label=\"([^\"]*)\"");
    private static final Pattern BOX = Pattern.compile("<g class=\"([^\"]*)\" data-node=\"([^\"]*)\""
            + " data-kind=\"([^\"]*)\" data-leads-to=\"([^\"]*)\"");

    /**
     * @param id the drawing's element id, for tests and links
     * @param className the CSS class that sizes and scrolls it
     */
    public SvgView(String svg, String id, String className) {
        var drawing = new Div();
        drawing.setId(id);
        drawing.addClassName(className);
        drawing.getElement().setProperty("innerHTML", svg);
        add(drawing);
        if (!BOX.matcher(svg).find()) {
            return;
        }
        Matcher name = NAME.matcher(svg);
        String label = name.find() ? unescape(name.group(1)) : getTranslation("drawing.outline");
        drawing.getElement().setAttribute("role", "region");
        drawing.getElement().setAttribute("tabindex", "0");
        drawing.getElement().setAttribute("aria-label", getTranslation("drawing.region", label));
        var outline = new Details(getTranslation("drawing.outline"), outline(svg));
        outline.addClassName("drawing-outline");
        outline.setId(id + "-outline");
        add(outline);
    }

    /** One item per box, in the order drawn: what it is, and where it leads. */
    private com.vaadin.flow.component.html.UnorderedList outline(String svg) {
        var list = new com.vaadin.flow.component.html.UnorderedList();
        Matcher box = BOX.matcher(svg);
        while (box.find()) {
            String classes = " " + box.group(1) + " ";
            var text = new StringBuilder(unescape(box.group(2)));
            String kind = box.group(3);
            if (kind.startsWith("ending:")) {
                text.append(" (").append(getTranslation("drawing.ending", getTranslation("outcome."
                        + kind.substring("ending:".length())))).append(")");
            } else {
                if (!kind.isEmpty()) {
                    text.append(" (").append(getTranslation("drawing." + kind)).append(")");
                }
                String targets = unescape(box.group(4));
                text.append(": ").append(targets.isEmpty() ? getTranslation("drawing.leads-nowhere")
                        : getTranslation("drawing.leads-to", String.join(", ", targets.split("\t"))));
            }
            if (classes.contains(" unreachable ")) {
                text.append(". ").append(getTranslation("drawing.unreachable"));
            }
            if (classes.contains(" on-path ")) {
                text.append(". ").append(getTranslation("drawing.on-path"));
            }
            list.add(new com.vaadin.flow.component.html.ListItem(text.toString()));
        }
        return list;
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
