package com.rapport.security.ui;

import java.util.List;

import com.rapport.security.AccountRejectedException;
import com.rapport.security.FirstAdmin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The one-time setup page of an installation without accounts: with the token from the log, the first
 * administrator is created. Without a valid token it says only that the link is not valid.
 */
@Route(value = "setup", autoLayout = false)
@PageTitle("Set up · Rapport")
@AnonymousAllowed
class SetupView extends Main implements BeforeEnterObserver {

    private final FirstAdmin firstAdmin;
    private final VerticalLayout body = new VerticalLayout();

    SetupView(FirstAdmin firstAdmin) {
        this.firstAdmin = firstAdmin;
        body.setMaxWidth("32rem");
        body.getStyle().set("margin", "2rem auto");
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> tokens = event.getLocation().getQueryParameters().getParameters().getOrDefault("token",
                List.of());
        String token = tokens.isEmpty() ? "" : tokens.getFirst();
        body.removeAll();
        body.add(new H1(getTranslation("setup.title")));
        if (!firstAdmin.accepts(token)) {
            body.add(new Paragraph(getTranslation("setup.invalid")));
            return;
        }
        body.add(new Paragraph(getTranslation("setup.intro")));
        var username = new TextField(getTranslation("admin.users.username"));
        username.setId("setup-username");
        username.setRequired(true);
        var name = new TextField(getTranslation("admin.users.display-name"));
        name.setId("setup-name");
        var password = new PasswordField(getTranslation("admin.users.password"));
        password.setId("setup-password");
        password.setHelperText(getTranslation("password.rules"));
        var repeat = new PasswordField(getTranslation("admin.users.password-repeat"));
        repeat.setId("setup-repeat");
        var create = new Button(getTranslation("setup.create"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("account.problem.repeat"));
                return;
            }
            try {
                firstAdmin.createWithToken(token, username.getValue(), name.getValue(), password.getValue());
                body.removeAll();
                body.add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.done")),
                        new com.vaadin.flow.component.html.Anchor("login", getTranslation("setup.login")));
            } catch (AccountRejectedException ex) {
                password.setInvalid(true);
                password.setErrorMessage(getTranslation(ex.messageKey()));
            }
        });
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(username, name, password, repeat, create);
    }
}
