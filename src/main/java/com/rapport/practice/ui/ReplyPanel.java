package com.rapport.practice.ui;

import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import com.rapport.practice.PlayState;

/**
 * What the trainee can say next: a box to type their own reply (kept from turn to turn, emptied after each), the
 * replies offered, or the way to the debrief at the end. After each turn the keyboard focus goes to the box, or to the
 * first reply offered, so the next reply is one keystroke away.
 */
class ReplyPanel extends VerticalLayout {

    private final TextArea area = new TextArea();
    private final Button send = new Button();
    private final Div typing = new Div();
    private final Div offered = new Div();
    private final Consumer<String> onChoice;
    private int maxLength;

    ReplyPanel(Consumer<String> onChoice, Consumer<String> onTyped) {
        this.onChoice = onChoice;
        setId("choices");
        addClassName("choices");
        setPadding(false);
        area.setId("reply");
        area.setWidthFull();
        area.setMinRows(3);
        area.setPlaceholder(getTranslation("play.type.placeholder"));
        // the count follows the typing without a round trip per keystroke
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(400);
        area.addValueChangeListener(e -> count(e.getValue()));
        send.setText(getTranslation("play.type.send"));
        send.setId("send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.getElement().setAttribute("aria-keyshortcuts", "Control+Enter");
        send.addClickListener(e -> onTyped.accept(area.getValue()));
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        var shortcut = new Span(getTranslation("play.type.shortcut"));
        shortcut.setId("send-shortcut");
        shortcut.addClassName("shortcut");
        var actions = new Div(send, shortcut);
        actions.addClassName("send-row");
        typing.addClassName("typing");
        typing.add(area, actions);
        offered.addClassName("offered");
        add(typing, offered);
    }

    /** Shows what this moment takes, and moves the focus to where the trainee answers. */
    void show(PlayState.@Nullable Typing typingNow, List<PlayState.Option> options) {
        offered.removeAll();
        typing.setVisible(typingNow != null);
        if (typingNow != null) {
            maxLength = typingNow.maxLength();
            area.setLabel(typingNow.prompt() == null ? getTranslation("play.type.label") : typingNow.prompt());
            area.clear();
            area.setInvalid(false);
            count("");
        }
        if (!options.isEmpty()) {
            var heading = new H2(getTranslation(typingNow == null ? "play.choose" : "play.or-choose"));
            heading.addClassName("choose");
            heading.setId("choose");
            offered.add(heading);
            offered.getElement().setAttribute("role", "group");
            offered.getElement().setAttribute("aria-labelledby", "choose");
        }
        Button first = null;
        for (PlayState.Option option : options) {
            var button = new Button(option.text(), e -> onChoice.accept(option.id()));
            button.setId("choice-" + option.id());
            button.setDisableOnClick(true);
            offered.add(button);
            first = first == null ? button : first;
        }
        if (typingNow != null) {
            area.focus();
        } else if (first != null) {
            first.focus();
        }
    }

    /** The end of the conversation: what to do next instead of a reply. */
    void showEnd(Span said, Button next) {
        typing.setVisible(false);
        offered.removeAll();
        offered.add(said, next);
        next.focus();
    }

    /** A typed reply the server refused: it stays in the box with the reason. */
    void refuse(String reason) {
        area.setInvalid(true);
        area.setErrorMessage(reason);
        area.focus();
    }

    private void count(String value) {
        int length = value.strip().length();
        area.setHelperText(getTranslation("play.type.count", length, maxLength));
        boolean tooLong = length > maxLength;
        area.setInvalid(tooLong);
        area.setErrorMessage(tooLong ? getTranslation("play.type.too-long", length, maxLength) : null);
        send.setEnabled(!tooLong);
    }
}
