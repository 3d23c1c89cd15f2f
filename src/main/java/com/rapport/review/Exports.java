package com.rapport.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Exports of attempts for a hospital's own records: CSV of attempts, CSV of per-criterion results, and xAPI 1.0.3
 * statements (one per reply and one per completed attempt) for a learning record store. Rows stream from the
 * database in attempt order, so a large export never sits in memory whole.
 */
@Repository
class Exports {

    static final String HOME = "https://rapport.example/";
    private static final String RESPONDED = "http://adlnet.gov/expapi/verbs/responded";
    private static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    private static final String INTERACTION = "http://adlnet.gov/expapi/activities/interaction";
    private static final String SIMULATION = "http://adlnet.gov/expapi/activities/simulation";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    Exports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String where(DashboardQueries.Scope scope, ExportFilter f) {
        var w = new StringBuilder(scope.join("a.username")).append(" where 1 = 1");
        if (f.trainee() != null) {
            w.append(" and a.username = :trainee");
        }
        if (f.scenarioId() != null) {
            w.append(" and a.scenario_id = :scenario");
        }
        if (f.tier() != null) {
            w.append(" and a.tier = :tier");
        }
        if (f.from() != null) {
            w.append(" and a.started_at >= :from");
        }
        if (f.to() != null) {
            w.append(" and a.started_at < :to");
        }
        return w.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DashboardQueries.Scope scope,
            ExportFilter f) {
        spec = scope.bind(spec);
        if (f.trainee() != null) {
            spec = spec.param("trainee", f.trainee());
        }
        if (f.scenarioId() != null) {
            spec = spec.param("scenario", f.scenarioId());
        }
        if (f.tier() != null) {
            spec = spec.param("tier", f.tier().name());
        }
        if (f.from() != null) {
            spec = spec.param("from", Timestamp.from(f.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (f.to() != null) {
            spec = spec.param("to", Timestamp.from(f.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return spec;
    }

    /** One row per attempt. */
    void attemptsCsv(DashboardQueries.Scope scope, ExportFilter f, Writer out) {
        String sql = "select a.id, a.username, a.scenario_id, a.scenario_title, a.tier, a.started_at, a.finished_at,"
                + " a.outcome, a.score_percent, a.reviewed_score, a.pass_mark, a.critical_violation,"
                + " (select count(*) from turn t where t.attempt_id = a.id) as replies from attempt a"
                + where(scope, f) + " order by a.id";
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader("attempt_id", "trainee", "scenario_id",
                "scenario_title", "tier", "started_at", "finished_at", "outcome", "score", "rubric_score",
                "reviewed_score", "pass_mark", "passed", "critical_violation", "replies").get().print(out)) {
            bind(jdbc.sql(sql), scope, f).query(rs -> {
                try {
                    Integer rubric = (Integer) rs.getObject("score_percent");
                    Integer reviewed = (Integer) rs.getObject("reviewed_score");
                    Integer score = reviewed != null ? reviewed : rubric;
                    boolean critical = rs.getBoolean("critical_violation");
                    com.rapport.shared.CsvCells.print(csv, rs.getLong("id"), rs.getString("username"), rs.getString("scenario_id"),
                            rs.getString("scenario_title"), rs.getString("tier").toLowerCase(java.util.Locale.ROOT),
                            iso(rs.getTimestamp("started_at")), iso(rs.getTimestamp("finished_at")),
                            rs.getString("outcome") == null ? "" : rs.getString("outcome").toLowerCase(java.util.Locale.ROOT),
                            score == null ? "" : score, rubric == null ? "" : rubric,
                            reviewed == null ? "" : reviewed, rs.getInt("pass_mark"),
                            score != null && score >= rs.getInt("pass_mark") && !critical, critical,
                            rs.getInt("replies"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row per finished attempt and criterion. */
    void criteriaCsv(DashboardQueries.Scope scope, ExportFilter f, Writer out) {
        String sql = "select a.id, a.username, a.scenario_id, a.tier, a.finished_at, c.criterion, c.percent,"
                + " c.reviewed_percent from attempt a join attempt_criterion c on c.attempt_id = a.id"
                + where(scope, f) + " order by a.id, c.criterion";
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader("attempt_id", "trainee", "scenario_id", "tier",
                "finished_at", "criterion", "percent", "rubric_percent", "reviewed_percent").get().print(out)) {
            bind(jdbc.sql(sql), scope, f).query(rs -> {
                try {
                    int rubric = rs.getInt("percent");
                    Integer reviewed = (Integer) rs.getObject("reviewed_percent");
                    com.rapport.shared.CsvCells.print(csv, rs.getLong("id"), rs.getString("username"), rs.getString("scenario_id"),
                            rs.getString("tier").toLowerCase(java.util.Locale.ROOT),
                            iso(rs.getTimestamp("finished_at")),
                            com.rapport.scenario.Criterion.valueOf(rs.getString("criterion")).id(),
                            reviewed != null ? reviewed : rubric, rubric, reviewed == null ? "" : reviewed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * xAPI statements as one JSON array: for every reply a "responded" statement with the choice made or the text
     * typed and its points per criterion; for every finished attempt a "completed" statement with the score, the
     * pass, and the outcome. Statement ids are stable, so exporting twice never duplicates records in an LRS.
     */
    void xapi(DashboardQueries.Scope scope, ExportFilter f, Writer out) {
        try {
            out.write("[");
            boolean[] first = {true};
            String attemptsSql = "select a.id, a.username, a.scenario_id, a.scenario_title, a.finished_at,"
                    + " a.score_percent, a.reviewed_score, a.pass_mark, a.critical_violation, a.outcome,"
                    + " u.display_name from attempt a left join app_user u on u.username = a.username"
                    + where(scope, f) + " order by a.id";
            List<Map<String, Object>> batch = new ArrayList<>();
            bind(jdbc.sql(attemptsSql), scope, f).query(rs -> {
                var row = new HashMap<String, Object>();
                for (String c : List.of("id", "username", "scenario_id", "scenario_title", "finished_at",
                        "score_percent", "reviewed_score", "pass_mark", "critical_violation", "outcome",
                        "display_name")) {
                    Object v = c.equals("finished_at") ? rs.getTimestamp(c) : rs.getObject(c);
                    if (v != null) {
                        row.put(c, v);
                    }
                }
                batch.add(row);
                if (batch.size() == 500) {
                    writeBatch(batch, out, first);
                    batch.clear();
                }
            });
            writeBatch(batch, out, first);
            out.write("]");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeBatch(List<Map<String, Object>> attempts, Writer out, boolean[] first) {
        if (attempts.isEmpty()) {
            return;
        }
        var ids = attempts.stream().map(a -> ((Number) a.get("id")).longValue()).toList();
        var turnsByAttempt = new HashMap<Long, List<Map<String, Object>>>();
        var turnIds = new ArrayList<Long>();
        jdbc.sql("select t.id, t.attempt_id, t.seq, t.node_id, t.kind, t.choice_id, t.reply_text, t.intent,"
                + " t.created_at, t.mood_before, t.mood_after from turn t where t.attempt_id in (:ids)"
                + " order by t.attempt_id, t.seq").param("ids", ids).query(rs -> {
                    var t = new LinkedHashMap<String, Object>();
                    t.put("id", rs.getLong("id"));
                    t.put("seq", rs.getInt("seq"));
                    t.put("node", rs.getString("node_id"));
                    t.put("kind", rs.getString("kind"));
                    t.put("choice", rs.getString("choice_id"));
                    t.put("text", rs.getString("reply_text"));
                    t.put("intent", rs.getString("intent"));
                    t.put("at", rs.getTimestamp("created_at").toInstant());
                    t.put("moodBefore", rs.getInt("mood_before"));
                    t.put("moodAfter", rs.getInt("mood_after"));
                    turnsByAttempt.computeIfAbsent(rs.getLong("attempt_id"), k -> new ArrayList<>()).add(t);
                    turnIds.add(rs.getLong("id"));
                });
        var scores = new HashMap<Long, Map<String, int[]>>();
        if (!turnIds.isEmpty()) {
            jdbc.sql("select turn_id, criterion, points, best_points from turn_score where turn_id in (:ids)")
                    .param("ids", turnIds).query(rs -> {
                        scores.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(
                                com.rapport.scenario.Criterion.valueOf(rs.getString(2)).id(),
                                new int[] {rs.getInt(3), rs.getInt(4)});
                    });
        }
        for (var a : attempts) {
            long id = ((Number) a.get("id")).longValue();
            for (var t : turnsByAttempt.getOrDefault(id, List.of())) {
                write(replyStatement(a, t, scores.getOrDefault((Long) t.get("id"), Map.of())), out, first);
            }
            if (a.get("finished_at") != null) {
                write(completedStatement(a), out, first);
            }
        }
    }

    private void write(Map<String, Object> statement, Writer out, boolean[] first) {
        try {
            if (!first[0]) {
                out.write(",\n");
            }
            first[0] = false;
            out.write(json.writeValueAsString(statement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> actor(Map<String, Object> attempt) {
        var actor = new LinkedHashMap<String, Object>();
        actor.put("objectType", "Agent");
        Object name = attempt.get("display_name");
        if (name != null) {
            actor.put("name", name);
        }
        actor.put("account", Map.of("homePage", HOME, "name", attempt.get("username")));
        return actor;
    }

    private static Map<String, Object> context(Map<String, Object> attempt, @Nullable Map<String, Object> parent) {
        var context = new LinkedHashMap<String, Object>();
        context.put("registration", UUID.nameUUIDFromBytes(("rapport-attempt-" + attempt.get("id")).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString());
        context.put("platform", "Rapport");
        context.put("extensions", Map.of(HOME + "xapi/attempt-id", attempt.get("id")));
        if (parent != null) {
            context.put("contextActivities", Map.of("parent", List.of(parent)));
        }
        return context;
    }

    private static Map<String, Object> scenarioActivity(Map<String, Object> attempt) {
        return Map.of("objectType", "Activity", "id", HOME + "scenarios/" + attempt.get("scenario_id"),
                "definition", Map.of("type", SIMULATION, "name", Map.of("en-US", attempt.get("scenario_title"))));
    }

    private static Map<String, Object> replyStatement(Map<String, Object> attempt, Map<String, Object> turn,
            Map<String, int[]> points) {
        boolean typed = "TYPED".equals(turn.get("kind"));
        var statement = new LinkedHashMap<String, Object>();
        statement.put("id", UUID.nameUUIDFromBytes(("rapport-reply-" + turn.get("id")).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString());
        statement.put("actor", actor(attempt));
        statement.put("verb", Map.of("id", RESPONDED, "display", Map.of("en-US", "responded")));
        statement.put("object", Map.of("objectType", "Activity",
                "id", HOME + "scenarios/" + attempt.get("scenario_id") + "/moments/" + turn.get("node"),
                "definition", Map.of("type", INTERACTION, "interactionType", typed ? "long-fill-in" : "choice",
                        "name", Map.of("en-US", attempt.get("scenario_title") + ": " + turn.get("node")))));
        int earned = points.values().stream().mapToInt(p -> p[0]).sum();
        int best = points.values().stream().mapToInt(p -> Math.max(0, p[1])).sum();
        var score = new LinkedHashMap<String, Object>();
        score.put("raw", Math.max(0, earned));
        score.put("min", 0);
        score.put("max", Math.max(Math.max(0, earned), best));
        if (best > 0) {
            score.put("scaled", Math.clamp((double) earned / best, -1.0, 1.0));
        }
        var perCriterion = new LinkedHashMap<String, Object>();
        points.forEach((c, p) -> perCriterion.put(c, Map.of("earned", p[0], "best", p[1])));
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put(HOME + "xapi/criteria", perCriterion);
        extensions.put(HOME + "xapi/mood", Map.of("before", turn.get("moodBefore"), "after", turn.get("moodAfter")));
        if (typed && turn.get("intent") != null) {
            extensions.put(HOME + "xapi/intent", turn.get("intent"));
        }
        if (!typed) {
            extensions.put(HOME + "xapi/choice-id", turn.get("choice"));
        }
        statement.put("result", Map.of("response", turn.get("text"), "score", score, "extensions", extensions));
        statement.put("context", context(attempt, scenarioActivity(attempt)));
        statement.put("timestamp", turn.get("at").toString());
        return statement;
    }

    private static Map<String, Object> completedStatement(Map<String, Object> attempt) {
        var statement = new LinkedHashMap<String, Object>();
        statement.put("id", UUID.nameUUIDFromBytes(("rapport-completed-" + attempt.get("id")).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString());
        statement.put("actor", actor(attempt));
        statement.put("verb", Map.of("id", COMPLETED, "display", Map.of("en-US", "completed")));
        statement.put("object", scenarioActivity(attempt));
        Number rubric = (Number) attempt.getOrDefault("score_percent", 0);
        Number reviewed = (Number) attempt.get("reviewed_score");
        int score = (reviewed != null ? reviewed : rubric).intValue();
        boolean critical = Boolean.TRUE.equals(attempt.get("critical_violation"));
        int passMark = ((Number) attempt.get("pass_mark")).intValue();
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put(HOME + "xapi/outcome", String.valueOf(attempt.get("outcome")).toLowerCase(java.util.Locale.ROOT));
        extensions.put(HOME + "xapi/critical-violation", critical);
        extensions.put(HOME + "xapi/rubric-score", rubric.intValue());
        var result = new LinkedHashMap<String, Object>();
        result.put("score", Map.of("scaled", score / 100.0, "raw", score, "min", 0, "max", 100));
        result.put("success", score >= passMark && !critical);
        result.put("completion", true);
        result.put("extensions", extensions);
        statement.put("result", result);
        statement.put("context", context(attempt, null));
        statement.put("timestamp", ((Timestamp) attempt.get("finished_at")).toInstant().toString());
        return statement;
    }

    private static String iso(@Nullable Timestamp ts) {
        return ts == null ? "" : ts.toInstant().toString();
    }
}
