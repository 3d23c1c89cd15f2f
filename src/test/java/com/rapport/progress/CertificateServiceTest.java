package com.rapport.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import com.rapport.Plays;
import com.rapport.TestUsers;
import com.rapport.practice.PlayService;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scenario.Tier;

@SpringBootTest
@ActiveProfiles("test")
class CertificateServiceTest {

    private static final List<String> ENTRY = List.of("results-caller-unverified", "relative-admitted-directory",
            "appointment-change-frustrated");

    @Autowired
    CertificateService certificates;
    @Autowired
    PlayService play;
    @Autowired
    ScenarioLibrary library;

    private void certifyEntry(String username) {
        TestUsers.as(username, "TRAINEE", () -> {
            ENTRY.forEach(id -> Plays.play(play, library, id, Plays::best));
            return null;
        });
    }

    @Test
    void a_trainee_certified_for_a_tier_downloads_a_one_page_pdf_naming_them_the_tier_and_the_scenarios() {
        certifyEntry("certified-cat");

        var certificate = TestUsers.as("certified-cat", "TRAINEE", () -> certificates.certificate(Tier.ENTRY));
        byte[] pdf = TestUsers.as("certified-cat", "TRAINEE", () -> certificates.pdf(Tier.ENTRY));

        assertThat(certificate.traineeName()).isEqualTo("certified-cat");
        assertThat(certificate.scenarios()).hasSize(3).contains(library.find(ENTRY.getFirst()).orElseThrow()
                .scenario().title());
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/Count 1");
    }

    @Test
    void no_certificate_for_a_tier_the_trainee_is_not_certified_for() {
        certifyEntry("half-way-hal");

        assertThatThrownBy(() -> TestUsers.as("half-way-hal", "TRAINEE", () -> certificates.pdf(Tier.MID)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as("never-played-nia", "TRAINEE", () -> certificates.pdf(Tier.ENTRY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_certificate_is_only_ever_the_signed_in_users_own() {
        certifyEntry("owner-olga");

        assertThatThrownBy(() -> TestUsers.as("someone-else", "MANAGER", () -> certificates.pdf(Tier.ENTRY)))
                .as("another user asking gets their own standing, not Olga's").isInstanceOf(AccessDeniedException.class);
        assertThat(TestUsers.as("owner-olga", "TRAINEE", () -> certificates.certificate(Tier.ENTRY)).username())
                .isEqualTo("owner-olga");
    }
}
