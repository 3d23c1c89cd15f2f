package com.rapport.base.ui;

import com.vaadin.flow.component.html.Div;

/**
 * A drawing made on the server as SVG (a branch map, a chart), shown as it is. The SVG comes from our own
 * renderers, never from user input, which escape every text they draw.
 */
public class SvgView extends Div {

    /**
     * @param id the element id, for tests and links
     * @param className the CSS class that sizes and scrolls it
     */
    public SvgView(String svg, String id, String className) {
        setId(id);
        addClassName(className);
        getElement().setProperty("innerHTML", svg);
    }
}
