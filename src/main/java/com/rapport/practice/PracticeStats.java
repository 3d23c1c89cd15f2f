package com.rapport.practice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the dashboard's summaries (see migration V5) true: a trainee's rows for one scenario are recounted from
 * their attempts of it, which are few, whenever one starts, ends or is re-scored. Runs in the caller's
 * transaction, so a summary never disagrees with the attempts it counts; {@link com.rapport.shared.NamedLock}
 * keeps two transactions from rewriting one trainee's rows at once.
 */
@Repository
class PracticeStats {

    private final JdbcClient jdbc;
    private final com.rapport.shared.NamedLock lock;

    PracticeStats(JdbcClient jdbc, com.rapport.shared.NamedLock lock) {
        this.jdbc = jdbc;
        this.lock = lock;
    }

    /** Forgets a trainee's summaries; returns the rows deleted. */
    int erase(String username) {
        lock.lock(username);
        return jdbc.sql("delete from trainee_scenario_stats where username = ?").param(username).update()
                + jdbc.sql("delete from trainee_node_stats where username = ?").param(username).update();
    }

    /** Recounts, after waiting for any other transaction rewriting this trainee's summaries to end. */
    void recount(String username, String scenarioId) {
        lock.lock(username);
        jdbc.sql("delete from trainee_scenario_stats where username = ? and scenario_id = ?")
                .params(username, scenarioId).update();
        jdbc.sql("""
                insert into trainee_scenario_stats (username, scenario_id, scenario_title, tier, started, finished,
                    passed)
                select a.username, a.scenario_id, max(a.scenario_title), max(a.tier), count(*),
                       sum(case when a.finished_at is not null then 1 else 0 end),
                       sum(case when a.finished_at is not null and a.critical_violation = false
                                 and coalesce(a.reviewed_score, a.score_percent) >= a.pass_mark then 1 else 0 end)
                from attempt a where a.username = ? and a.scenario_id = ?
                group by a.username, a.scenario_id""").params(username, scenarioId).update();
        jdbc.sql("delete from trainee_node_stats where username = ? and scenario_id = ?")
                .params(username, scenarioId).update();
        jdbc.sql("""
                insert into trainee_node_stats (username, scenario_id, node_id, replies, points_lost, escalations)
                select a.username, a.scenario_id, t.node_id, count(*), sum(t.points_lost),
                       sum(case when t.mood_after < t.mood_before then 1 else 0 end)
                from turn t join attempt a on a.id = t.attempt_id
                where a.username = ? and a.scenario_id = ? and a.finished_at is not null
                group by a.username, a.scenario_id, t.node_id""").params(username, scenarioId).update();
    }
}
