package com.rapport.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.TestUsers;
import com.rapport.security.AccountService;
import com.rapport.security.Role;

/** A manager cannot read another team's trainee by adding them; an admin moves people between teams. */
@SpringBootTest
@ActiveProfiles("test")
class TeamMembershipTest {

    @Autowired
    TeamService teams;
    @Autowired
    AccountService accounts;

    @Test
    void a_manager_cannot_take_a_trainee_from_another_managers_team_but_an_admin_can() {
        accounts.create("tm-north-lead", "x", "North", Role.MANAGER);
        accounts.create("tm-south-lead", "x", "South", Role.MANAGER);
        accounts.create("tm-ana", "x", "Ana", Role.TRAINEE);
        accounts.create("tm-ben", "x", "Ben", Role.TRAINEE);
        var north = TestUsers.as("tm-north-lead", "MANAGER",
                () -> teams.createTeam("North", "tm-north-lead", List.of("tm-ana")));
        var south = TestUsers.as("tm-south-lead", "MANAGER",
                () -> teams.createTeam("South", "tm-south-lead", List.of()));

        assertThatThrownBy(() -> TestUsers.as("tm-south-lead", "MANAGER", () -> {
            teams.addMember(south.id(), "tm-ana");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as("tm-south-lead", "MANAGER",
                () -> teams.createTeam("Sneaky", "tm-south-lead", List.of("tm-ana"))))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.as("tm-south-lead", "MANAGER", () -> {
            teams.addMember(south.id(), "tm-ben");
            return null;
        });
        assertThat(TestUsers.as("tm-south-lead", "MANAGER", () -> teams.canReview("tm-ana"))).isFalse();

        TestUsers.as("admin", "ADMIN", () -> {
            teams.addMember(south.id(), "tm-ana");
            teams.changeManager(north.id(), "tm-south-lead");
            return null;
        });
        assertThat(TestUsers.as("tm-south-lead", "MANAGER", () -> teams.canReview("tm-ana"))).isTrue();
        assertThat(TestUsers.as("tm-north-lead", "MANAGER", () -> teams.canReview("tm-ana"))).isFalse();
    }
}
