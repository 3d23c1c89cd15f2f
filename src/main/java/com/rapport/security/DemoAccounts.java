package com.rapport.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import com.rapport.RapportProperties;

/**
 * Creates the demo accounts (trainee, trainer, manager, admin; password "rapport") on the first start of an empty
 * database, when {@code rapport.demo-users} is on: only in the {@code demo} profile.
 */
@Component
@org.springframework.core.annotation.Order(0) // before FirstAdmin, which then finds accounts
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    static final String PASSWORD = "rapport";

    private final AccountService accounts;
    private final RapportProperties properties;

    DemoAccounts(AccountService accounts, RapportProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoUsers() || !accounts.isEmpty()) {
            return;
        }
        accounts.create("trainee", PASSWORD, "Taylor Trainee", Role.TRAINEE);
        accounts.create("trainer", PASSWORD, "Terry Trainer", Role.TRAINER);
        accounts.create("manager", PASSWORD, "Morgan Manager", Role.MANAGER);
        accounts.create("admin", PASSWORD, "Alex Admin", Role.ADMIN);
        log.info("Created the demo accounts trainee, trainer, manager and admin (password '{}')", PASSWORD);
    }
}
