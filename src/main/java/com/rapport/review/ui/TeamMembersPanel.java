package com.rapport.review.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import com.rapport.team.TeamService;

/** The manager's teams: who is on each, adding a trainee by username, taking one off; a first team if none. */
class TeamMembersPanel extends DashboardPanel {

    private final TeamService teams;
    private final java.util.Map<String, String> names;

    /** @param names display names by username, shown with the usernames that adding and taking off use */
    TeamMembersPanel(TeamService teams, java.util.Map<String, String> names) {
        super("dashboard.teams");
        this.teams = teams;
        this.names = names;
        setId("teams");
        var myTeams = teams.myTeams();
        if (myTeams.isEmpty()) {
            add(newTeam());
            return;
        }
        for (TeamService.TeamInfo team : myTeams) {
            teamSection(team);
        }
    }

    private HorizontalLayout newTeam() {
        var name = new TextField(getTranslation("dashboard.teams.new"));
        name.setId("new-team");
        var create = new Button(getTranslation("dashboard.teams.create"), e -> {
            if (!name.getValue().isBlank()) {
                teams.createTeam(name.getValue().strip(), teams.currentManager(), List.of());
                reload();
            }
        });
        return row(name, create);
    }

    private void teamSection(TeamService.TeamInfo team) {
        var who = new Paragraph(getTranslation("dashboard.teams.members", team.name(), team.members().isEmpty()
                ? getTranslation("dashboard.none") : String.join(", ", team.members().stream()
                        .map(m -> names.containsKey(m) && !names.get(m).equals(m) ? names.get(m) + " (" + m + ")" : m)
                        .toList())));
        who.setId("team-" + team.id());
        var username = new TextField(getTranslation("dashboard.teams.username"));
        username.setId("add-member-" + team.id());
        var add = new Button(getTranslation("dashboard.teams.add"), e -> {
            try {
                teams.addMember(team.id(), username.getValue());
            } catch (IllegalArgumentException ex) {
                username.setInvalid(true);
                username.setErrorMessage(getTranslation("dashboard.teams.unknown", username.getValue()));
                return;
            }
            reload();
        });
        add.setId("add-member-button-" + team.id());
        var remove = new Button(getTranslation("dashboard.teams.remove"), e -> {
            teams.removeMember(team.id(), username.getValue().strip());
            reload();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(who, row(username, add, remove));
    }

    private void reload() {
        getUI().ifPresent(ui -> ui.getPage().reload());
    }
}
