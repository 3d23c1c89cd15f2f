package com.rapport.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.rapport.scenario.Criterion;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The manager dashboard at scale: a database holding 2,000 trainees in 40 teams of 50 and 1,000,000 attempts
 * (500 each, over 20 scenarios, six replies each), with the progress summaries the app keeps. Times the queries
 * the dashboard runs for one manager's team, and the ones an admin (all 2,000 trainees) would run.
 *
 * <p>H2 would answer a repeated query from its result cache while nothing is written; the benchmark turns that
 * off, as a busy team writing attempts would. Run on H2 (the embedded default; the database is built once under
 * target/bench-dashboard and reused) or on
 * PostgreSQL with {@code -p db=postgres} (database {@code test} on 127.0.0.1:5432):
 *
 * <pre>java -cp ... org.openjdk.jmh.Main DashboardBenchmark [-p db=postgres]</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class DashboardBenchmark {

    static final int TRAINEES = 2_000;
    static final int TEAM_SIZE = 50;
    static final int ATTEMPTS_PER_TRAINEE = 500;
    static final int SCENARIOS = 20;
    static final int TURNS = 6;

    @Param({"h2"})
    public String db;

    private HikariDataSource dataSource;
    private DashboardQueries queries;
    private final DashboardQueries.Scope manager = new DashboardQueries.Scope("manager-7");
    private final DashboardQueries.Scope admin = new DashboardQueries.Scope(null);
    private final TeamQuery firstPage = new TeamQuery(null, null, false, Criterion.HIPAA, TeamQuery.Sort.FOCUS,
            false, 0, 50);

    @Setup(Level.Trial)
    public void fill() throws Exception {
        var config = new HikariConfig();
        if (db.equals("postgres")) {
            config.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true");
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl("jdbc:h2:file:./target/bench-dashboard/rapport;DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE");
            config.setUsername("sa");
        }
        config.setMaximumPoolSize(4);
        dataSource = new HikariDataSource(config);
        var jdbc = JdbcClient.create(dataSource);
        if (db.equals("postgres")) {
            jdbc.sql("create schema if not exists bench").update();
            dataSource.close();
            config.setSchema("bench");
            dataSource = new HikariDataSource(config);
            jdbc = JdbcClient.create(dataSource);
        }
        Flyway.configure().dataSource(dataSource).load().migrate();
        long attempts = jdbc.sql("select count(*) from attempt").query(Long.class).single();
        if (attempts < (long) TRAINEES * ATTEMPTS_PER_TRAINEE) {
            if (attempts > 0) {
                throw new IllegalStateException("A half-filled benchmark database: delete target/bench-dashboard"
                        + " (H2) or drop schema bench (PostgreSQL)");
            }
            long started = System.nanoTime();
            generate(dataSource);
            if (db.equals("postgres")) {
                jdbc.sql("analyze").update();
            }
            System.out.printf("%nFilled the %s database in %d s%n", db, (System.nanoTime() - started) / 1_000_000_000);
        }
        queries = new DashboardQueries(JdbcClient.create(dataSource));
    }

    @TearDown(Level.Trial)
    public void close() {
        dataSource.close();
    }

    static void generate(DataSource dataSource) throws Exception {
        var random = new Random(42);
        var criteria = Criterion.values();
        Instant now = Instant.parse("2026-11-27T00:00:00Z");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement user = c.prepareStatement(
                    "insert into app_user (username, password_hash, display_name, role) values (?, 'x', ?, ?)");
                    PreparedStatement team = c.prepareStatement("insert into team (id, name, manager) values (?, ?, ?)");
                    PreparedStatement member = c.prepareStatement(
                            "insert into team_member (team_id, username) values (?, ?)");
                    PreparedStatement progress = c.prepareStatement("insert into trainee_progress (username,"
                            + " current_tier, certified, opened, attempts, passed, critical, last_activity,"
                            + " weakest_criterion, weakest_value, overall) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement proficiency = c.prepareStatement(
                            "insert into proficiency (username, criterion, proficiency, samples) values (?, ?, ?, ?)")) {
                for (int m = 0; m < TRAINEES / TEAM_SIZE; m++) {
                    user.setString(1, "manager-" + m);
                    user.setString(2, "Manager " + m);
                    user.setString(3, "MANAGER");
                    user.addBatch();
                    team.setLong(1, m + 1);
                    team.setString(2, "Team " + m);
                    team.setString(3, "manager-" + m);
                    team.addBatch();
                }
                for (int t = 0; t < TRAINEES; t++) {
                    String name = "trainee-" + t;
                    user.setString(1, name);
                    user.setString(2, "Trainee " + t);
                    user.setString(3, "TRAINEE");
                    user.addBatch();
                    member.setLong(1, t / TEAM_SIZE + 1);
                    member.setString(2, name);
                    member.addBatch();
                    double weakest = 100;
                    Criterion weak = criteria[0];
                    double sum = 0;
                    for (Criterion cr : criteria) {
                        double value = 30 + random.nextDouble() * 70;
                        sum += value;
                        if (value < weakest) {
                            weakest = value;
                            weak = cr;
                        }
                        proficiency.setString(1, name);
                        proficiency.setString(2, cr.name());
                        proficiency.setDouble(3, value);
                        proficiency.setInt(4, ATTEMPTS_PER_TRAINEE);
                        proficiency.addBatch();
                    }
                    progress.setString(1, name);
                    progress.setString(2, List.of("ENTRY", "MID", "SENIOR", "MANAGER").get(random.nextInt(4)));
                    progress.setString(3, "ENTRY");
                    progress.setString(4, "ENTRY,MID");
                    progress.setInt(5, ATTEMPTS_PER_TRAINEE);
                    progress.setInt(6, random.nextInt(ATTEMPTS_PER_TRAINEE));
                    progress.setInt(7, random.nextInt(20));
                    progress.setTimestamp(8, Timestamp.from(now.minusSeconds(random.nextInt(3_000_000))));
                    progress.setString(9, weak.name());
                    progress.setDouble(10, weakest);
                    progress.setDouble(11, sum / criteria.length);
                    progress.addBatch();
                }
                user.executeBatch();
                team.executeBatch();
                member.executeBatch();
                progress.executeBatch();
                proficiency.executeBatch();
                c.commit();
            }
            try (PreparedStatement attempt = c.prepareStatement("insert into attempt (id, version, username,"
                    + " scenario_id, scenario_version, scenario_title, tier, started_at, finished_at, current_node,"
                    + " mood, ending_id, outcome, score_percent, pass_mark, critical_violation)"
                    + " values (?, 0, ?, ?, 'v1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement criterion = c.prepareStatement(
                            "insert into attempt_criterion (attempt_id, criterion, percent) values (?, ?, ?)");
                    PreparedStatement turn = c.prepareStatement("insert into turn (id, attempt_id, seq, node_id,"
                            + " patient_line, choice_id, reply_text, mood_before, mood_after, created_at, kind,"
                            + " points_lost) values (?, ?, ?, ?, 'They said something.', ?, 'A reply.', ?, ?, ?,"
                            + " 'CHOICE', ?)");
                    PreparedStatement score = c.prepareStatement("insert into turn_score (turn_id, position,"
                            + " criterion, points, best_points, feedback) values (?, 0, 'HIPAA', ?, 3, 'Feedback.')")) {
                long id = 0;
                long turnId = 0;
                int pending = 0;
                for (int t = 0; t < TRAINEES; t++) {
                    String name = "trainee-" + t;
                    boolean scored = t / TEAM_SIZE == 7;
                    for (int a = 0; a < ATTEMPTS_PER_TRAINEE; a++) {
                        id++;
                        int s = random.nextInt(SCENARIOS);
                        boolean finished = random.nextInt(10) > 0;
                        Instant at = now.minusSeconds(random.nextInt(30_000_000));
                        attempt.setLong(1, id);
                        attempt.setString(2, name);
                        attempt.setString(3, "scenario-" + s);
                        attempt.setString(4, "Scenario " + s);
                        attempt.setString(5, List.of("ENTRY", "MID", "SENIOR", "MANAGER").get(s % 4));
                        attempt.setTimestamp(6, Timestamp.from(at));
                        attempt.setTimestamp(7, finished ? Timestamp.from(at.plusSeconds(600)) : null);
                        attempt.setString(8, finished ? null : "node-3");
                        attempt.setInt(9, random.nextInt(11));
                        attempt.setString(10, finished ? "ending-" + random.nextInt(5) : null);
                        attempt.setString(11, finished ? "RESOLVED" : null);
                        if (finished) {
                            attempt.setInt(12, random.nextInt(101));
                        } else {
                            attempt.setNull(12, java.sql.Types.INTEGER);
                        }
                        attempt.setInt(13, 70 + 5 * (s % 4));
                        attempt.setBoolean(14, random.nextInt(20) == 0);
                        attempt.addBatch();
                        if (finished) {
                            for (Criterion cr : criteria) {
                                criterion.setLong(1, id);
                                criterion.setString(2, cr.name());
                                criterion.setInt(3, random.nextInt(101));
                                criterion.addBatch();
                            }
                        }
                        for (int k = 0; k < TURNS; k++) {
                            turnId++;
                            int before = random.nextInt(11);
                            turn.setLong(1, turnId);
                            turn.setLong(2, id);
                            turn.setInt(3, k + 1);
                            turn.setString(4, "node-" + k);
                            turn.setString(5, "choice-" + random.nextInt(3));
                            turn.setInt(6, before);
                            turn.setInt(7, Math.clamp(before + random.nextInt(5) - 2, 0, 10));
                            turn.setTimestamp(8, Timestamp.from(at.plusSeconds(60L * k)));
                            turn.setInt(9, random.nextInt(6));
                            turn.addBatch();
                            if (scored) {
                                score.setLong(1, turnId);
                                score.setInt(2, random.nextInt(7) - 3);
                                score.addBatch();
                            }
                        }
                        if (++pending == 2_000) {
                            attempt.executeBatch();
                            criterion.executeBatch();
                            turn.executeBatch();
                            score.executeBatch();
                            c.commit();
                            pending = 0;
                        }
                    }
                }
                attempt.executeBatch();
                criterion.executeBatch();
                turn.executeBatch();
                score.executeBatch();
                c.commit();
            }
            // the summaries the app keeps as attempts start and end, counted once here as migration V5 does
            try (var st = c.createStatement()) {
                st.execute("delete from trainee_scenario_stats");
                st.execute("delete from trainee_node_stats");
                st.execute("""
                        insert into trainee_scenario_stats (username, scenario_id, scenario_title, tier, started,
                            finished, passed)
                        select a.username, a.scenario_id, max(a.scenario_title), max(a.tier), count(*),
                               sum(case when a.finished_at is not null then 1 else 0 end),
                               sum(case when a.finished_at is not null and a.critical_violation = false
                                 and coalesce(a.reviewed_score, a.score_percent) >= a.pass_mark then 1 else 0 end)
                        from attempt a group by a.username, a.scenario_id""");
                st.execute("""
                        insert into trainee_node_stats (username, scenario_id, node_id, replies, points_lost,
                            escalations)
                        select a.username, a.scenario_id, t.node_id, count(*), sum(t.points_lost),
                               sum(case when t.mood_after < t.mood_before then 1 else 0 end)
                        from turn t join attempt a on a.id = t.attempt_id where a.finished_at is not null
                        group by a.username, a.scenario_id, t.node_id""");
                c.commit();
            }
            c.setAutoCommit(true);
        }
    }

    @Benchmark
    public Object gridFirstPage() {
        return List.of(queries.countTeam(manager, firstPage), queries.team(manager, firstPage));
    }

    @Benchmark
    public Object heatMap() {
        return List.of(queries.heat(manager, 40), queries.teamAverage(manager));
    }

    @Benchmark
    public Object scenarioStats() {
        return queries.scenarios(manager);
    }

    @Benchmark
    public Object hotspotsOfEveryScenario() {
        return queries.hotspots(manager, 8);
    }

    @Benchmark
    public Object repliesAtOneMoment() {
        return queries.repliesAt(manager, "scenario-3", "node-2", 10);
    }

    @Benchmark
    public Object worstRepliesOfOneTrainee() {
        return queries.worstReplies("trainee-351", Criterion.HIPAA, 10);
    }

    /** The whole dashboard for one manager: what opening the page runs. */
    @Benchmark
    public Object wholeDashboard() {
        return List.of(gridFirstPage(), heatMap(), scenarioStats(), hotspotsOfEveryScenario());
    }

    @Benchmark
    public Object adminGridFirstPage() {
        return List.of(queries.countTeam(admin, firstPage), queries.team(admin, firstPage));
    }

    @Benchmark
    public Object adminScenarioStats() {
        return queries.scenarios(admin);
    }
}
