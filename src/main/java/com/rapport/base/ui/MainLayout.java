package com.rapport.base.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every logged-in view: a title bar (the banner, with who is signed in), a side menu that shows
 * each role its own screens, and the view itself as the page's {@code main} landmark with one level-1 heading.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    MainLayout(AuthenticationContext auth) {
        var mark = new Image("images/favicon.svg", "");
        var brand = new Span(mark, new Span(getTranslation("app.name")));
        brand.addClassName("brand");
        String user = auth.getPrincipalName().orElse("");
        var who = new Span(getTranslation("nav.signed-in-as", user));
        who.addClassNames("muted", "signed-in-as");
        var logout = new Button(getTranslation("nav.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu.toggle"));
        var bar = new Header(toggle, brand, who, logout);
        bar.addClassName("title-bar");
        addToNavbar(bar);

        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.menu"));
        nav.addItem(new SideNavItem(getTranslation("nav.practice"), ""));
        nav.addItem(new SideNavItem(getTranslation("nav.attempts"), "attempts"));
        nav.addItem(new SideNavItem(getTranslation("nav.progress"), "progress"));
        if (auth.hasAnyRole("TRAINER", "ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.library"), "library"));
            nav.addItem(new SideNavItem(getTranslation("nav.agreement"), "agreement"));
        }
        if (auth.hasAnyRole("MANAGER", "ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), "review"));
        }
        if (auth.hasAnyRole("ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.users"), "admin/users"));
            nav.addItem(new SideNavItem(getTranslation("nav.teams"), "admin/teams"));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), "admin/audit"));
        }
        addToDrawer(nav);
    }

    /** Each view is the page's main landmark, with its top heading at level 1. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        if (content != null) {
            content.getElement().setAttribute("role", "main");
            PageHeadings.markTopHeading(content.getElement());
        }
    }
}
