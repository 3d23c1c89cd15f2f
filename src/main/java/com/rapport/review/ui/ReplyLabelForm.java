package com.rapport.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

import com.rapport.practice.Debrief;
import com.rapport.practice.ReplyRejectedException;
import com.rapport.review.ScorerAgreementService;
import com.rapport.scenario.Criterion;

/**
 * Under an attempt review: the reviewer says what the scorer should have said on one criterion of one typed reply.
 * Each label is kept as a labelled example; trainers compare the scorer with them.
 */
class ReplyLabelForm extends VerticalLayout {

    ReplyLabelForm(Debrief debrief, ScorerAgreementService agreement) {
        setPadding(false);
        addClassName("review-form");
        var typed = debrief.replies().stream().filter(Debrief.Reply::typed).toList();
        if (typed.isEmpty()) {
            setVisible(false);
            return;
        }
        var explain = new Paragraph(getTranslation("review.label.explain"));
        explain.addClassName("muted");
        var reply = new Select<Debrief.Reply>();
        reply.setLabel(getTranslation("review.label.reply"));
        reply.setId("label-reply");
        reply.setWidth("32em");
        reply.setItems(typed);
        reply.setValue(typed.getFirst());
        reply.setItemLabelGenerator(r -> getTranslation("review.attempt.comment.reply", r.seq()) + ": "
                + (r.text().length() > 60 ? r.text().substring(0, 57) + "..." : r.text()));
        var criterion = new Select<Criterion>();
        criterion.setLabel(getTranslation("review.label.criterion"));
        criterion.setId("label-criterion");
        criterion.setItems(Criterion.values());
        criterion.setValue(Criterion.EMPATHY);
        criterion.setItemLabelGenerator(c -> getTranslation("criterion." + c.id()));
        var label = new RadioButtonGroup<Character>();
        label.setLabel(getTranslation("review.label.should"));
        label.setId("label-value");
        label.setItems('+', '-', '0');
        label.setValue('+');
        label.setItemLabelGenerator(l -> getTranslation(l == '+' ? "review.label.credit"
                : l == '-' ? "review.label.violation" : "review.label.neither"));
        var save = new Button(getTranslation("review.label.save"), e -> {
            try {
                agreement.labelReply(debrief.attemptId(), reply.getValue().seq(), criterion.getValue(),
                        label.getValue());
            } catch (ReplyRejectedException ex) {
                Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            Notification.show(getTranslation("review.label.saved"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.setId("save-label");
        var row = new HorizontalLayout(reply, criterion);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(new H3(getTranslation("review.label.title")), explain, row, label, save);
    }
}
