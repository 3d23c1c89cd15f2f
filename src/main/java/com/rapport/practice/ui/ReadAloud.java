package com.rapport.practice.ui;

import java.util.Locale;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.server.VaadinSession;

/**
 * The "Read aloud" switch: when on, each new line of the person the trainee talks to is spoken by the browser's speech
 * synthesis, in a voice for that person's language when the browser has one. Off by default; the choice is kept for
 * the rest of the session. Does nothing in a browser without speech synthesis.
 */
class ReadAloud extends Checkbox {

    /** Session attribute: the trainee turned reading aloud on. */
    static final String ON = "rapport.read-aloud";

    private static final String SPEAK = """
            const s = window.speechSynthesis;
            if (!s || typeof SpeechSynthesisUtterance === 'undefined') { return; }
            s.cancel();
            if (!$0) { return; }
            const u = new SpeechSynthesisUtterance($0);
            u.lang = $1;
            const voice = s.getVoices().find(v => (v.lang || '').toLowerCase().replace('_', '-').startsWith($1));
            if (voice) { u.voice = voice; }
            s.speak(u);""";

    private String language = "en";

    ReadAloud(Runnable turnedOn) {
        super(false);
        setLabel(getTranslation("play.read-aloud"));
        setId("read-aloud");
        addClassName("read-aloud");
        var session = VaadinSession.getCurrent();
        setValue(session != null && Boolean.TRUE.equals(session.getAttribute(ON)));
        addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            var current = VaadinSession.getCurrent();
            if (current != null) {
                current.setAttribute(ON, e.getValue());
            }
            if (e.getValue()) {
                turnedOn.run();
            } else {
                getElement().executeJs(SPEAK, "", language);
            }
        });
    }

    /** The language of the voice to look for, as in the scenario ("en", "es"). */
    void useLanguage(String lang) {
        language = lang.toLowerCase(Locale.ROOT);
    }

    /** Speaks this line when reading aloud is on; stops any line still being spoken. */
    void say(String line) {
        if (getValue()) {
            getElement().executeJs(SPEAK, line, language);
        }
    }
}
