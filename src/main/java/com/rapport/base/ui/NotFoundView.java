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
 * Rapport's "not found" page, in place of Vaadin's (which lists every route in development mode): for an address no
 * screen has, for a screen the user may not open (Vaadin reroutes a denied navigation here, so nobody learns that it
 * exists), and for an id that is not theirs. It never says which of these it was, and links back to the start page.
 */
@AnonymousAllowed
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    NotFoundView() {
        getElement().setAttribute("role", "main"); // also when shown outside the layout
        CentredPage.centre(this);
        var home = new Anchor(".", getTranslation("error.back-to-start"));
        home.setId("back-to-start");
        add(new H1(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found")), home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.page-title");
    }
}
