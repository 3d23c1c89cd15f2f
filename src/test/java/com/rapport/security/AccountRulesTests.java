package com.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import com.rapport.TestUsers;

/** What admins do with accounts, on every database Rapport runs on; subclasses pick the database. */
abstract class AccountRulesTests {

    static final String STRONG = "violet kettle harbour 93";

    @Autowired
    AccountService accounts;

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        return TestUsers.as("admin", "ADMIN", action);
    }

    @Test
    void an_admin_creates_an_account_that_can_sign_in_with_a_hashed_password() {
        asAdmin(() -> accounts.createUser("rules-kim", "Kim Ng", Role.TRAINER, STRONG));

        var details = accounts.loadUserByUsername("rules-kim");
        assertThat(details.isEnabled()).isTrue();
        assertThat(details.getPassword()).startsWith("{bcrypt}").doesNotContain(STRONG);
        assertThat(details.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_TRAINER");
    }

    @Test
    void a_common_password_a_taken_name_or_a_malformed_name_is_refused_with_its_reason() {
        asAdmin(() -> accounts.createUser("rules-taken", "", Role.TRAINEE, STRONG));

        assertThatThrownBy(() -> asAdmin(() -> accounts.createUser("rules-lee", "", Role.TRAINEE, "Password2024!")))
                .isInstanceOfSatisfying(AccountRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.problem.common"));
        assertThatThrownBy(() -> asAdmin(() -> accounts.createUser("rules-taken", "", Role.TRAINEE, STRONG)))
                .isInstanceOfSatisfying(AccountRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.problem.taken"));
        assertThatThrownBy(() -> asAdmin(() -> accounts.createUser("<script>", "", Role.TRAINEE, STRONG)))
                .isInstanceOfSatisfying(AccountRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.problem.username"));
    }

    @Test
    void a_deactivated_account_cannot_sign_in_until_it_is_reactivated() {
        asAdmin(() -> accounts.createUser("rules-leaver", "", Role.TRAINEE, STRONG));

        asAdmin(() -> {
            accounts.setEnabled("rules-leaver", false);
            return null;
        });
        assertThat(accounts.loadUserByUsername("rules-leaver").isEnabled()).isFalse();
        asAdmin(() -> {
            accounts.setEnabled("rules-leaver", true);
            return null;
        });
        assertThat(accounts.loadUserByUsername("rules-leaver").isEnabled()).isTrue();
    }

    @Test
    void a_reset_password_follows_the_policy_and_replaces_the_old_hash() {
        asAdmin(() -> accounts.createUser("rules-reset", "", Role.TRAINEE, STRONG));
        String before = accounts.loadUserByUsername("rules-reset").getPassword();

        assertThatThrownBy(() -> asAdmin(() -> {
            accounts.resetPassword("rules-reset", "short");
            return null;
        })).isInstanceOf(AccountRejectedException.class);
        asAdmin(() -> {
            accounts.resetPassword("rules-reset", "amber meadow lantern 12");
            return null;
        });
        assertThat(accounts.loadUserByUsername("rules-reset").getPassword()).isNotEqualTo(before);
    }

    @Test
    void only_an_admin_manages_accounts_and_no_admin_can_lock_themselves_out() {
        assertThatThrownBy(() -> TestUsers.as("manager", "MANAGER",
                () -> accounts.createUser("rules-sneak", "", Role.ADMIN, STRONG)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as("trainee", "TRAINEE", () -> {
            accounts.changeRole("trainee", Role.ADMIN);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asAdmin(() -> {
            accounts.changeRole("admin", Role.TRAINEE);
            return null;
        })).isInstanceOf(AccountRejectedException.class);
        assertThatThrownBy(() -> asAdmin(() -> {
            accounts.setEnabled("admin", false);
            return null;
        })).isInstanceOf(AccountRejectedException.class);
    }

    @Test
    void a_directory_account_is_kept_locally_but_cannot_sign_in_with_a_local_password() {
        accounts.syncExternal("rules-ad-user", "Dana from AD", Role.MANAGER, "LDAP");
        accounts.syncExternal("rules-ad-user", "Dana Ortiz", Role.TRAINER, "LDAP");

        assertThat(accounts.find("rules-ad-user")).hasValueSatisfying(a -> {
            assertThat(a.getRole()).isEqualTo(Role.TRAINER);
            assertThat(a.getDisplayName()).isEqualTo("Dana Ortiz");
            assertThat(a.getSource()).isEqualTo(AccountSource.LDAP);
        });
        assertThatThrownBy(() -> accounts.loadUserByUsername("rules-ad-user"))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> accounts.syncExternal("trainee", "Taken over", Role.ADMIN, "OIDC"))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
    }
}
