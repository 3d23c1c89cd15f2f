package com.rapport.progress.ui;

import java.io.ByteArrayInputStream;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import com.rapport.practice.PlayService;
import com.rapport.progress.CertificateService;
import com.rapport.progress.ProgressService;
import com.rapport.scenario.Tier;
import com.rapport.shared.ui.ProgressPanel;

/** The trainee's own progress page, with a printable certificate for each tier they are certified for. */
@Route("progress")
@PageTitle("My progress · Rapport")
@RolesAllowed({"TRAINEE", "TRAINER", "MANAGER", "ADMIN"})
@StyleSheet("styles/practice.css")
class ProgressView extends VerticalLayout {

    ProgressView(ProgressService progress, PlayService practice, CertificateService certificates) {
        addClassName("view");
        add(new H1(getTranslation("progress.title")));
        var report = progress.myProgress();
        add(new ProgressPanel(report, scenarioId -> {
            long id = practice.start(scenarioId);
            getUI().ifPresent(ui -> ui.navigate("play/" + id));
        }));
        add(certificates(report, certificates));
    }

    /** A download per certified tier; the service checks again, on the server, when the file is asked for. */
    private Div certificates(ProgressService.Report report, CertificateService certificates) {
        var box = new Div(new H2(getTranslation("progress.certificates")));
        box.setId("certificates");
        var certified = java.util.Arrays.stream(Tier.values()).filter(report.standing().certified()::contains)
                .toList();
        if (certified.isEmpty()) {
            box.add(new Paragraph(getTranslation("progress.certificates.none")));
        }
        for (Tier tier : certified) {
            var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] pdf = certificates.pdf(tier);
                return new DownloadResponse(new ByteArrayInputStream(pdf), CertificateService.fileName(tier),
                        "application/pdf", pdf.length);
            }), getTranslation("progress.certificate.download", getTranslation("tier." + tier.id())));
            link.getElement().setAttribute("download", true);
            link.setId("certificate-" + tier.id());
            var line = new Paragraph(link);
            line.addClassName("certificate");
            box.add(line);
        }
        return box;
    }
}
