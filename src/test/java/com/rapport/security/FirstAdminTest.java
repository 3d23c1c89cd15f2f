package com.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** An installation without the demo profile starts with no known password: its first admin is made on purpose. */
class FirstAdminTest {

    static final String STRONG = "violet kettle harbour 93";

    @Nested
    @org.springframework.test.annotation.DirtiesContext
    @SpringBootTest(properties = {"rapport.demo-users=false", "RAPPORT_ADMIN_USERNAME=chief",
        "RAPPORT_ADMIN_PASSWORD=violet kettle harbour 93"})
    @ActiveProfiles("test")
    class FromTheEnvironment {

        @Autowired
        AccountService accounts;

        @Test
        void the_named_admin_is_the_only_account_and_no_demo_account_exists() {
            assertThat(accounts.find("chief")).hasValueSatisfying(a -> assertThat(a.getRole()).isEqualTo(Role.ADMIN));
            assertThat(accounts.find("trainee")).isEmpty();
            assertThat(accounts.find("admin")).isEmpty();
        }
    }

    @Nested
    @SpringBootTest(properties = "rapport.demo-users=false")
    @ActiveProfiles("test")
    @org.springframework.test.annotation.DirtiesContext // it uses up the one first admin
    class FromTheSetupLink {

        @Autowired
        AccountService accounts;
        @Autowired
        FirstAdmin firstAdmin;

        @Test
        void the_link_makes_one_admin_once_and_refuses_a_wrong_token_or_a_weak_password() {
            assertThat(accounts.isEmpty()).isTrue();
            String token = firstAdmin.issue();

            assertThat(firstAdmin.accepts("not-the-token")).isFalse();
            assertThatThrownBy(() -> firstAdmin.createWithToken("not-the-token", "boss", "", STRONG))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> firstAdmin.createWithToken(token, "boss", "", "rapport"))
                    .isInstanceOf(AccountRejectedException.class);
            firstAdmin.createWithToken(token, "boss", "The Boss", STRONG);

            assertThat(accounts.find("boss")).hasValueSatisfying(a -> assertThat(a.getRole()).isEqualTo(Role.ADMIN));
            assertThat(firstAdmin.accepts(token)).isFalse();
            assertThatThrownBy(() -> firstAdmin.createWithToken(token, "second", "", STRONG))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
