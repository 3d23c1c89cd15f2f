package com.rapport.security;

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

    @Transactional
    public UserAccount create(String username, String rawPassword, String displayName, Role role) {
        return accounts.save(new UserAccount(username, passwordEncoder.encode(rawPassword), displayName, role));
    }
}
