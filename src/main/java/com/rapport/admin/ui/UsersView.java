package com.rapport.admin.ui;

import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.rapport.privacy.PrivacyService;
import com.rapport.security.AccountRejectedException;
import com.rapport.security.AccountService;
import com.rapport.security.AccountService.AccountInfo;
import com.rapport.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Admins manage people: create local accounts, change roles, deactivate and reactivate, reset passwords. */
@Route("admin/users")
@PageTitle("Users · Rapport")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout {

    private final AccountService accounts;
    private final Grid<AccountInfo> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();

    private final PrivacyService privacy;

    UsersView(AccountService accounts, PrivacyService privacy) {
        this.accounts = accounts;
        this.privacy = privacy;
        addClassName("view");
        grid.setId("users");
        grid.addColumn(AccountInfo::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        grid.addColumn(AccountInfo::displayName).setHeader(getTranslation("admin.users.display-name"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("role." + a.role().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("admin.users.role"));
        grid.addColumn(a -> getTranslation("admin.users.source." + a.source().name().toLowerCase(
                java.util.Locale.ROOT))).setHeader(getTranslation("admin.users.source"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "admin.users.active" : "admin.users.inactive"))
                .setHeader(getTranslation("admin.users.status"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
        details.setPadding(false);
        add(new H1(getTranslation("admin.users.title")), new Paragraph(getTranslation("admin.users.explain")),
                grid, details, createForm());
        refresh();
    }

    private VerticalLayout createForm() {
        var username = new TextField(getTranslation("admin.users.username"));
        username.setId("new-username");
        username.setMaxLength(100);
        var name = new TextField(getTranslation("admin.users.display-name"));
        name.setId("new-display-name");
        name.setMaxLength(200);
        var role = roleSelect("new-role");
        role.setValue(Role.TRAINEE);
        var password = new PasswordField(getTranslation("admin.users.password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("password.rules"));
        var create = new Button(getTranslation("admin.users.create"), e -> attempt(() -> {
            accounts.createUser(username.getValue(), name.getValue(), role.getValue(), password.getValue());
            username.clear();
            name.clear();
            password.clear();
            done("admin.users.created");
        }));
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new HorizontalLayout(username, name, role, password, create);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        var form = new VerticalLayout(new H2(getTranslation("admin.users.new")), row);
        form.setPadding(false);
        return form;
    }

    private void showDetails(@Nullable AccountInfo account) {
        details.removeAll();
        if (account == null) {
            return;
        }
        var role = roleSelect("user-role");
        role.setValue(account.role());
        var changeRole = new Button(getTranslation("admin.users.change-role"),
                e -> attempt(() -> {
                    accounts.changeRole(account.username(), role.getValue());
                    done("admin.users.saved");
                }));
        changeRole.setId("change-role");
        var toggle = new Button(getTranslation(account.enabled() ? "admin.users.deactivate"
                : "admin.users.reactivate"), e -> attempt(() -> {
                    accounts.setEnabled(account.username(), !account.enabled());
                    done("admin.users.saved");
                }));
        toggle.setId("toggle-active");
        var password = new PasswordField(getTranslation("admin.users.new-password"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("password.rules"));
        var reset = new Button(getTranslation("admin.users.reset"), e -> attempt(() -> {
            accounts.resetPassword(account.username(), password.getValue());
            password.clear();
            done("admin.users.password-reset");
        }));
        reset.setId("reset");
        var roleRow = new HorizontalLayout(role, changeRole, toggle);
        roleRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        var resetRow = new HorizontalLayout(password, reset);
        resetRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        details.add(new H2(getTranslation("admin.users.selected", account.username())), roleRow, resetRow);
        if (account.role() == Role.TRAINEE) {
            var erase = new Button(getTranslation("admin.users.erase"), e -> confirmErase(account.username()));
            erase.setId("erase-data");
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            details.add(new Paragraph(getTranslation("admin.users.erase-explain")), erase);
        }
    }

    private void confirmErase(String trainee) {
        var dialog = new ConfirmDialog(getTranslation("admin.users.erase-title", trainee),
                getTranslation("admin.users.erase-confirm", trainee), getTranslation("admin.users.erase"), e -> {
                    var erased = privacy.eraseTrainee(currentAdmin(), trainee);
                    Notification.show(getTranslation("admin.users.erased", erased.attempts(), erased.turns()), 6000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.users.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("erase-dialog");
        dialog.open();
    }

    private static String currentAdmin() {
        return org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                .getName();
    }

    private Select<Role> roleSelect(String id) {
        var role = new Select<Role>();
        role.setLabel(getTranslation("admin.users.role"));
        role.setId(id);
        role.setItems(Arrays.asList(Role.values()));
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name().toLowerCase(java.util.Locale.ROOT)));
        return role;
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (AccountRejectedException e) {
            var n = Notification.show(getTranslation(e.messageKey()), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (IllegalArgumentException e) {
            var n = Notification.show(getTranslation("admin.problem"), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void done(String key) {
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        var selected = grid.asSingleSelect().getValue();
        var all = accounts.all();
        grid.setItems(all);
        if (selected != null) {
            all.stream().filter(a -> a.username().equals(selected.username())).findFirst()
                    .ifPresentOrElse(grid::select, () -> showDetails(null));
        }
    }
}
