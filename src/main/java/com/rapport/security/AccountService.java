package com.rapport.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.security.AccountChanged.Change;

/**
 * Accounts: lookup for sign-in, and what an admin does with them (create, change role, deactivate, reset a
 * password). Every change is published as an {@link AccountChanged} for the audit log; new passwords follow
 * {@link PasswordPolicy}.
 */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

    static final String SYSTEM = "system";
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final com.rapport.shared.NamedLock locks;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            ApplicationEventPublisher events, com.rapport.shared.NamedLock locks) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.locks = locks;
    }

    /** An account as the admin screens show it. */
    public record AccountInfo(String username, String displayName, Role role, boolean enabled,
            AccountSource source) {
        static AccountInfo of(UserAccount a) {
            return new AccountInfo(a.getUsername(), a.getDisplayName(), a.getRole(), a.isEnabled(), a.getSource());
        }
    }

    /**
     * Sign-in with a local password. A deactivated account is refused; an account from the directory or the
     * identity provider has no local password, so it is "not found" here, like an unknown name.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .filter(a -> a.getSource() == AccountSource.LOCAL)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(List.of(new SimpleGrantedAuthority(account.getRole().authority())))
                .build();
    }

    public Optional<UserAccount> find(String username) {
        return accounts.findByUsername(username);
    }

    public boolean isEmpty() {
        return accounts.count() == 0;
    }

    /** Creates an account without the password rules: for the demo accounts and tests, never for a person. */
    @Transactional
    public UserAccount create(String username, String rawPassword, String displayName, Role role) {
        var account = accounts.save(new UserAccount(username, passwordEncoder.encode(rawPassword), displayName, role));
        events.publishEvent(new AccountChanged(SYSTEM, username, Change.CREATED, role.name()));
        return account;
    }

    /** Every account, by username; admins only. */
    public List<AccountInfo> all() {
        requireAdmin();
        return accounts.findAll().stream().sorted(Comparator.comparing(UserAccount::getUsername))
                .map(AccountInfo::of).toList();
    }

    /** The usernames of active accounts with this role, e.g. the managers a team can have. */
    public List<String> usernamesWith(Role role) {
        return accounts.findAll().stream().filter(a -> a.getRole() == role && a.isEnabled())
                .map(UserAccount::getUsername).sorted().toList();
    }

    /**
     * An admin creates a local account.
     *
     * @throws AccountRejectedException when the username is malformed or taken, or the password breaks the policy
     */
    @Transactional
    public AccountInfo createUser(String username, String displayName, Role role, String password) {
        requireAdmin();
        return AccountInfo.of(createChecked(currentUser.username(), username, displayName, role, password));
    }

    /**
     * The first administrator of an empty installation (from the environment or the one-time setup link). Under a
     * named lock, so of two nodes starting together with the same environment one creates it and the other is told
     * there are accounts.
     */
    @Transactional
    AccountInfo createFirstAdmin(String username, String displayName, String password) {
        locks.lockNamed("first-admin");
        if (!isEmpty()) {
            throw new AccessDeniedException("Rapport already has accounts");
        }
        return AccountInfo.of(createChecked(SYSTEM, username, displayName, Role.ADMIN, password));
    }

    private UserAccount createChecked(String actor, String username, String displayName, Role role,
            String password) {
        String name = username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountRejectedException("account.problem.username");
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw new AccountRejectedException("account.problem.taken");
        }
        checkPassword(password, name);
        String shown = displayName.isBlank() ? name : displayName.strip();
        if (shown.length() > 200) {
            throw new AccountRejectedException("account.problem.display-name");
        }
        var account = accounts.save(new UserAccount(name, passwordEncoder.encode(password), shown, role));
        events.publishEvent(new AccountChanged(actor, name, Change.CREATED, role.name()));
        return account;
    }

    /** An admin gives an account another role. An admin cannot demote themselves (someone must stay admin). */
    @Transactional
    public void changeRole(String username, Role role) {
        requireAdmin();
        UserAccount account = existing(username);
        if (account.getUsername().equals(currentUser.username()) && role != Role.ADMIN) {
            throw new AccountRejectedException("account.problem.own-role");
        }
        if (account.getRole() != role) {
            account.setRole(role);
            events.publishEvent(new AccountChanged(currentUser.username(), username, Change.ROLE_CHANGED,
                    role.name()));
        }
    }

    /** An admin deactivates or reactivates an account; a deactivated one cannot sign in, its history stays. */
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        requireAdmin();
        UserAccount account = existing(username);
        if (account.getUsername().equals(currentUser.username()) && !enabled) {
            throw new AccountRejectedException("account.problem.own-deactivation");
        }
        if (account.isEnabled() != enabled) {
            account.setEnabled(enabled);
            events.publishEvent(new AccountChanged(currentUser.username(), username,
                    enabled ? Change.REACTIVATED : Change.DEACTIVATED, ""));
        }
    }

    /** An admin sets a new password for a local account (the person should change it after signing in). */
    @Transactional
    public void resetPassword(String username, String newPassword) {
        requireAdmin();
        UserAccount account = existing(username);
        if (account.getSource() != AccountSource.LOCAL) {
            throw new AccountRejectedException("account.problem.external");
        }
        checkPassword(newPassword, account.getUsername());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new AccountChanged(currentUser.username(), username, Change.PASSWORD_RESET, ""));
    }

    /** Signed-in people change their own password, proving the old one. */
    @Transactional
    public void changeOwnPassword(String oldPassword, String newPassword) {
        UserAccount account = existing(currentUser.username());
        if (account.getSource() != AccountSource.LOCAL
                || !passwordEncoder.matches(oldPassword, account.getPasswordHash())) {
            throw new AccountRejectedException("account.problem.old-password");
        }
        checkPassword(newPassword, account.getUsername());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new AccountChanged(account.getUsername(), account.getUsername(),
                Change.PASSWORD_CHANGED, ""));
    }

    /**
     * Keeps a local record of someone who signed in through the directory or the identity provider, so attempts,
     * teams and progress work: created on first sign-in without a usable password, then kept up to date.
     */
    @Transactional
    public AccountInfo syncExternal(String username, String displayName, Role role, String source) {
        AccountSource from = AccountSource.valueOf(source);
        if (from == AccountSource.LOCAL) {
            throw new IllegalArgumentException("Not an external source: " + source);
        }
        var existing = accounts.findByUsername(username);
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            if (account.getSource() == AccountSource.LOCAL) {
                // a directory user named like a local account (say "admin") must not take it over: sign-in fails
                throw new org.springframework.security.authentication.BadCredentialsException(
                        "A local account already has this username");
            }
            boolean changed = account.getRole() != role || !account.getDisplayName().equals(displayName);
            account.setRole(role);
            account.setDisplayName(displayName.isBlank() ? username : displayName);
            if (changed) {
                events.publishEvent(new AccountChanged(SYSTEM, username, Change.SYNCED_FROM_DIRECTORY,
                        from + " " + role));
            }
            return AccountInfo.of(account);
        }
        var account = new UserAccount(username, passwordEncoder.encode(unguessable()),
                displayName.isBlank() ? username : displayName, role);
        account.setSource(from);
        accounts.save(account);
        events.publishEvent(new AccountChanged(SYSTEM, username, Change.SYNCED_FROM_DIRECTORY, from + " " + role));
        return AccountInfo.of(account);
    }

    private void checkPassword(String password, String username) {
        PasswordPolicy.check(password, username).ifPresent(p -> {
            throw new AccountRejectedException(p.messageKey());
        });
    }

    private UserAccount existing(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new AccountRejectedException(
                "account.problem.unknown"));
    }

    private void requireAdmin() {
        if (!currentUser.has(Role.ADMIN)) {
            throw new AccessDeniedException("Admins only");
        }
    }

    private static String unguessable() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }
}
