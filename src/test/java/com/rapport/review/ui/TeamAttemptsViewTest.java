package com.rapport.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.TestUsers;
import com.rapport.practice.AttemptSummary;
import com.rapport.practice.PracticeService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;

@SpringBootTest
@ActiveProfiles("test")
class TeamAttemptsViewTest extends SpringBrowserlessTest {

    @Autowired
    PracticeService practice;

    @Test
    @WithMockUser(username = "morgan", roles = "MANAGER")
    @SuppressWarnings("unchecked")
    void a_manager_sees_trainees_attempts_with_who_made_them() {
        long id = TestUsers.as("team-member", "TRAINEE", () -> practice.start("ed-wait-family"));

        navigate(TeamAttemptsView.class);

        Grid<AttemptSummary> grid = find(Grid.class).withId("attempts").single();
        var rows = test(grid);
        boolean found = false;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getRow(i).id() == id) {
                assertThat(rows.getRow(i).username()).isEqualTo("team-member");
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    @WithMockUser(username = "tina", roles = "TRAINEE")
    void a_trainee_cannot_open_the_team_review() {
        assertThatThrownBy(() -> navigate(TeamAttemptsView.class)).hasMessageContaining("Navigation resulted");
    }
}
