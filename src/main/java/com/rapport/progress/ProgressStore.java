package com.rapport.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Tier;

/**
 * The stored summary of each trainee's standing, which the manager dashboard reads without touching attempts:
 * one {@code trainee_progress} row and one {@code proficiency} row per scored criterion. Also the log of tiers
 * managers opened by hand.
 */
@Repository
class ProgressStore {

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rewrites the trainee's stored standing; the caller holds the trainee's {@code NamedLock}. */
    void save(String username, Standing s) {
        jdbc.sql("delete from proficiency where username = ?").param(username).update();
        jdbc.sql("delete from trainee_progress where username = ?").param(username).update();
        Criterion weakest = s.weakest();
        double overall = s.proficiency().values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        jdbc.sql("""
                insert into trainee_progress (username, current_tier, certified, opened, attempts, passed, critical,
                    last_activity, weakest_criterion, weakest_value, overall)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(username, s.current().name(), names(s.certified()), names(s.opened()), s.attempts(),
                        s.passed(), s.critical(), s.lastActivity() == null ? null : Timestamp.from(s.lastActivity()),
                        weakest == null ? null : weakest.name(),
                        weakest == null ? null : s.proficiency().get(weakest), s.proficiency().isEmpty() ? null : overall)
                .update();
        s.proficiency().forEach((c, value) -> jdbc.sql(
                "insert into proficiency (username, criterion, proficiency, samples) values (?, ?, ?, ?)")
                .params(username, c.name(), value, s.trend().size()).update());
    }

    /** Forgets a trainee's standing, proficiency and the tiers opened for them; returns the rows deleted. */
    int erase(String username) {
        return jdbc.sql("delete from proficiency where username = ?").param(username).update()
                + jdbc.sql("delete from trainee_progress where username = ?").param(username).update()
                + jdbc.sql("delete from tier_opening where username = ?").param(username).update();
    }

    /** The tiers opened for a trainee by hand, each with when it was first opened. */
    Map<Tier, Instant> openedByHand(String username) {
        var tiers = new EnumMap<Tier, Instant>(Tier.class);
        jdbc.sql("select tier, opened_at from tier_opening where username = ?").param(username)
                .query((rs, n) -> Map.entry(Tier.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant())).list()
                .forEach(e -> tiers.merge(e.getKey(), e.getValue(), (a, b) -> a.isBefore(b) ? a : b));
        return tiers;
    }

    void recordOpening(String username, Tier tier, String by, Instant at) {
        jdbc.sql("insert into tier_opening (username, tier, opened_by, opened_at) values (?, ?, ?, ?)")
                .params(username, tier.name(), by, Timestamp.from(at)).update();
    }

    private static String names(Set<Tier> tiers) {
        return tiers.stream().sorted().map(Tier::name).collect(Collectors.joining(","));
    }
}
