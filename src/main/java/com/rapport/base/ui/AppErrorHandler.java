package com.rapport.base.ui;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandlerUtil;

/**
 * What a user sees when something fails after a view has opened (a click, an upload, a background update): a
 * notification that says so in plain words with the error's id, never a stack trace; the trace goes to the log at
 * ERROR under the same id. Set on every session by {@link ErrorHandlerInstaller}.
 *
 * <p>As Vaadin's default handler does, it stays quiet when the browser went away mid-request, and an exception that
 * has an error view of its own (a {@code NotFoundException}) opens that view. A refusal from a service (Spring
 * Security's {@code AccessDeniedException}) is not a fault: the user is told they may not do that.
 */
class AppErrorHandler extends DefaultErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AppErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = findRelevantThrowable(event.getThrowable());
        if (!shouldHandle(error)) {
            return;
        }
        @Nullable UI ui = event.getComponent().flatMap(Component::getUI).orElse(UI.getCurrent());
        if (ui != null && UnexpectedErrors.isRefusal(error)) {
            LOG.warn("Refused: {}", error.getMessage());
            ui.accessSynchronously(() -> show(ui, ui.getTranslation("error.refused"), false));
            return;
        }
        if (ui != null && ErrorHandlerUtil.handleErrorByRedirectingToErrorView(error)) {
            return;
        }
        String where = ui == null ? "outside any screen"
                : "on " + ui.getActiveViewLocation().getPathWithQueryParameters();
        String id = UnexpectedErrors.report(event.getThrowable(), where);
        if (ui != null) {
            ui.accessSynchronously(() -> show(ui, ui.getTranslation("error.unexpected", id), true));
        }
    }

    /** A notification that stays until closed, so an error id can be copied down. */
    private static void show(UI ui, String message, boolean isError) {
        var notification = new Notification();
        notification.addThemeVariants(isError ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setDuration(isError ? 0 : 8000);
        var text = new Span(message);
        text.addClassName("error-message");
        var close = new Button(ui.getTranslation("error.close"), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var content = new HorizontalLayout(text, close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }
}
