package com.rapport.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;

/** The login page says what Rapport is; where the demo accounts exist it lists them and their password. */
@SpringBootTest
@ActiveProfiles("test")
class LoginPageTest extends SpringBrowserlessTest {

    @Test
    void the_login_page_says_what_rapport_is_and_lists_the_demo_accounts() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Rapport");
        assertThat(find(Div.class).withId("login-intro").single().getElement().getTextRecursively())
                .contains("training simulator", "scored");
        var demo = find(Div.class).withId("demo-accounts").single();
        assertThat(demo.getElement().getTextRecursively()).contains("\"rapport\"");
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText).containsExactly("trainee (Trainee)",
                "trainer (Trainer)", "manager (Manager)", "admin (Admin)");
    }
}
