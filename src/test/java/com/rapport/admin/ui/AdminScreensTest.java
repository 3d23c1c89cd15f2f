package com.rapport.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.security.AccountService;
import com.rapport.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** An admin creates a person, is told plainly when a password is too weak, and gives them a team. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "admin", roles = "ADMIN")
class AdminScreensTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    com.rapport.practice.PlayService play;
    @Autowired
    com.rapport.audit.AuditService audit;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void a_weak_password_is_refused_with_the_reason_and_a_strong_one_creates_the_account() {
        navigate(UsersView.class);
        test(find(TextField.class).withId("new-username").single()).setValue("screen-pat");
        test(find(TextField.class).withId("new-display-name").single()).setValue("Pat Screen");
        test(find(PasswordField.class).withId("new-password").single()).setValue("password1234");
        test(find(Button.class).withId("create-user").single()).click();

        assertThat(find(Notification.class).all()).anySatisfy(n -> assertThat(test(n).getText())
                .contains("commonly used passwords"));
        assertThat(accounts.find("screen-pat")).isEmpty();

        test(find(PasswordField.class).withId("new-password").single()).setValue("granite owl sunrise 41");
        test(find(Button.class).withId("create-user").single()).click();

        assertThat(accounts.find("screen-pat")).hasValueSatisfying(a -> assertThat(a.getRole())
                .isEqualTo(Role.TRAINEE));
        Grid<AccountService.AccountInfo> grid = find(Grid.class).withId("users").single();
        assertThat(test(grid).size()).isEqualTo(accounts.all().size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void erasing_a_trainees_data_asks_first_and_is_kept_in_the_audit_log() {
        accounts.create("screen-eve", "x", "Eve", Role.TRAINEE);
        com.rapport.TestUsers.as("screen-eve", "TRAINEE", () -> play.start("billing-uncovered-services"));
        navigate(UsersView.class);
        Grid<AccountService.AccountInfo> grid = find(Grid.class).withId("users").single();
        int row = java.util.stream.IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).username().equals("screen-eve")).findFirst().orElseThrow();
        test(grid).select(row);
        test(find(Button.class).withId("erase-data").single()).click();

        var dialog = find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).withId("erase-dialog").single();
        assertThat(attemptsOf("screen-eve")).isEqualTo(1);
        test(dialog).confirm();

        assertThat(attemptsOf("screen-eve")).isZero();
        assertThat(audit.search(new com.rapport.audit.AuditService.Filter(null, null,
                com.rapport.audit.AuditAction.DATA_ERASED, "screen-eve"))).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("admin"));
    }

    private int attemptsOf(String username) {
        return jdbc.queryForObject("select count(*) from attempt where username = ?", Integer.class, username);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_creates_a_team_for_a_manager_and_adds_a_trainee() {
        accounts.create("screen-lead", "x", "Lead", Role.MANAGER);
        accounts.create("screen-tia", "x", "Tia", Role.TRAINEE);
        navigate(TeamsView.class);
        test(find(TextField.class).withId("new-team-name").single()).setValue("Screen team");
        Select<String> manager = find(Select.class).withId("new-team-manager").single();
        test(manager).selectItem("screen-lead");
        test(find(Button.class).withId("create-team").single()).click();

        Grid<com.rapport.team.TeamService.TeamInfo> grid = find(Grid.class).withId("teams").single();
        int row = java.util.stream.IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).name().equals("Screen team")).findFirst().orElseThrow();
        test(grid).select(row);
        Select<String> trainee = find(Select.class).withId("team-add").single();
        test(trainee).selectItem("screen-tia");
        test(find(Button.class).withId("add-member").single()).click();

        assertThat(test(grid).getRow(row).members()).containsExactly("screen-tia");
    }
}
