package com.rapport.shared;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises transactions that do one named piece of shared work: rewriting one trainee's summaries (dashboard
 * counts, progress), so two attempts finishing together cannot both delete and re-insert the same rows, and
 * importing the scenarios folder, which two nodes starting together must not both do. The lock is held until the
 * transaction ends. On PostgreSQL it is a transaction-scoped advisory lock, which every node sees; on the embedded
 * H2 database, which one process owns, it is a lock in this JVM.
 */
@Component
public class NamedLock {

    private static final int STRIPES = 64;
    private static final long WAIT_SECONDS = 30;

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    NamedLock(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
        }
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /**
     * Waits until no other transaction holds this trainee's lock, then holds it until the current transaction
     * commits or rolls back.
     *
     * @throws IllegalStateException outside a transaction
     * @throws CannotAcquireLockException after 30 seconds of waiting
     */
    public void lock(String username) {
        lockNamed("trainee:" + username);
    }

    /**
     * The same for any named piece of shared work, e.g. importing the scenarios folder, which two nodes starting
     * together must not both do at once.
     */
    public void lockNamed(String name) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("NamedLock needs a transaction");
        }
        long key = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
        if (postgres) {
            jdbc.sql("select 1 from (select pg_advisory_xact_lock(?)) as locked").param(key).query(Integer.class)
                    .single();
            return;
        }
        ReentrantLock stripe = stripes[(int) Math.floorMod(key, (long) STRIPES)];
        try {
            if (!stripe.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new CannotAcquireLockException("Timed out waiting for " + name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotAcquireLockException("Interrupted waiting for " + name, e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                stripe.unlock();
            }
        });
    }
}
