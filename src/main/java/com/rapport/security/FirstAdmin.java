package com.rapport.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator of an installation with no accounts. With {@code RAPPORT_ADMIN_USERNAME} and
 * {@code RAPPORT_ADMIN_PASSWORD} set, that account is created at start (the password must pass the policy).
 * Otherwise a one-time setup link is printed in the log: it works once, for 24 hours, and only while there are no
 * accounts; only a hash of its token is kept, in memory, so a restart prints a new one.
 */
@Component
@Order(10) // after the demo accounts, which make the installation non-empty in the demo profile
public class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    static final Duration VALID_FOR = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountService accounts;
    private final Clock clock;
    private final String username;
    private final String password;
    private final String port;
    private byte @Nullable [] tokenHash;
    private @Nullable Instant expires;

    FirstAdmin(AccountService accounts, Clock clock, @Value("${RAPPORT_ADMIN_USERNAME:}") String username,
            @Value("${RAPPORT_ADMIN_PASSWORD:}") String password, @Value("${server.port:8080}") String port) {
        this.accounts = accounts;
        this.clock = clock;
        this.username = username;
        this.password = password;
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.isEmpty()) {
            return;
        }
        if (!username.isBlank()) {
            try {
                accounts.createFirstAdmin(username, username, password);
                log.info("Created the first administrator '{}' from RAPPORT_ADMIN_USERNAME", username.strip());
                return;
            } catch (AccountRejectedException e) {
                log.error("RAPPORT_ADMIN_USERNAME/RAPPORT_ADMIN_PASSWORD were not used ({}); use the setup link",
                        e.messageKey());
            } catch (org.springframework.security.access.AccessDeniedException e) {
                log.info("Another node created the first administrator at the same time");
                return;
            }
        }
        String token = issue();
        log.warn("Rapport has no accounts yet. Create the first administrator once, within 24 hours, at "
                + "http://localhost:{}/setup?token={} (or set RAPPORT_ADMIN_USERNAME and RAPPORT_ADMIN_PASSWORD)",
                port, token);
    }

    /** Makes a new one-time token and forgets any earlier one. */
    public synchronized String issue() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokenHash = hash(token);
        expires = clock.instant().plus(VALID_FOR);
        return token;
    }

    /** Whether this token would open the setup page now. */
    public synchronized boolean accepts(String token) {
        return tokenHash != null && expires != null && clock.instant().isBefore(expires)
                && MessageDigest.isEqual(tokenHash, hash(token)) && accounts.isEmpty();
    }

    /**
     * Creates the first administrator with the setup link's token, which then stops working.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the token is wrong, used or expired
     * @throws AccountRejectedException when the username or password breaks a rule (the token stays valid)
     */
    public synchronized AccountService.AccountInfo createWithToken(String token, String username,
            String displayName, String password) {
        if (!accepts(token)) {
            throw new org.springframework.security.access.AccessDeniedException("Setup link not valid");
        }
        var admin = accounts.createFirstAdmin(username, displayName, password);
        tokenHash = null;
        expires = null;
        return admin;
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
