package com.rapport.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

import com.rapport.TestUsers;
import com.rapport.security.AccountRejectedException;
import com.rapport.security.AccountService;
import com.rapport.security.Role;
import com.rapport.team.TeamService;

/** What the audit log must keep on every database: account and team changes, failures, exports; admins only. */
abstract class AuditLogTests {

    static final String STRONG = "violet kettle harbour 93";

    @Autowired
    AuditService audit;
    @Autowired
    AccountService accounts;
    @Autowired
    TeamService teams;
    @Autowired
    ApplicationEventPublisher events;

    private List<AuditEntry> lines(AuditAction action, String who) {
        return TestUsers.as("admin", "ADMIN", () -> audit.search(new AuditService.Filter(null, null, action, who)));
    }

    @Test
    void an_admin_creating_a_user_and_changing_the_role_leaves_two_lines_naming_the_admin() {
        TestUsers.as("admin", "ADMIN", () -> accounts.createUser("audit-rae", "Rae", Role.TRAINEE, STRONG));
        TestUsers.as("admin", "ADMIN", () -> {
            accounts.changeRole("audit-rae", Role.TRAINER);
            return null;
        });

        assertThat(lines(AuditAction.ACCOUNT_CREATED, "audit-rae")).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("admin"));
        assertThat(lines(AuditAction.ROLE_CHANGED, "audit-rae")).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo("TRAINER"));
    }

    @Test
    void a_refused_change_leaves_no_line() {
        assertThatThrownBy(() -> TestUsers.as("admin", "ADMIN",
                () -> accounts.createUser("audit-weak", "", Role.TRAINEE, "password1234")))
                .isInstanceOf(AccountRejectedException.class);
        assertThat(lines(null, "audit-weak")).isEmpty();
    }

    @Test
    void a_failed_sign_in_is_kept_with_the_name_typed_and_the_reason_but_never_the_password() {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("audit-nobody", "hunter2-secret");
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));

        assertThat(lines(AuditAction.SIGN_IN_FAILED, "audit-nobody")).singleElement().satisfies(e -> {
            assertThat(e.getDetail()).isEqualTo("BadCredentialsException");
            assertThat(e.getDetail() + e.getTarget() + e.getActor()).doesNotContain("hunter2");
        });
    }

    @Test
    void team_changes_are_kept_and_an_export_neutralises_formulas_and_is_itself_audited() {
        TestUsers.as("audit-lead", "MANAGER",
                () -> teams.createTeam("=HYPERLINK(\"http://evil\")", "audit-lead", List.of()));
        var csv = new StringWriter();
        TestUsers.as("admin", "ADMIN", () -> {
            audit.export(new AuditService.Filter(null, null, AuditAction.TEAM_CREATED, "audit-lead"), csv);
            return null;
        });

        assertThat(csv.toString()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(lines(AuditAction.EXPORTED, "audit log")).isNotEmpty();
    }

    @Test
    void only_admins_read_or_export_the_log() {
        assertThatThrownBy(() -> TestUsers.as("audit-mgr", "MANAGER", () -> audit.search(
                AuditService.Filter.ALL))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as("audit-mgr", "MANAGER", () -> {
            audit.export(AuditService.Filter.ALL, new StringWriter());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }
}
