package com.rapport.security.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.rapport.base.ui.CentredPage;
import com.rapport.security.DemoAccounts;
import com.rapport.security.OidcSettings;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The login page; Spring Security handles the form post (with its CSRF token, which the form takes from the page).
 * With the hospital's identity provider configured it offers "Sign in with (hospital)" above the form.
 * After a refused sign-in it says why: wrong credentials, a lock and when it ends (the same words whether or not the
 * account exists), no role from the hospital's groups, or a session that ended while idle.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Rapport")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LoginForm form = new LoginForm();
    private final Clock clock;

    LoginView(Clock clock, OidcSettings oidc, DemoAccounts demo) {
        this.clock = clock;
        CentredPage.centre(this);
        addClassName("login-page");
        getElement().setAttribute("role", "main");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        var mark = new Image("images/favicon.svg", "");
        mark.setWidth("3.5rem");
        mark.setHeight("3.5rem");
        var intro = new Div(new Paragraph(getTranslation("login.description")),
                new Paragraph(getTranslation("login.description.how")));
        intro.addClassName("login-intro");
        intro.setId("login-intro");
        add(mark, new H1(getTranslation("login.title")), intro);
        oidc.signInName().ifPresent(hospital -> {
            var link = new Anchor(OidcSettings.SIGN_IN_PATH, getTranslation("login.oidc", hospital));
            link.setId("sign-in-oidc");
            link.setRouterIgnore(true);
            var or = new Div(getTranslation("login.or"));
            or.addClassName("muted");
            add(link, or);
        });
        add(form);
        if (demo.shown()) {
            add(demoAccounts(demo));
        }
    }

    /** The demo profile's accounts and their password, so a visitor can look around; never in production. */
    private Div demoAccounts(DemoAccounts demo) {
        var list = new UnorderedList();
        demo.accounts().forEach((username, role) -> list.add(new ListItem(getTranslation("login.demo.account",
                username, getTranslation("role." + role.name().toLowerCase(java.util.Locale.ROOT))))));
        var box = new Div(new Paragraph(getTranslation("login.demo.title", DemoAccounts.PASSWORD)), list);
        box.addClassName("demo-accounts");
        box.setId("demo-accounts");
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        boolean error = true;
        if (query.containsKey("locked")) {
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(lockedMessage(query.get("locked")));
        } else if (query.containsKey("norole")) {
            i18n.getErrorMessage().setTitle(getTranslation("login.no-role.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.no-role.message"));
        } else if (query.containsKey("idle")) {
            i18n.getErrorMessage().setTitle(getTranslation("login.idle.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.idle.message"));
        } else {
            error = query.containsKey("error");
        }
        form.setI18n(i18n);
        form.setError(error);
    }

    /** "Try again after 18:04 (in 2 minutes)": the lock's end as the server sent it, in this server's time zone. */
    private String lockedMessage(List<String> values) {
        Instant until;
        try {
            until = Instant.ofEpochSecond(Long.parseLong(values.getFirst()));
        } catch (RuntimeException notANumber) {
            return getTranslation("login.locked.message.soon");
        }
        long minutes = Math.max(1, Duration.between(clock.instant(), until).plusSeconds(59).toMinutes());
        return getTranslation("login.locked.message", TIME.format(until.atZone(ZoneId.systemDefault())), minutes);
    }
}
