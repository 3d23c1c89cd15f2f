package com.rapport.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: lookup for login, and creation with a hashed password. */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(List.of(new SimpleGrantedAuthority(account.getRole().authority())))
                .build();
    }

    public Optional<UserAccount> find(String username) {
        return accounts.findByUsername(username);
    }

    public boolean isEmpty() {
        return accounts.count() == 0;
    }

    /**
     * Creates or updates the local record of a user the hospital's directory ({@code source} "LDAP") or identity
     * provider ("OIDC") has just signed in, so attempts, teams and progress work for them. A new record gets a
     * password nobody knows (a hash of random bytes), so it can never sign in locally.
     */
    @Transactional
    public UserAccount syncExternal(String username, String displayName, Role role, String source) {
        var existing = accounts.findByUsername(username);
        if (existing.isPresent()) {
            existing.get().follow(displayName, role);
            return existing.get();
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String unusable = passwordEncoder.encode(source + ":" + HexFormat.of().formatHex(secret));
        return accounts.save(new UserAccount(username, unusable, displayName, role));
    }

    @Transactional
    public UserAccount create(String username, String rawPassword, String displayName, Role role) {
        return accounts.save(new UserAccount(username, passwordEncoder.encode(rawPassword), displayName, role));
    }
}
