package com.rapport.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import com.rapport.RapportProperties;

/**
 * Creates the demo accounts (trainee, trainer, manager, admin; password "rapport") on the first start of an empty
 * database, when {@code rapport.demo-users} is on: only in the {@code demo} profile. The login page then lists them.
 */
@Component
@org.springframework.core.annotation.Order(0) // before FirstAdmin, which then finds accounts
public class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    /** The demo accounts' password, known to everyone: the reason they exist only in the demo profile. */
    public static final String PASSWORD = "rapport";
    private static final List<Demo> ACCOUNTS = List.of(new Demo("trainee", "Taylor Trainee", Role.TRAINEE),
            new Demo("trainer", "Terry Trainer", Role.TRAINER), new Demo("manager", "Morgan Manager", Role.MANAGER),
            new Demo("admin", "Alex Admin", Role.ADMIN));

    private record Demo(String username, String displayName, Role role) {
    }

    private final AccountService accounts;
    private final RapportProperties properties;

    DemoAccounts(AccountService accounts, RapportProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    /** Whether the login page lists the demo accounts: only where they are made ({@code rapport.demo-users}). */
    public boolean shown() {
        return properties.demoUsers();
    }

    /** The demo accounts' usernames and roles, in the order the login page lists them. */
    public Map<String, Role> accounts() {
        var listed = new LinkedHashMap<String, Role>();
        ACCOUNTS.forEach(a -> listed.put(a.username(), a.role()));
        return Collections.unmodifiableMap(listed);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoUsers() || !accounts.isEmpty()) {
            return;
        }
        ACCOUNTS.forEach(a -> accounts.create(a.username(), PASSWORD, a.displayName(), a.role()));
        log.info("Created the demo accounts trainee, trainer, manager and admin (password '{}')", PASSWORD);
    }
}
