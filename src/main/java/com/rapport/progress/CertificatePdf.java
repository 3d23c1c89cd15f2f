package com.rapport.progress;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/** Draws a tier certificate as a one-page landscape A4 PDF (OpenPDF, standard fonts only). Pure. */
final class CertificatePdf {

    private static final Color INK = new Color(0x1a, 0x3a, 0x5c);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.US);

    private CertificatePdf() {
    }

    /**
     * @param tierName the tier as people call it ("Entry")
     */
    static byte[] draw(Certificate c, String tierName) {
        var out = new ByteArrayOutputStream();
        var doc = new Document(PageSize.A4.rotate(), 72, 72, 64, 64);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle(tierName + " certificate: " + c.traineeName());
        doc.addAuthor(c.organisation());
        doc.addCreator("Rapport");
        doc.open();
        PdfContentByte frame = writer.getDirectContent();
        frame.setColorStroke(INK);
        frame.setLineWidth(3f);
        frame.rectangle(28, 28, doc.getPageSize().getWidth() - 56, doc.getPageSize().getHeight() - 56);
        frame.stroke();
        frame.setLineWidth(0.75f);
        frame.rectangle(36, 36, doc.getPageSize().getWidth() - 72, doc.getPageSize().getHeight() - 72);
        frame.stroke();
        doc.add(centred(c.organisation(), font(14, Font.NORMAL), 6));
        doc.add(centred("Certificate of proficiency", font(30, Font.BOLD), 22));
        doc.add(centred("This certifies that", font(13, Font.ITALIC), 8));
        doc.add(centred(c.traineeName(), font(28, Font.BOLD), 8));
        doc.add(centred("has completed the " + tierName + " tier of patient-conversation training", font(15,
                Font.NORMAL), 4));
        doc.add(centred("on " + DAY.format(c.certifiedOn()) + ",", font(15, Font.NORMAL), 18));
        doc.add(centred("passing " + (c.scenarios().size() == 1 ? "this scenario" : "these scenarios") + ":",
                font(12, Font.NORMAL), 4));
        for (String title : c.scenarios()) {
            doc.add(centred("“" + title + "”", font(12, Font.ITALIC), 2));
        }
        doc.add(centred("Scored on empathy, active listening, HIPAA confidentiality, plain language, ownership, "
                + "professionalism, cultural and language sensitivity, and documentation and follow-up.",
                font(9, Font.NORMAL), 0));
        doc.close();
        return out.toByteArray();
    }

    private static Font font(float size, int style) {
        Font f = FontFactory.getFont(FontFactory.HELVETICA, size, style);
        f.setColor(INK);
        return f;
    }

    private static Paragraph centred(String text, Font font, float after) {
        var p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        return p;
    }
}
