package com.rapport.security;

import static com.rapport.security.SignInClient.location;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;

/**
 * Sign-in with the hospital directory's password, against a real (in-memory UnboundID) directory holding
 * security/hospital.ldif: the directory's groups give the role, a user in no mapped group gets no access, and the
 * local accounts still work beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectorySignInTest {

    private static InMemoryDirectoryServer directory;

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry properties) throws Exception {
        var config = new InMemoryDirectoryServerConfig("dc=hospital,dc=example");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        directory = new InMemoryDirectoryServer(config);
        directory.importFromLDIF(true, DirectorySignInTest.class.getResource("/security/hospital.ldif").getPath());
        directory.startListening();
        properties.add("rapport.ldap.url", () -> "ldap://127.0.0.1:" + directory.getListenPort()
                + "/dc=hospital,dc=example");
        properties.add("rapport.ldap.user-dn-pattern", () -> "uid={0},ou=people");
        properties.add("rapport.ldap.group-search-base", () -> "ou=groups");
        properties.add("rapport.ldap.group-roles[Patient Relations]", () -> "TRAINEE");
        properties.add("rapport.ldap.group-roles[PR Managers]", () -> "MANAGER");
    }

    @AfterAll
    static void stopDirectory() {
        directory.shutDown(true);
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private SignInClient browser;

    @BeforeEach
    void newBrowser() {
        browser = new SignInClient(port);
    }

    @Test
    void a_directory_user_signs_in_with_the_directory_password_and_gets_a_local_record_with_their_groups_role()
            throws Exception {
        var login = browser.login("jo.rivera", "directory-secret-1");

        assertThat(location(login)).doesNotContain("/login");
        assertThat(browser.signedIn()).isTrue();
        var account = accounts.find("jo.rivera").orElseThrow();
        assertThat(account.getRole()).isEqualTo(Role.TRAINEE);
        assertThat(account.getDisplayName()).isEqualTo("Jo Rivera");
    }

    @Test
    void of_several_mapped_groups_the_highest_role_wins_and_the_username_is_kept_in_lower_case() throws Exception {
        browser.login("Dana.Lee", "directory-secret-2");

        assertThat(browser.signedIn()).isTrue();
        assertThat(accounts.find("dana.lee").orElseThrow().getRole()).isEqualTo(Role.MANAGER);
    }

    @Test
    void a_directory_user_in_no_mapped_group_gets_no_access_and_is_told_why() throws Exception {
        var login = browser.login("cafe.sam", "directory-secret-3");

        assertThat(location(login)).endsWith("/login?norole");
        assertThat(browser.signedIn()).isFalse();
        assertThat(accounts.find("cafe.sam")).isEmpty();
    }

    @Test
    void a_wrong_directory_password_is_refused_like_any_other() throws Exception {
        var login = browser.login("jo.rivera", "not-it");

        assertThat(location(login)).endsWith("/login?error");
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void an_empty_password_never_signs_a_directory_user_in_even_once_they_have_a_local_record() throws Exception {
        browser.login("jo.rivera", "directory-secret-1");
        var other = new SignInClient(port);

        assertThat(location(other.login("jo.rivera", ""))).endsWith("/login?error");
        assertThat(other.signedIn()).isFalse();
    }

    @Test
    void local_accounts_still_sign_in() throws Exception {
        assertThat(location(browser.login("trainee", "rapport"))).doesNotContain("/login");
        assertThat(browser.signedIn()).isTrue();
    }
}
