package com.rapport.security.ui;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.rapport.security.IdleTimeout;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;

/**
 * Ends a signed-in session after the idle timeout, with a warning first. Only the user's own input counts as acting:
 * opening a page (navigation), and keys, pointer, wheel or touch input in the page, which a small script reports at
 * most once per {@link IdleTimeout#checkEvery()} (so the last action is known to within that). Requests the page
 * makes by itself do not count: Vaadin's heartbeats, this watch's own checks (UI polls), and what components send
 * on their own, such as the warning's own opened-changed and closed events or the layout's drawer and overlay
 * state. A signed-in tab checks every {@link IdleTimeout#checkEvery()}; in the warning period it shows a
 * notification whose "Stay signed in" button counts as acting; at the end it sends the tab to the login page, which
 * says why, and ends the session.
 */
@Component
class IdleWatch implements VaadinServiceInitListener {

    static final String LAST_ACTION = IdleWatch.class.getName() + ".lastAction";
    /** The event the page's script fires on the UI element when the user has given input. */
    private static final String INPUT = "rapport-input";
    /**
     * Listens (once per page, in the capture phase, so that no component can hide it) for trusted input only, and
     * fires {@link #INPUT} at most once every {@code $0} milliseconds.
     */
    private static final String REPORT_INPUT = """
            const ui = this;
            if (ui.__rapportInput) { ui.__rapportInput.every = $0; return; }
            const state = ui.__rapportInput = { every: $0, last: -Infinity };
            const seen = event => {
              if (!event.isTrusted) return;
              const now = performance.now();
              if (now - state.last < state.every) return;
              state.last = now;
              ui.dispatchEvent(new CustomEvent('%s'));
            };
            for (const type of ['keydown', 'pointerdown', 'click', 'wheel', 'touchstart']) {
              document.addEventListener(type, seen, { capture: true, passive: true });
            }
            """.formatted(INPUT);

    private final IdleTimeout idle;

    IdleWatch(IdleTimeout idle) {
        this.idle = idle;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> watch(init.getUI()));
    }

    private void watch(UI ui) {
        ui.addAfterNavigationListener(navigated -> {
            acted(ui.getSession().getSession());
            boolean signedIn = signedIn();
            ui.setPollInterval(signedIn ? (int) idle.checkEvery().toMillis() : -1);
            if (signedIn) {
                ui.getElement().executeJs(REPORT_INPUT, idle.checkEvery().toMillis());
            }
        });
        // also while a modal dialog makes the rest of the page inert: typing in the dialog is acting
        ui.getElement().addEventListener(INPUT, input -> acted(ui.getSession().getSession())).allowInert();
        ui.addPollListener(poll -> check(ui));
    }

    /** What a check does: nothing, warn, or end the session. */
    void check(UI ui) {
        if (!signedIn()) {
            return;
        }
        WrappedSession session = ui.getSession().getSession();
        Instant last = session.getAttribute(LAST_ACTION) instanceof Instant at ? at : idle.now();
        switch (idle.stage(last)) {
            case ACTIVE -> warning(ui).ifPresent(Notification::close);
            case WARNED -> warn(ui, last);
            case ENDED -> {
                ui.getPage().setLocation("login?idle");
                SecurityContextHolder.clearContext();
                session.invalidate();
            }
        }
    }

    private void warn(UI ui, Instant last) {
        long minutes = Math.max(1, idle.left(last).plusSeconds(59).toMinutes());
        String text = ui.getTranslation("idle.warning", minutes);
        var shown = warning(ui);
        if (shown.isPresent()) {
            shown.get().getChildren().findFirst().flatMap(row -> row.getChildren().findFirst())
                    .ifPresent(span -> ((Span) span).setText(text));
            return;
        }
        var notification = new Notification();
        notification.setId("idle-warning");
        notification.setDuration(0);
        notification.setPosition(Notification.Position.MIDDLE);
        var stay = new Button(ui.getTranslation("idle.stay"), click -> {
            acted(ui.getSession().getSession());
            notification.close();
        });
        stay.setId("stay-signed-in");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new HorizontalLayout(new Span(text), stay);
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(row);
        notification.addOpenedChangeListener(changed -> {
            if (!changed.isOpened()) {
                ComponentUtil.setData(ui, Notification.class, null);
            }
        });
        ComponentUtil.setData(ui, Notification.class, notification);
        notification.open();
    }

    private static java.util.Optional<Notification> warning(UI ui) {
        return java.util.Optional.ofNullable(ComponentUtil.getData(ui, Notification.class));
    }

    private void acted(@Nullable WrappedSession session) {
        if (session == null) {
            return;
        }
        try {
            session.setAttribute(LAST_ACTION, idle.now());
        } catch (IllegalStateException invalidated) {
            // the session has just ended (signed out or timed out): nothing to keep
        }
    }

    private static boolean signedIn() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName());
    }
}
