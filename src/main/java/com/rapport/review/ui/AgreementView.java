package com.rapport.review.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import com.rapport.review.ScorerAgreementService;
import com.rapport.review.ScorerAgreementService.CriterionAgreement;
import com.rapport.review.ScorerAgreementService.Disagreement;

/**
 * Scorer agreement, for trainers and admins: per criterion, how often the scorer agrees with the labels managers
 * gave typed replies, every disagreement, and the labels as a file {@code rapport evaluate} reads.
 */
@Route("agreement")
@PageTitle("Scorer agreement · Rapport")
@RolesAllowed({"TRAINER", "ADMIN"})
class AgreementView extends VerticalLayout {

    AgreementView(ScorerAgreementService agreement) {
        addClassName("view");
        var result = agreement.agreement();
        var explain = new Paragraph(getTranslation("agreement.explain"));
        explain.addClassName("muted");

        var criteria = new Grid<CriterionAgreement>();
        criteria.setId("agreement-criteria");
        criteria.addColumn(c -> getTranslation("criterion." + c.criterion().id()))
                .setHeader(getTranslation("agreement.criterion")).setAutoWidth(true);
        criteria.addColumn(CriterionAgreement::labels).setHeader(getTranslation("agreement.labels"));
        criteria.addColumn(c -> c.labels() == 0 ? "-" : c.percent() + "%")
                .setHeader(getTranslation("agreement.agrees"));
        criteria.addColumn(c -> getTranslation("agreement.of", c.creditFound(), c.creditLabels()))
                .setHeader(getTranslation("agreement.credit")).setAutoWidth(true);
        criteria.addColumn(c -> getTranslation("agreement.of", c.violationFound(), c.violationLabels()))
                .setHeader(getTranslation("agreement.violations")).setAutoWidth(true);
        criteria.setItems(result.criteria());
        criteria.setAllRowsVisible(true);

        var disagreements = new Grid<Disagreement>();
        disagreements.setId("agreement-disagreements");
        disagreements.addColumn(Disagreement::text).setHeader(getTranslation("agreement.reply")).setFlexGrow(3);
        disagreements.addColumn(d -> getTranslation("criterion." + d.criterion().id()))
                .setHeader(getTranslation("agreement.criterion")).setAutoWidth(true);
        disagreements.addColumn(d -> word(d.label())).setHeader(getTranslation("agreement.label"));
        disagreements.addColumn(d -> word(d.scorer())).setHeader(getTranslation("agreement.scorer"));
        disagreements.addColumn(Disagreement::labelledBy).setHeader(getTranslation("agreement.by"));
        disagreements.setItems(result.disagreements());
        disagreements.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        disagreements.setAllRowsVisible(result.disagreements().size() <= 50);
        disagreements.setEmptyStateText(getTranslation("agreement.none"));

        var download = new Anchor((DownloadHandler) event -> {
            event.setFileName("rapport-labelled-replies-" + LocalDate.now() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                agreement.export(out);
            }
        }, getTranslation("agreement.export"));
        download.setId("agreement-export");

        add(new H1(getTranslation("agreement.title")), explain, criteria,
                new H2(getTranslation("agreement.disagreements")), disagreements, download);
    }

    private String word(char label) {
        return getTranslation(label == '+' ? "review.label.credit" : label == '-' ? "review.label.violation"
                : "review.label.neither");
    }
}
