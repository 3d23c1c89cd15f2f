package com.rapport.practice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import com.rapport.practice.PlayState;

/** The playtest panel beside the conversation: only for trainers and admins who opened it with ?debug. */
class DebugPanel extends Div {

    DebugPanel() {
        setId("debug");
        addClassName("debug-panel");
        setVisible(false);
    }

    void show(boolean debugging, PlayState.Debug debug) {
        setVisible(debugging);
        if (!debugging) {
            return;
        }
        removeAll();
        add(new H2(getTranslation("debug.title")));
        add(new Paragraph(getTranslation("debug.node", debug.node() == null ? "-" : debug.node(), debug.mood())));
        add(new Paragraph(getTranslation("debug.variables", debug.flags().isEmpty() ? "-"
                : String.join(", ", debug.flags().keySet()), debug.counters().isEmpty() ? "-"
                : debug.counters().toString())));
        if (!debug.hidden().isEmpty()) {
            add(new Paragraph(getTranslation("debug.hidden", String.join("; ", debug.hidden()))));
        }
        if (debug.lastStep() != null) {
            add(new Paragraph(getTranslation("debug.last", debug.lastStep())));
        }
        debug.lastEvidence().forEach(line -> add(new Paragraph(line)));
    }
}
