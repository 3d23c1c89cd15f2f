package com.rapport.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.audit.AuditAction;
import com.rapport.audit.AuditEntry;
import com.rapport.security.AccountService;
import com.rapport.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** The admin finds who created an account by filtering the audit log, and can export what the filter shows. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "admin", roles = "ADMIN")
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Test
    @SuppressWarnings("unchecked")
    void filtering_by_action_and_person_shows_just_that_change() {
        accounts.createUser("auditview-zoe", "Zoe", Role.TRAINEE, "granite owl sunrise 41");
        navigate(AuditView.class);
        Select<AuditAction> action = find(Select.class).withId("audit-action").single();
        action.setValue(AuditAction.ACCOUNT_CREATED);
        test(find(TextField.class).withId("audit-who").single()).setValue("auditview-zoe");
        test(find(Button.class).withId("audit-search").single()).click();

        Grid<AuditEntry> grid = find(Grid.class).withId("audit-log").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).getActor()).isEqualTo("admin");
        assertThat(find(Anchor.class).withId("audit-export").single().getHref()).isNotBlank();
    }
}
