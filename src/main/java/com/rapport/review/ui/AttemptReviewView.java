package com.rapport.review.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import com.rapport.practice.AttemptNotFoundException;
import com.rapport.practice.Debrief;
import com.rapport.practice.DebriefService;
import com.rapport.practice.ReplyRejectedException;
import com.rapport.base.ui.SvgView;
import com.rapport.shared.ui.DebriefPanel;
import com.rapport.review.CoachingService;
import com.rapport.review.ReviewService;
import com.rapport.review.ScorerAgreementService;
import com.rapport.scenario.Criterion;

/**
 * One attempt, for the trainee's manager: the debrief (transcript with the scoring evidence highlighted, the
 * criterion levels), the path through the branch map, coaching comments, and score corrections with a required
 * reason. An attempt of someone not on the manager's teams is "not found", whatever id is in the URL.
 */
@Route("review/attempt")
@PageTitle("Attempt review · Rapport")
@RolesAllowed({"MANAGER", "ADMIN"})
class AttemptReviewView extends VerticalLayout implements HasUrlParameter<Long> {

    private final DebriefService practice;
    private final CoachingService coaching;
    private final ReviewService review;
    private final ScorerAgreementService agreement;

    AttemptReviewView(DebriefService practice, CoachingService coaching, ReviewService review,
            ScorerAgreementService agreement) {
        this.practice = practice;
        this.coaching = coaching;
        this.review = review;
        this.agreement = agreement;
        addClassName("view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Debrief debrief;
        try {
            debrief = practice.debrief(id);
        } catch (AttemptNotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        if (!debrief.reviewable()) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        show(debrief);
    }

    private void show(Debrief debrief) {
        removeAll();
        add(new RouterLink(getTranslation("review.attempt.back", debrief.username()), TraineeReviewView.class,
                debrief.username()));
        add(new H2(getTranslation("review.attempt.title")));
        add(new DebriefPanel(debrief, true));
        add(new H3(getTranslation("review.attempt.path")));
        var path = new Paragraph(getTranslation("review.attempt.path.text", String.join(" → ", debrief.path())));
        path.setId("attempt-path");
        add(path);
        review.pathMap(debrief).ifPresent(svg -> {
            add(new SvgView(svg, "path-map", "branch-map"));
        });
        add(new H3(getTranslation("review.attempt.comment")), commentForm(debrief), overrideForm(debrief),
                new ReplyLabelForm(debrief, agreement));
    }

    private VerticalLayout commentForm(Debrief debrief) {
        var on = new Select<Integer>();
        on.setLabel(getTranslation("review.attempt.comment.on"));
        on.setId("comment-on");
        var options = new java.util.ArrayList<Integer>();
        options.add(0);
        debrief.replies().forEach(r -> options.add(r.seq()));
        on.setItems(options);
        on.setValue(0);
        on.setItemLabelGenerator(n -> n == null || n == 0 ? getTranslation("review.attempt.comment.whole")
                : getTranslation("review.attempt.comment.reply", n));
        var text = new TextArea(getTranslation("review.attempt.comment"));
        text.setId("comment-text");
        text.setWidthFull();
        text.setMaxLength(4000);
        var add = new Button(getTranslation("review.attempt.comment.add"), e -> {
            try {
                Integer seq = on.getValue() == null || on.getValue() == 0 ? null : on.getValue();
                coaching.addComment(debrief.attemptId(), seq, text.getValue());
            } catch (ReplyRejectedException ex) {
                text.setInvalid(true);
                text.setErrorMessage(ex.getMessage());
                return;
            }
            Notification.show(getTranslation("review.attempt.comment.added"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(practice.debrief(debrief.attemptId()));
        });
        add.setId("add-comment");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var box = new VerticalLayout(on, text, add);
        box.setPadding(false);
        box.addClassName("review-form");
        return box;
    }

    private VerticalLayout overrideForm(Debrief debrief) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.addClassName("review-form");
        if (debrief.finishedAt() == null) {
            return box;
        }
        box.add(new H3(getTranslation("review.attempt.override")));
        var what = new Select<String>();
        what.setLabel(getTranslation("review.attempt.override.what"));
        what.setId("override-what");
        var items = new java.util.ArrayList<String>();
        items.add("overall");
        debrief.criteria().forEach(c -> items.add(c.criterion().id()));
        what.setItems(items);
        what.setValue("overall");
        what.setItemLabelGenerator(k -> "overall".equals(k) ? getTranslation("debrief.overall")
                : getTranslation("criterion." + k));
        var value = new IntegerField(getTranslation("review.attempt.override.value"));
        value.setId("override-value");
        value.setMin(0);
        value.setMax(100);
        var reason = new TextArea(getTranslation("review.attempt.override.reason"));
        reason.setId("override-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        var apply = new Button(getTranslation("review.attempt.override.button"), e -> {
            if (value.getValue() == null) {
                value.setInvalid(true);
                return;
            }
            try {
                Criterion c = "overall".equals(what.getValue()) ? null : Criterion.fromId(what.getValue());
                coaching.overrideScore(debrief.attemptId(), c, value.getValue(), reason.getValue());
            } catch (ReplyRejectedException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.getMessage());
                return;
            }
            Notification.show(getTranslation("review.attempt.override.done"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(practice.debrief(debrief.attemptId()));
        });
        apply.setId("override");
        var row = new HorizontalLayout(what, value);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.add(row, reason, apply);
        return box;
    }
}
