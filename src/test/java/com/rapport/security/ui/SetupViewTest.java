package com.rapport.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.security.AccountService;
import com.rapport.security.FirstAdmin;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** The setup link from the log opens the first-admin form once; any other link shows no form. */
@SpringBootTest(properties = "rapport.demo-users=false")
@ActiveProfiles("test")
@org.springframework.test.annotation.DirtiesContext // it uses up the one first admin: FirstAdminTest needs none yet
class SetupViewTest extends SpringBrowserlessTest {

    @Autowired
    FirstAdmin firstAdmin;
    @Autowired
    AccountService accounts;

    @Test
    void the_link_with_its_token_creates_the_first_admin_and_then_stops_working() {
        String token = firstAdmin.issue();
        open("wrong");
        assertThat(find(TextField.class).all()).isEmpty();

        open(token);
        test(find(TextField.class).withId("setup-username").single()).setValue("first-boss");
        test(find(PasswordField.class).withId("setup-password").single()).setValue("granite owl sunrise 41");
        test(find(PasswordField.class).withId("setup-repeat").single()).setValue("granite owl sunrise 41");
        test(find(Button.class).withId("setup-create").single()).click();

        assertThat(accounts.find("first-boss")).isPresent();
        open(token);
        assertThat(find(TextField.class).all()).isEmpty();
        assertThat(find(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText()).contains("not valid"));
    }

    private void open(String token) {
        com.vaadin.flow.component.UI.getCurrent().navigate(SetupView.class,
                com.vaadin.flow.router.QueryParameters.of("token", token));
    }
}
