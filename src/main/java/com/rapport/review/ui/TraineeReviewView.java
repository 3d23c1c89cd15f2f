package com.rapport.review.ui;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import com.rapport.practice.AttemptService;
import com.rapport.progress.ProgressService;
import com.rapport.shared.ui.ProgressPanel;
import com.rapport.review.ReplyRef;
import com.rapport.review.ReviewService;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Tier;

/**
 * One trainee, for their manager, under their display name: their progress page with every attempt (once), the
 * replies that show a chosen criterion's weakness (their weakest by default), and opening a tier early. A trainee not on the manager's teams is
 * "not found", whatever is typed in the URL.
 */
@Route("review/trainee")
@PageTitle("Trainee · Rapport")
@RolesAllowed({"MANAGER", "ADMIN"})
class TraineeReviewView extends VerticalLayout implements HasUrlParameter<String> {

    private final ProgressService progress;
    private final ReviewService review;
    private final AttemptService practice;
    private final Div worst = new Div();

    TraineeReviewView(ProgressService progress, ReviewService review, AttemptService practice) {
        this.progress = progress;
        this.review = review;
        this.practice = practice;
        addClassName("view");
    }

    @Override
    public void setParameter(BeforeEvent event, String username) {
        removeAll();
        ProgressService.Report report;
        try {
            report = progress.progressOf(username);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        add(new RouterLink(getTranslation("review.attempt.back", getTranslation("dashboard.title")),
                DashboardView.class));
        add(new H1(getTranslation("trainee.title", review.displayName(username))));
        Criterion weakest = report.standing().weakest();
        add(new H2(getTranslation("trainee.worst")));
        var criterion = new Select<Criterion>();
        criterion.setLabel(getTranslation("trainee.worst.criterion"));
        criterion.setId("worst-criterion");
        criterion.setItems(Criterion.values());
        criterion.setItemLabelGenerator(c -> getTranslation("criterion." + c.id()));
        criterion.addValueChangeListener(e -> showWorst(username, e.getValue()));
        worst.setId("worst-replies");
        add(criterion, worst);
        criterion.setValue(weakest == null ? Criterion.HIPAA : weakest);
        // the progress page's list of attempts, made the whole list: each attempt is listed once
        add(new ProgressPanel(new ProgressService.Report(report.username(), report.standing(), report.next(),
                practice.attemptsOf(username), report.assignments(), report.whereToPractise()), null));
        add(openTier(username, report));
    }

    private void showWorst(String username, Criterion criterion) {
        worst.removeAll();
        var list = review.worstReplies(username, criterion);
        if (list.isEmpty()) {
            worst.add(new Paragraph(getTranslation("trainee.worst.none")));
        }
        for (ReplyRef r : list) {
            var link = new RouterLink(getTranslation("trainee.worst.reply", r.scenarioTitle(), r.seq(), r.text(),
                    r.pointsDelta(), r.feedback() == null ? "" : " — " + r.feedback()), AttemptReviewView.class,
                    r.attemptId());
            link.addClassName("reply-link");
            worst.add(new Div(link));
        }
    }

    private VerticalLayout openTier(String username, ProgressService.Report report) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H2(getTranslation("trainee.open-tier")));
        var buttons = new HorizontalLayout();
        for (Tier t : Tier.values()) {
            if (!report.standing().opened().contains(t)) {
                var open = new Button(getTranslation("trainee.open-tier.button", getTranslation("tier." + t.id())),
                        e -> {
                            progress.openTier(username, t);
                            Notification.show(getTranslation("trainee.open-tier.done", getTranslation("tier." + t.id())))
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                            getUI().ifPresent(ui -> ui.getPage().reload());
                        });
                open.setId("open-tier-" + t.id());
                buttons.add(open);
            }
        }
        box.add(buttons);
        return box;
    }
}
