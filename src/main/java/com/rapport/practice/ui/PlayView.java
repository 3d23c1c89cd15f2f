package com.rapport.practice.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

import com.rapport.practice.AttemptNotFoundException;
import com.rapport.practice.PlayService;
import com.rapport.practice.PlayState;
import com.rapport.practice.ReplyRejectedException;
import com.rapport.practice.ScenarioUnavailableException;
import com.rapport.scenario.Persona;

/**
 * The conversation: the person the trainee talks to (portrait, mood), the lines said so far as a chat, and the
 * replies. The page is built once; each turn appends the new lines and updates the mood and the replies.
 */
@Route("play")
@PageTitle("Conversation · Rapport")
@StyleSheet("./play.css")
@RolesAllowed({"TRAINEE", "TRAINER", "MANAGER", "ADMIN"})
@StyleSheet("styles/practice.css")
class PlayView extends Div implements HasUrlParameter<Long> {

    /** Session attribute: the trainee has been told why personal details in a reply became tags. */
    private static final String TOLD = "rapport.privacy.told";

    private final PlayService practice;
    private final H1 title = new H1();
    private final Span who = new Span();
    private final Paragraph situation = new Paragraph();
    private final MoodPanel mood = new MoodPanel();
    private final ConversationLog chat = new ConversationLog();
    private final Paragraph narrator = new Paragraph();
    private final Paragraph privacyNote = new Paragraph();
    private final ReplyPanel replies = new ReplyPanel(this::answer, this::sendTyped);
    private final ReadAloud readAloud = new ReadAloud(this::sayLastLine);
    private final DebugPanel debugPanel = new DebugPanel();
    private final Span replyTimer = new Span();
    private final boolean mayDebug;
    private boolean debugging;
    private long attemptId;
    private int seenTurns = -1;
    private @Nullable Persona persona;

    PlayView(PlayService practice, AuthenticationContext auth) {
        this.practice = practice;
        this.mayDebug = auth.hasAnyRole("TRAINER", "ADMIN");
        addClassNames("view", "play-view");
        title.addClassName("play-title");
        who.addClassName("persona-name");
        who.setId("persona-name");
        situation.addClassName("situation");
        var card = new Div(mood, who, situation, readAloud);
        card.addClassName("persona");
        narrator.addClassName("narrator");
        narrator.setId("narrator");
        privacyNote.setId("privacy-note");
        privacyNote.addClassName("privacy-note");
        privacyNote.setVisible(false);
        replyTimer.setId("reply-timer");
        replyTimer.addClassName("reply-timer");
        replyTimer.getElement().setAttribute("role", "timer");
        replyTimer.setVisible(false);
        var talk = new Div(chat, privacyNote, narrator, replyTimer, replies);
        talk.addClassName("talk");
        var stage = new Div(card, talk);
        stage.addClassName("stage");
        add(title, debugPanel, stage);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var details = event.getUI().getPage().getExtendedClientDetails();
        if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
            chat.useZone(ZoneId.of(details.getTimeZoneId()));
        }
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        attemptId = id;
        debugging = mayDebug && event.getLocation().getQueryParameters().getParameters().containsKey("debug");
        try {
            if (!showTierNote(id)) {
                return;
            }
            show(practice.play(id));
        } catch (AttemptNotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
        } catch (ScenarioUnavailableException e) {
            showUnavailable(e);
        }
    }

    /** Brings the page up to this state, changing only what changed. */
    private void show(PlayState state) {
        seenTurns = state.turns();
        privacyNote.setVisible(false);
        showPersona(state);
        mood.show(state.persona(), state.mood());
        debugPanel.show(debugging, state.debug());
        var added = chat.show(state.transcript().stream().map(line -> entry(line, state.persona())).toList());
        ConversationLog.lastOfTheirs(added).ifPresent(line -> readAloud.say(line.text()));
        narrator.setText(state.narrator() == null ? "" : state.narrator());
        narrator.setVisible(state.narrator() != null);
        showTimer(state.timer());
        if (state.finished()) {
            var toDebrief = new Button(getTranslation("play.to-debrief"),
                    e -> getUI().ifPresent(ui -> ui.navigate(DebriefView.class, attemptId)));
            toDebrief.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toDebrief.setId("to-debrief");
            replies.showEnd(new Span(getTranslation("play.ended")), toDebrief);
        } else {
            replies.show(state.typing(), state.options());
        }
    }

    /** The title and who the trainee talks to: set once, they do not change while playing. */
    private void showPersona(PlayState state) {
        var p = state.persona();
        if (p.equals(persona)) {
            return;
        }
        persona = p;
        title.setText(state.scenarioTitle());
        who.setText(p.age() == null ? getTranslation("play.persona.noage", p.name())
                : getTranslation("play.persona", p.name(), p.age()));
        situation.setText(p.situation());
        var needs = p.communicationNeeds();
        readAloud.useLanguage(needs == null || needs.language() == null ? "en" : needs.language());
    }

    /** A line of the transcript as the chat shows it: who said it, and on which side. */
    private ConversationLog.Entry entry(PlayState.Line line, Persona p) {
        boolean trainee = line.speaker() == PlayState.Speaker.TRAINEE;
        String name = line.name() != null ? line.name() : p.name(); // another voice in the scene (format 1.1)
        return new ConversationLog.Entry(trainee ? getTranslation("play.you") : name,
                trainee ? ConversationLog.Side.MINE : ConversationLog.Side.THEIRS, line.text(), line.at());
    }

    private void sayLastLine() {
        ConversationLog.lastOfTheirs(chat.lines()).ifPresent(line -> readAloud.say(line.text()));
    }

    private void answer(String choiceId) {
        int seen = seenTurns;
        submit(() -> practice.answer(attemptId, choiceId, seen), false);
    }

    private void sendTyped(String text) {
        int seen = seenTurns;
        submit(() -> practice.answerTyped(attemptId, text, seen), true);
    }

    /**
     * Sends a reply and shows where the conversation went. A rejected typed reply stays in its box with the reason;
     * a reply sent twice (or to a changed scenario) is explained instead of failing.
     */
    private void submit(Supplier<PlayState> send, boolean typed) {
        PlayState state;
        try {
            state = send.get();
        } catch (ReplyRejectedException e) {
            if (typed) {
                replies.refuse(e.getMessage());
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
    private void tellAboutRedaction(List<String> tags) {
        var session = VaadinSession.getCurrent();
        if (tags.isEmpty() || session == null || session.getAttribute(TOLD) != null) {
            return;
        }
        session.setAttribute(TOLD, Boolean.TRUE);
        var what = tags.stream().map(t -> getTranslation("privacy.kind." + t.substring(1, t.length() - 1))).toList();
        privacyNote.setText(getTranslation("privacy.redacted", listed(what), listed(tags)));
        privacyNote.setVisible(true);
    }

    private String listed(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + getTranslation("privacy.and") + " "
                + items.getLast();
    }

    /**
     * Says when this attempt is practice that does not count (a tier not open yet); refuses the conversation
     * when the site refuses locked tiers. Returns whether to go on.
     */
    private boolean showTierNote(long id) {
        getChildren().filter(c -> c.getId().filter("tier-note"::equals).isPresent()).toList().forEach(this::remove);
        try {
            var waitFor = practice.practiceUntil(id);
            if (waitFor != null) {
                var note = new Paragraph(getTranslation("play.practice", getTranslation("tier." + waitFor.id())));
                note.setId("tier-note");
                note.addClassName("practice-note");
                addComponentAtIndex(1, note);
            }
            return true;
        } catch (com.rapport.practice.TierLockedException e) {
            var refused = new Span(getTranslation("play.locked", getTranslation("tier." + e.tier().id()),
                    getTranslation("tier." + e.waitFor().id())));
            refused.setId("tier-locked");
            refused.addClassName("practice-note");
            replies.showEnd(refused, new Button(getTranslation("play.to-catalogue"),
                    click -> getUI().ifPresent(ui -> ui.navigate(CatalogView.class))));
            return false;
        }
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

    private void showUnavailable(ScenarioUnavailableException e) {
        replies.showEnd(new Span(getTranslation("play.unavailable", e.getMessage())), new Button(
                getTranslation("play.to-catalogue"), click -> getUI().ifPresent(ui -> ui.navigate(CatalogView.class))));
    }
}
