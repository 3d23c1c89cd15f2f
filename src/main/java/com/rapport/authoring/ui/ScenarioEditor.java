package com.rapport.authoring.ui;

import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import com.rapport.authoring.AuthoringService;
import com.rapport.scenario.Problem;

/**
 * The scenario editor: the text of a version in a monospace area, checked as the trainer types (the upload's own
 * checks, after a pause of {@link #PAUSE_MS} ms), its problems listed by {@code line:col} with a click moving the
 * caret to the place, a playtest of the text as it stands (not saved as a version), and saving it as a new version
 * with the upload's checks and confirmation.
 */
class ScenarioEditor extends VerticalLayout {

    /** How long typing pauses before the text is checked. */
    static final int PAUSE_MS = 600;

    /** Moves the caret of a text area to a line and column (1-based) and scrolls it there. */
    private static final String CARET = """
            const ta = this.querySelector('textarea');
            if (!ta) { return; }
            const lines = ta.value.split('\\n');
            let pos = 0;
            for (let i = 0; i < Math.min($0 - 1, lines.length); i++) { pos += lines[i].length + 1; }
            pos += Math.max(0, Math.min($1 - 1, (lines[$0 - 1] || '').length));
            ta.focus();
            ta.setSelectionRange(pos, pos);
            const lh = parseFloat(getComputedStyle(ta).lineHeight) || 20;
            const field = this.shadowRoot && this.shadowRoot.querySelector('[part="input-field"]');
            const top = Math.max(0, ($0 - 3) * lh);
            if (field) { field.scrollTop = top; }
            ta.scrollTop = top;
            """;

    private final AuthoringService authoring;
    private final String fileName;
    private final TextArea text = new TextArea();
    private final UnorderedList problems = new UnorderedList();
    private final Paragraph summary = new Paragraph();
    private final Div result = new Div();

    /**
     * @param playtest plays a draft (scenario id, hash) with the debug panel
     * @param saved shows what saving did (the upload's outcome, confirmation included) in a box
     */
    ScenarioEditor(AuthoringService authoring, String title, String fileName, String content,
            BiConsumer<String, String> playtest, BiConsumer<AuthoringService.UploadResult, Div> saved,
            Runnable close) {
        this.authoring = authoring;
        this.fileName = fileName;
        setPadding(false);
        setId("editor");
        var intro = new Paragraph(getTranslation("library.editor.intro", fileName));
        intro.addClassName("muted");
        text.setId("editor-text");
        text.setLabel(getTranslation("library.editor.text"));
        text.setValue(content);
        text.setWidthFull();
        text.setHeight("28rem");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(PAUSE_MS);
        text.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("--lumo-font-family", "var(--lumo-font-family-monospace, monospace)");
        text.getElement().setAttribute("spellcheck", "false");
        text.addValueChangeListener(e -> check());
        problems.setId("editor-problems");
        summary.setId("editor-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        var play = new Button(getTranslation("library.editor.playtest"), e -> {
            var draft = authoring.draft(fileName, text.getValue());
            show(draft.problems());
            if (draft.scenarioId() != null && draft.hash() != null) {
                playtest.accept(draft.scenarioId(), draft.hash());
            }
        });
        play.setId("editor-playtest");
        var save = new Button(getTranslation("library.editor.save"),
                e -> saved.accept(authoring.saveEdited(fileName, text.getValue()), result));
        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("library.editor.close"), e -> close.run());
        cancel.setId("editor-close");
        result.setId("editor-result");
        add(new H2(getTranslation("library.editor.title", title)), intro, text,
                new HorizontalLayout(save, play, cancel), result, new H3(getTranslation("library.editor.problems")),
                summary, problems);
        check();
    }

    /** The text being edited. */
    TextArea text() {
        return text;
    }

    private void check() {
        show(authoring.check(fileName, text.getValue()));
    }

    private void show(List<Problem> found) {
        problems.removeAll();
        long errors = found.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        summary.setText(found.isEmpty() ? getTranslation("library.editor.clean")
                : getTranslation("library.editor.found", errors, found.size() - errors));
        for (Problem p : found) {
            // a native button wraps a long message and is still a button to the keyboard and screen readers
            var jump = new NativeButton(p.line() + ":" + p.column() + " " + p.severity().name().toLowerCase() + ": "
                    + p.message(), e -> moveTo(p.line(), p.column()));
            jump.addClassNames("problem-jump", p.severity() == Problem.Severity.ERROR ? "problem-error"
                    : "problem-warning");
            jump.getStyle().set("background", "none").set("border", "none").set("padding", "0.1rem 0")
                    .set("text-align", "start").set("cursor", "pointer").set("text-decoration", "underline");
            problems.add(new ListItem(jump));
        }
    }

    /** Puts the caret at a line and column of the text, as a click on a problem does. */
    void moveTo(int line, int column) {
        text.getElement().executeJs(CARET, line, column);
    }
}
