package com.rapport.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.scenario.ScenarioCatalog;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;

@SpringBootTest
@ActiveProfiles("test")
class LibraryViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "terry", roles = "TRAINER")
    @SuppressWarnings("unchecked")
    void a_trainer_sees_every_loaded_scenario_and_that_none_failed() {
        navigate(LibraryView.class);

        Grid<ScenarioCatalog.Entry> grid = find(Grid.class).withId("library").single();
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(find(Div.class).withId("problems").single().getElement().getTextRecursively())
                .contains("Every scenario file loaded without problems");
    }

    @Test
    @WithMockUser(username = "tina", roles = "TRAINEE")
    void a_trainee_cannot_open_the_library() {
        assertThatThrownBy(() -> navigate(LibraryView.class)).hasMessageContaining("Navigation resulted");
    }
}
