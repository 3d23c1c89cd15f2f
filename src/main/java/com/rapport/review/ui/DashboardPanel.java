package com.rapport.review.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A section of the dashboard under its own heading. */
abstract class DashboardPanel extends VerticalLayout {

    DashboardPanel(String titleKey) {
        setPadding(false);
        add(new H3(getTranslation(titleKey)));
    }

    /** A note in secondary text. */
    Paragraph muted(String key) {
        var note = new Paragraph(getTranslation(key));
        note.addClassName("muted");
        return note;
    }
}
