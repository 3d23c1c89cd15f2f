package com.rapport.base.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The frame around every logged-in view: a title bar and a side menu that shows each role its own screens. */
@Layout
@PermitAll
class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext auth) {
        var title = new Span(getTranslation("app.name"));
        title.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-l)");
        var bar = new HorizontalLayout(new DrawerToggle(), title);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setPadding(true);
        addToNavbar(bar);

        var nav = new SideNav();
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
        String user = auth.getPrincipalName().orElse("");
        var who = new Div(getTranslation("nav.signed-in-as", user));
        who.addClassName("muted");
        var logout = new Button(getTranslation("nav.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        var footer = new VerticalLayout(who, logout);
        footer.setPadding(true);
        addToDrawer(nav, footer);
    }
}
