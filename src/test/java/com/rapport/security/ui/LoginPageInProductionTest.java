package com.rapport.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/** Without the demo accounts (every real installation) the login page never names an account or a password. */
@SpringBootTest(properties = "rapport.demo-users=false")
@ActiveProfiles("test")
class LoginPageInProductionTest extends SpringBrowserlessTest {

    @Test
    void the_login_page_lists_no_account_and_no_password() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(find(Div.class).withId("login-intro").single().getElement().getTextRecursively())
                .contains("training simulator");
        assertThat(find(Div.class).withId("demo-accounts").all()).isEmpty();
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("rapport\"", "trainee (");
    }
}
