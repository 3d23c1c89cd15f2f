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
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.HandlerHelper.RequestType;

/**
 * Ends a signed-in session after the idle timeout, with a warning first. Every request from the browser counts as
 * the user acting, except Vaadin's heartbeats and this watch's own checks (UI polls), which keep the HTTP session
 * open and so would otherwise keep it open for ever. A signed-in tab checks every {@link IdleTimeout#checkEvery()};
 * in the warning period it shows a notification whose "Stay signed in" button counts as acting; at the end it sends
 * the tab to the login page, which says why, and ends the session.
 */
@Component
class IdleWatch implements VaadinServiceInitListener {

    static final String LAST_ACTION = IdleWatch.class.getName() + ".lastAction";
    private static final String CHECK = IdleWatch.class.getName() + ".check";

    private final IdleTimeout idle;

    IdleWatch(IdleTimeout idle) {
        this.idle = idle;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> watch(init.getUI()));
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                    Exception exception) {
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                if (request.getAttribute(CHECK) == null && !HandlerHelper.isRequestType(request, RequestType.HEARTBEAT)) {
                    acted(request.getWrappedSession(false));
                }
            }
        });
    }

    private void watch(UI ui) {
        ui.addAfterNavigationListener(navigated -> {
            acted(ui.getSession().getSession());
            ui.setPollInterval(signedIn() ? (int) idle.checkEvery().toMillis() : -1);
        });
        ui.addPollListener(poll -> check(ui));
    }

    /** What a check does: nothing, warn, or end the session. */
    void check(UI ui) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            request.setAttribute(CHECK, Boolean.TRUE);
        }
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
