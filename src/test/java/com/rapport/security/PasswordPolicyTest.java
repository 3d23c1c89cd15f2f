package com.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.rapport.security.PasswordPolicy.Problem;

/** New passwords follow NIST SP 800-63B: long, not common, not the username, not a keyboard run. */
class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "rapport, TOO_SHORT",
        "short1!, TOO_SHORT",
        "password1234, COMMON",
        "Password2024!, COMMON",
        "!!Sunshine2025, COMMON",
        "iloveyou123456, COMMON",
        "aaaaaaaaaaaaaa, PREDICTABLE",
        "123456789012, PREDICTABLE",
        "qwertyuiopqw, PREDICTABLE",
        "abababababab, PREDICTABLE",
        "Jordan.Lee-2024-spring, CONTAINS_NAME",
        "my rapport login 77, CONTAINS_NAME",
    })
    void a_weak_password_is_refused_with_its_reason(String password, Problem problem) {
        assertThat(PasswordPolicy.check(password, "jordan.lee")).contains(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"violet kettle harbour 93", "correct horse battery staple", "Tr4m-line_Quokka",
        "über-grüne Äpfel 2026"})
    void a_passphrase_or_long_unusual_password_is_accepted(String password) {
        assertThat(PasswordPolicy.check(password, "jordan.lee")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 80})
    void a_password_longer_than_the_hash_can_take_is_refused(int length) {
        assertThat(PasswordPolicy.check("x7!Qz".repeat(20).substring(0, length), "someone")).contains(
                Problem.TOO_LONG);
    }
}
