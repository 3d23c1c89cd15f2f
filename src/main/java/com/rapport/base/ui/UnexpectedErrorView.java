package com.rapport.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * In place of Vaadin's internal-error view (which shows the stack trace in development mode): a screen that failed
 * to open says so with the error's id, and the trace goes to the log under that id. A service's refusal (Spring
 * Security's {@code AccessDeniedException}) while a screen opens is shown as "not found", like a denied navigation.
 */
@AnonymousAllowed
class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private final Paragraph message = new Paragraph();

    UnexpectedErrorView() {
        getElement().setAttribute("role", "main"); // also when shown outside the layout
        CentredPage.centre(this);
        message.setId("error-message");
        var home = new Anchor(".", getTranslation("error.back-to-start"));
        home.setId("back-to-start");
        add(new H1(getTranslation("error.unexpected.title")), message, home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (UnexpectedErrors.isRefusal(parameter.getCaughtException())) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return HttpStatusCode.NOT_FOUND.getCode();
        }
        String id = UnexpectedErrors.report(parameter.getCaughtException(),
                "opening " + event.getLocation().getPathWithQueryParameters());
        message.setText(getTranslation("error.unexpected", id));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.unexpected.page-title");
    }
}
