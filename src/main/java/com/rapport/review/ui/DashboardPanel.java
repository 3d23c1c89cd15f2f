package com.rapport.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import com.rapport.scenario.Tier;

/** A section of the dashboard under its own heading, and the pieces its sections share. */
abstract class DashboardPanel extends VerticalLayout {

    DashboardPanel(String titleKey) {
        setPadding(false);
        add(new H2(getTranslation(titleKey)));
    }

    /** A column header that wraps onto more lines instead of being cut off. */
    static Span wrapping(String text) {
        var span = new Span(text);
        span.getStyle().set("white-space", "normal");
        return span;
    }

    /** A note in secondary text. */
    Paragraph muted(String key) {
        var note = new Paragraph(getTranslation(key));
        note.addClassName("muted");
        return note;
    }

    /** Fields and buttons side by side, lined up on their text. */
    static HorizontalLayout row(Component... parts) {
        var row = new HorizontalLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** A choice of tier that may be left empty for all of them. */
    static Select<Tier> tierSelect(String id) {
        var tier = new Select<Tier>();
        tier.setLabel(tier.getTranslation("dashboard.filter.tier"));
        tier.setId(id);
        tier.setItems(Tier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setItemLabelGenerator(t -> t == null ? tier.getTranslation("dashboard.filter.all")
                : tier.getTranslation("tier." + t.id()));
        return tier;
    }
}
