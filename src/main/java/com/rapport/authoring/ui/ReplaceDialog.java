package com.rapport.authoring.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import com.rapport.authoring.AuthoringService;

/**
 * Asks a trainer, before an upload replaces the version of a scenario in use, whether it should: what it replaces
 * (title, version, file, attempts played on it) and the diff. Confirm puts it live; cancel stores nothing.
 */
class ReplaceDialog extends ConfirmDialog {

    /** The most diff lines the dialog lists; the library's compare shows them all once it is live. */
    static final int MAX_LINES = 300;

    ReplaceDialog(AuthoringService.Replacement replaces, Runnable confirm, Runnable cancel) {
        setId("replace-dialog");
        setHeader(getTranslation("badfiles.replace.header", replaces.scenarioId()));
        var text = new Div();
        text.add(new Paragraph(getTranslation("badfiles.replace.in-use", replaces.title(),
                version(replaces.authorVersion(), replaces.hash()), replaces.file(), replaces.attempts())));
        text.add(new Paragraph(getTranslation("badfiles.replace.upload", replaces.newTitle(),
                version(replaces.newAuthorVersion(), ""), replaces.newFile())));
        if (!replaces.file().equals(replaces.newFile())) {
            var other = new Paragraph(getTranslation("badfiles.replace.other-file", replaces.file(),
                    replaces.newFile()));
            other.addClassName("failed");
            text.add(other);
        }
        text.add(DiffView.of(replaces.diff(), MAX_LINES));
        setText(text);
        setCancelable(true);
        setCancelText(getTranslation("badfiles.replace.cancel"));
        setConfirmText(getTranslation("badfiles.replace.confirm"));
        setConfirmButtonTheme("error primary");
        addConfirmListener(e -> confirm.run());
        addCancelListener(e -> cancel.run());
    }

    private static String version(@Nullable Integer authorVersion, String hash) {
        String v = authorVersion == null ? "" : "v" + authorVersion;
        String h = hash.length() > 10 ? hash.substring(0, 10) : hash;
        return v.isEmpty() || h.isEmpty() ? v + h : v + " · " + h;
    }
}
