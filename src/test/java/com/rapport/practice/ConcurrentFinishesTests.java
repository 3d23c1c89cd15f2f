package com.rapport.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.rapport.Plays;
import com.rapport.TestUsers;
import com.rapport.scenario.ScenarioLibrary;

/**
 * Summaries stay right when one trainee's attempts of one scenario start and finish at the same moment (two tabs,
 * a double click): every attempt is counted once and nobody sees an error. Subclasses pick the database.
 */
abstract class ConcurrentFinishesTests {

    static final String SCENARIO = "billing-uncovered-services";
    static final int AT_ONCE = 8;

    @Autowired
    PlayService play;
    @Autowired
    ScenarioLibrary library;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void attempts_played_to_the_end_at_the_same_moment_are_all_counted_once() throws Exception {
        String trainee = "race-" + getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        var barrier = new CyclicBarrier(AT_ONCE);
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            var results = new ArrayList<Future<Long>>();
            for (int i = 0; i < AT_ONCE; i++) {
                results.add(pool.submit(() -> TestUsers.as(trainee, "TRAINEE", () -> {
                    try {
                        barrier.await(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return Plays.play(play, library, SCENARIO, Plays::best);
                })));
            }
            for (var result : results) {
                assertThat(result.get(120, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }

        var row = jdbc.queryForMap("select started, finished, passed from trainee_scenario_stats"
                + " where username = ? and scenario_id = ?", trainee, SCENARIO);
        assertThat(((Number) row.get("started")).intValue()).isEqualTo(AT_ONCE);
        assertThat(((Number) row.get("finished")).intValue()).isEqualTo(AT_ONCE);
        assertThat(jdbc.queryForObject("select attempts from trainee_progress where username = ?", Integer.class,
                trainee)).isEqualTo(AT_ONCE);
    }
}
