package com.rapport.admin.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.rapport.security.AccountService;
import com.rapport.security.Role;
import com.rapport.team.TeamService;
import com.rapport.team.TeamService.TeamInfo;
import com.vaadin.flow.component.button.Button;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Admins manage teams: create one for a manager, hand it to another manager, add and remove trainees. */
@Route("admin/teams")
@PageTitle("Teams · Rapport")
@RolesAllowed("ADMIN")
class TeamsView extends VerticalLayout {

    private final TeamService teams;
    private final AccountService accounts;
    private final Grid<TeamInfo> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();

    TeamsView(TeamService teams, AccountService accounts) {
        this.teams = teams;
        this.accounts = accounts;
        addClassName("view");
        grid.setId("teams");
        grid.addColumn(TeamInfo::name).setHeader(getTranslation("admin.teams.name")).setAutoWidth(true);
        grid.addColumn(TeamInfo::manager).setHeader(getTranslation("admin.teams.manager")).setAutoWidth(true);
        grid.addColumn(t -> String.join(", ", t.members())).setHeader(getTranslation("admin.teams.members"))
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
        details.setPadding(false);

        var name = new TextField(getTranslation("admin.teams.name"));
        name.setId("new-team-name");
        name.setMaxLength(100);
        var manager = people("new-team-manager", "admin.teams.manager", Role.MANAGER);
        var create = new Button(getTranslation("admin.teams.create"), e -> attempt(() -> {
            if (manager.getValue() == null) {
                throw new IllegalArgumentException("manager");
            }
            teams.createTeam(name.getValue(), manager.getValue(), List.of());
            name.clear();
        }));
        create.setId("create-team");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new HorizontalLayout(name, manager, create);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("admin.teams.title")), new Paragraph(getTranslation("admin.teams.explain")), grid,
                details, new H2(getTranslation("admin.teams.new")), row);
        refresh();
    }

    private void showDetails(@Nullable TeamInfo team) {
        details.removeAll();
        if (team == null) {
            return;
        }
        var manager = people("team-manager", "admin.teams.manager", Role.MANAGER);
        manager.setValue(team.manager());
        var changeManager = new Button(getTranslation("admin.teams.change-manager"),
                e -> attempt(() -> teams.changeManager(team.id(), manager.getValue())));
        changeManager.setId("change-manager");
        var trainee = people("team-add", "admin.teams.trainee", Role.TRAINEE);
        var add = new Button(getTranslation("admin.teams.add"), e -> attempt(() -> {
            if (trainee.getValue() != null) {
                teams.addMember(team.id(), trainee.getValue());
            }
        }));
        add.setId("add-member");
        var member = new Select<String>();
        member.setLabel(getTranslation("admin.teams.member"));
        member.setId("team-remove");
        member.setItems(team.members());
        var remove = new Button(getTranslation("admin.teams.remove"), e -> attempt(() -> {
            if (member.getValue() != null) {
                teams.removeMember(team.id(), member.getValue());
            }
        }));
        remove.setId("remove-member");
        details.add(new H2(getTranslation("admin.teams.selected", team.name())),
                row(manager, changeManager), row(trainee, add), row(member, remove));
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        var row = new HorizontalLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Select<String> people(String id, String label, Role role) {
        var select = new Select<String>();
        select.setLabel(getTranslation(label));
        select.setId(id);
        select.setItems(accounts.usernamesWith(role));
        return select;
    }

    private void attempt(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("admin.users.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (IllegalArgumentException | AccessDeniedException e) {
            var n = Notification.show(getTranslation("admin.teams.problem"), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        var selected = grid.asSingleSelect().getValue();
        var all = teams.myTeams();
        grid.setItems(all);
        if (selected != null) {
            all.stream().filter(t -> t.id() == selected.id()).findFirst().ifPresent(grid::select);
        }
    }
}
