package com.rapport.practice.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import com.rapport.practice.AttemptNotFoundException;
import com.rapport.practice.PlayState;
import com.rapport.practice.PlayService;
import com.rapport.practice.ReplyRejectedException;
import com.rapport.practice.ScenarioUnavailableException;
import com.rapport.scenario.Mood;

/** The conversation: the patient's lines and the trainee's as a chat, the patient's mood, and the replies. */
@Route("play")
@PageTitle("Conversation · Rapport")
@RolesAllowed({"TRAINEE", "TRAINER", "MANAGER", "ADMIN"})
class PlayView extends VerticalLayout implements HasUrlParameter<Long> {

    /** Session attribute: the trainee has been told why personal details in a reply became tags. */
    private static final String TOLD = "rapport.privacy.told";

    private final PlayService practice;
    private final H2 title = new H2();
    private final Div persona = new Div();
    private final Span moodLabel = new Span();
    private final ProgressBar moodBar = new ProgressBar(Mood.MIN, Mood.MAX);
    private final MessageList chat = new MessageList();
    private final Paragraph narrator = new Paragraph();
    private final Paragraph privacyNote = new Paragraph();
    private final Span replyTimer = new Span();
    private final VerticalLayout choices = new VerticalLayout();
    private final Div debugPanel = new Div();
    private final boolean mayDebug;
    private boolean debugging;
    private long attemptId;
    private int seenTurns = -1;

    PlayView(PlayService practice, AuthenticationContext auth) {
        this.practice = practice;
        this.mayDebug = auth.hasAnyRole("TRAINER", "ADMIN");
        debugPanel.setId("debug");
        debugPanel.addClassName("debug-panel");
        debugPanel.setVisible(false);
        addClassName("view");
        persona.addClassName("persona");
        moodLabel.setId("mood");
        var mood = new VerticalLayout(moodLabel, moodBar);
        mood.setPadding(false);
        mood.setSpacing(false);
        mood.addClassName("mood");
        mood.setWidth("16rem");
        var header = new HorizontalLayout(title, mood);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        chat.addClassName("chat");
        chat.setWidthFull();
        chat.setId("chat");
        narrator.addClassName("narrator");
        privacyNote.setId("privacy-note");
        privacyNote.addClassName("privacy-note");
        privacyNote.setVisible(false);
        choices.setId("choices");
        choices.addClassName("choices");
        choices.setPadding(false);
        replyTimer.setId("reply-timer");
        replyTimer.getElement().setAttribute("role", "timer");
        replyTimer.setVisible(false);
        add(header, persona, debugPanel, chat, privacyNote, narrator, replyTimer, choices);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        attemptId = id;
        debugging = mayDebug && event.getLocation().getQueryParameters().getParameters().containsKey("debug");
        try {
            show(practice.play(id));
        } catch (AttemptNotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
        } catch (ScenarioUnavailableException e) {
            showUnavailable(e);
        }
    }

    private void show(PlayState state) {
        seenTurns = state.turns();
        privacyNote.setVisible(false);
        title.setText(state.scenarioTitle());
        var p = state.persona();
        persona.removeAll();
        var who = new H4(p.age() == null ? getTranslation("play.persona.noage", p.name())
                : getTranslation("play.persona", p.name(), p.age()));
        who.getStyle().set("margin", "0");
        persona.add(who, new Paragraph(p.situation()));
        showMood(state.mood());
        showDebug(state.debug());
        chat.setItems(state.transcript().stream().map(line -> message(line, p.name())).toList());
        narrator.setText(state.narrator() == null ? "" : state.narrator());
        narrator.setVisible(state.narrator() != null);
        showTimer(state.timer());
        choices.removeAll();
        if (state.finished()) {
            var toDebrief = new Button(getTranslation("play.to-debrief"),
                    e -> getUI().ifPresent(ui -> ui.navigate(DebriefView.class, attemptId)));
            toDebrief.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            choices.add(new Paragraph(getTranslation("play.ended")), toDebrief);
            return;
        }
        if (state.typing() != null) {
            choices.add(typingBox(state.typing()));
        }
        if (!state.options().isEmpty()) {
            choices.add(new H4(getTranslation(state.typing() == null ? "play.choose" : "play.or-choose")));
        }
        for (PlayState.Option option : state.options()) {
            var button = new Button(option.text(), e -> answer(option.id()));
            button.setId("choice-" + option.id());
            button.setDisableOnClick(true);
            choices.add(button);
        }
    }

    private VerticalLayout typingBox(PlayState.Typing typing) {
        var area = new TextArea(typing.prompt() == null ? getTranslation("play.type.label") : typing.prompt());
        area.setId("reply");
        area.setWidthFull();
        area.setMinRows(3);
        area.setPlaceholder(getTranslation("play.type.placeholder"));
        area.setValueChangeMode(ValueChangeMode.EAGER);
        area.setHelperText(getTranslation("play.type.count", 0, typing.maxLength()));
        var send = new Button(getTranslation("play.type.send"));
        send.setId("send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        area.addValueChangeListener(e -> {
            int length = e.getValue().strip().length();
            area.setHelperText(getTranslation("play.type.count", length, typing.maxLength()));
            boolean tooLong = length > typing.maxLength();
            area.setInvalid(tooLong);
            area.setErrorMessage(tooLong ? getTranslation("play.type.too-long", length, typing.maxLength()) : null);
            send.setEnabled(!tooLong);
        });
        send.addClickListener(e -> sendTyped(area));
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        var box = new VerticalLayout(area, send);
        box.setPadding(false);
        box.addClassName("typing");
        return box;
    }

    private void sendTyped(TextArea area) {
        int seen = seenTurns;
        submit(() -> practice.answerTyped(attemptId, area.getValue(), seen), area);
    }

    /**
     * Sends a reply and shows where the conversation went. A rejected typed reply stays in its box with the reason;
     * a reply sent twice (or to a changed scenario) is explained instead of failing.
     */
    private void submit(java.util.function.Supplier<PlayState> send, @org.jspecify.annotations.Nullable TextArea box) {
        PlayState state;
        try {
            state = send.get();
        } catch (ReplyRejectedException e) {
            if (box != null) {
                box.setInvalid(true);
                box.setErrorMessage(e.getMessage());
            }
            return;
        } catch (IllegalStateException | org.springframework.dao.ConcurrencyFailureException
                | org.springframework.dao.DataIntegrityViolationException e) {
            Notification.show(getTranslation("play.stale")).addThemeVariants(NotificationVariant.LUMO_WARNING);
            try {
                show(practice.play(attemptId));
            } catch (ScenarioUnavailableException gone) {
                showUnavailable(gone);
            }
            return;
        } catch (ScenarioUnavailableException e) {
            showUnavailable(e);
            return;
        }
        if (state.finished()) {
            getUI().ifPresent(ui -> ui.navigate(DebriefView.class, attemptId));
        } else {
            show(state);
            tellAboutRedaction(state.redacted());
        }
    }

    /**
     * Says once per session, in plain words, why part of a typed reply became a tag: the trainee should practise
     * with the scenario's made-up details, never a real patient's.
     */
    private void tellAboutRedaction(java.util.List<String> tags) {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (tags.isEmpty() || session == null || session.getAttribute(TOLD) != null) {
            return;
        }
        session.setAttribute(TOLD, Boolean.TRUE);
        var what = tags.stream().map(t -> getTranslation("privacy.kind." + t.substring(1, t.length() - 1))).toList();
        privacyNote.setText(getTranslation("privacy.redacted", listed(what), listed(tags)));
        privacyNote.setVisible(true);
    }

    private String listed(java.util.List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + getTranslation("privacy.and") + " "
                + items.getLast();
    }

    /**
     * A countdown for a timed moment, ticking in the browser from the seconds the server says are left; the server
     * alone decides whether the reply was late when it arrives.
     */
    private void showTimer(PlayState.@org.jspecify.annotations.Nullable Timer timer) {
        replyTimer.setVisible(timer != null);
        if (timer == null) {
            replyTimer.getElement().executeJs("clearInterval(this._tick)");
            return;
        }
        String running = getTranslation("play.timer", "{0}");
        String late = getTranslation("play.timer.late");
        replyTimer.setText(timer.remainingSeconds() > 0 ? running.replace("{0}", String.valueOf(timer.remainingSeconds()))
                : late);
        replyTimer.getElement().executeJs("const el = this; let left = $0; clearInterval(el._tick);"
                + "const show = () => { el.textContent = left > 0 ? $1.replace('{0}', left) : $2; };"
                + "show(); el._tick = setInterval(() => { left--; show(); if (left <= 0) clearInterval(el._tick); },"
                + " 1000);", timer.remainingSeconds(), running, late);
    }

    private MessageListItem message(PlayState.Line line, String patientName) {
        boolean trainee = line.speaker() == PlayState.Speaker.TRAINEE;
        String name = line.name() != null ? line.name() : patientName;
        var item = new MessageListItem(line.text(), line.at(), trainee ? getTranslation("play.you") : name);
        item.setUserColorIndex(trainee ? 1 : name.equals(patientName) ? 3 : 5);
        item.addClassNames(trainee ? "trainee" : "patient");
        return item;
    }

    private void showMood(Mood mood) {
        moodLabel.setText(getTranslation("mood.label", getTranslation("mood." + mood.band())));
        moodBar.setValue(mood.value());
        moodBar.removeThemeVariants(ProgressBarVariant.LUMO_ERROR, ProgressBarVariant.LUMO_SUCCESS);
        if (mood.value() <= 3) {
            moodBar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        } else if (mood.value() >= 7) {
            moodBar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        }
    }

    private void answer(String choiceId) {
        int seen = seenTurns;
        submit(() -> practice.answer(attemptId, choiceId, seen), null);
    }

    /** The playtest panel: only for trainers and admins who opened the conversation with ?debug. */
    private void showDebug(PlayState.Debug debug) {
        debugPanel.setVisible(debugging);
        if (!debugging) {
            return;
        }
        debugPanel.removeAll();
        debugPanel.add(new H4(getTranslation("debug.title")));
        debugPanel.add(new Paragraph(getTranslation("debug.node", debug.node() == null ? "-" : debug.node(),
                debug.mood())));
        debugPanel.add(new Paragraph(getTranslation("debug.variables", debug.flags().isEmpty() ? "-"
                : String.join(", ", debug.flags().keySet()), debug.counters().isEmpty() ? "-"
                : debug.counters().toString())));
        if (!debug.hidden().isEmpty()) {
            debugPanel.add(new Paragraph(getTranslation("debug.hidden", String.join("; ", debug.hidden()))));
        }
        if (debug.lastStep() != null) {
            debugPanel.add(new Paragraph(getTranslation("debug.last", debug.lastStep())));
        }
        debug.lastEvidence().forEach(line -> debugPanel.add(new Paragraph(line)));
    }

    private void showUnavailable(ScenarioUnavailableException e) {
        choices.removeAll();
        choices.add(new Paragraph(getTranslation("play.unavailable", e.getMessage())));
    }
}
