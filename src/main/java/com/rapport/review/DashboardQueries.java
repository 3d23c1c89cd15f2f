package com.rapport.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.Tier;

/**
 * The dashboard's reads, in SQL over the stored progress summaries, attempts and turns. Every query is limited
 * to a {@link Scope}: the members of one manager's teams, or every trainee for an admin.
 */
@Repository
class DashboardQueries {

    /** Whose rows a query may see: a manager's team members, or (manager null) everyone. */
    record Scope(@Nullable String manager) {

        /** A join that keeps only rows whose {@code column} is a member; nothing for everyone. */
        String join(String column) {
            return manager == null ? "" : " join (select distinct tm.username from team_member tm join team tt"
                    + " on tt.id = tm.team_id where tt.manager = :manager) m on m.username = " + column;
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return manager == null ? spec : spec.param("manager", manager);
        }
    }

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The trainees in scope: team members for a manager, every trainee account for an admin. */
    private static String people(Scope scope) {
        return scope.manager() == null
                ? "select username from app_user where role = 'TRAINEE' union select username from team_member"
                : "select tm.username from team_member tm join team t on t.id = tm.team_id where t.manager = :manager";
    }

    private static String teamFrom(Scope scope) {
        return " from (" + people(scope) + ") m"
                + " left join app_user u on u.username = m.username"
                + " left join trainee_progress p on p.username = m.username"
                + " left join proficiency f on f.username = m.username and f.criterion = :focus";
    }

    private static String teamWhere(TeamQuery q) {
        var where = new StringBuilder(" where 1 = 1");
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" and (lower(m.username) like :text or lower(coalesce(u.display_name, '')) like :text)");
        }
        if (q.tier() != null) {
            where.append(" and coalesce(p.current_tier, 'ENTRY') = :tier");
        }
        if (q.needsCoaching()) {
            where.append(" and (p.critical > 0 or p.weakest_value < 60)");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bindTeam(JdbcClient.StatementSpec spec, Scope scope, TeamQuery q) {
        spec = scope.bind(spec).param("focus", q.focus().name());
        if (q.text() != null && !q.text().isBlank()) {
            spec = spec.param("text", "%" + q.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (q.tier() != null) {
            spec = spec.param("tier", q.tier().name());
        }
        return spec;
    }

    int countTeam(Scope scope, TeamQuery q) {
        return bindTeam(jdbc.sql("select count(*)" + teamFrom(scope) + teamWhere(q)), scope, q)
                .query(Integer.class).single();
    }

    List<TeamRow> team(Scope scope, TeamQuery q) {
        String order = switch (q.sort() == null ? TeamQuery.Sort.NAME : q.sort()) {
            case NAME -> "coalesce(u.display_name, m.username)";
            case TIER -> "case coalesce(p.current_tier, 'ENTRY') when 'ENTRY' then 0 when 'MID' then 1"
                    + " when 'SENIOR' then 2 else 3 end";
            case ATTEMPTS -> "coalesce(p.attempts, 0)";
            case LAST_ACTIVITY -> "p.last_activity";
            case WEAKEST -> "p.weakest_value";
            case FOCUS -> "f.proficiency";
            case CRITICAL -> "coalesce(p.critical, 0)";
        };
        String direction = q.descending() ? " desc" : " asc";
        // trainees without data sort last either way
        String nulls = " case when " + order + " is null then 1 else 0 end, ";
        // among equally weak trainees, the one with more critical violations needs coaching first
        String then = q.sort() == TeamQuery.Sort.FOCUS || q.sort() == TeamQuery.Sort.WEAKEST
                ? ", coalesce(p.critical, 0) desc" : "";
        String sql = "select m.username, u.display_name, p.current_tier, p.certified, p.attempts, p.passed,"
                + " p.critical, p.last_activity, p.weakest_criterion, p.weakest_value, f.proficiency as focus"
                + teamFrom(scope) + teamWhere(q) + " order by" + nulls + order + direction + then + ", m.username"
                + " offset " + Math.max(0, q.offset()) + " rows fetch next " + Math.max(0, q.limit()) + " rows only";
        return bindTeam(jdbc.sql(sql), scope, q).query((rs, i) -> teamRow(rs)).list();
    }

    private static TeamRow teamRow(ResultSet rs) throws SQLException {
        var certified = EnumSet.noneOf(Tier.class);
        String c = rs.getString("certified");
        if (c != null && !c.isBlank()) {
            for (String t : c.split(",")) {
                certified.add(Tier.valueOf(t));
            }
        }
        String tier = rs.getString("current_tier");
        String weakest = rs.getString("weakest_criterion");
        Timestamp last = rs.getTimestamp("last_activity");
        String name = rs.getString("display_name");
        return new TeamRow(rs.getString("username"), name == null ? rs.getString("username") : name,
                tier == null ? Tier.ENTRY : Tier.valueOf(tier), certified, rs.getInt("attempts"), rs.getInt("passed"),
                rs.getInt("critical"), last == null ? null : last.toInstant(),
                weakest == null ? null : Criterion.valueOf(weakest), nullableDouble(rs, "weakest_value"),
                nullableDouble(rs, "focus"));
    }

    private static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /**
     * Proficiency per trainee and criterion, for the heat map, each trainee under their display name; the weakest
     * trainees first, at most {@code limit}.
     */
    List<ReviewService.HeatMap.Row> heat(Scope scope, int limit) {
        String sql = "select p.username, coalesce(u.display_name, p.username), f.criterion, f.proficiency"
                + " from trainee_progress p" + scope.join("p.username")
                + " left join app_user u on u.username = p.username"
                + " join proficiency f on f.username = p.username order by p.overall asc, p.username";
        var result = new java.util.LinkedHashMap<String, ReviewService.HeatMap.Row>();
        scope.bind(jdbc.sql(sql)).query(rs -> {
            String user = rs.getString(1);
            String name = rs.getString(2);
            if (result.size() < limit || result.containsKey(user)) {
                result.computeIfAbsent(user, k -> new ReviewService.HeatMap.Row(k, name,
                        new java.util.EnumMap<>(Criterion.class)))
                        .proficiency().put(Criterion.valueOf(rs.getString(3)), rs.getDouble(4));
            }
        });
        return List.copyOf(result.values());
    }

    /** The average proficiency per criterion over everyone in scope: the team's row of the heat map. */
    Map<Criterion, Double> teamAverage(Scope scope) {
        var result = new java.util.EnumMap<Criterion, Double>(Criterion.class);
        scope.bind(jdbc.sql("select f.criterion, avg(f.proficiency) from proficiency f" + scope.join("f.username")
                + " group by f.criterion")).query(rs -> {
                    result.put(Criterion.valueOf(rs.getString(1)), rs.getDouble(2));
                });
        return result;
    }

    /** The average proficiency per team and criterion: one row of the heat map for each team in scope. */
    Map<String, Map<Criterion, Double>> teamAverages(Scope scope) {
        String sql = "select tt.name, f.criterion, avg(f.proficiency) from team tt"
                + " join team_member tm on tm.team_id = tt.id join proficiency f on f.username = tm.username"
                + (scope.manager() == null ? "" : " where tt.manager = :manager")
                + " group by tt.name, f.criterion order by tt.name";
        var result = new java.util.LinkedHashMap<String, Map<Criterion, Double>>();
        scope.bind(jdbc.sql(sql)).query(rs -> {
            result.computeIfAbsent(rs.getString(1), k -> new java.util.EnumMap<>(Criterion.class))
                    .put(Criterion.valueOf(rs.getString(2)), rs.getDouble(3));
        });
        return result;
    }

    /** Per scenario: attempts started and finished, and how many passed (from the per-trainee summaries). */
    List<ScenarioStats> scenarios(Scope scope) {
        String sql = "select s.scenario_id, max(s.scenario_title), max(s.tier), sum(s.started), sum(s.finished),"
                + " sum(s.passed), count(*) from trainee_scenario_stats s" + scope.join("s.username")
                + " group by s.scenario_id order by s.scenario_id";
        return scope.bind(jdbc.sql(sql)).query((rs, i) -> new ScenarioStats(rs.getString(1), rs.getString(2),
                Tier.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7))).list();
    }

    /**
     * Per scenario, the moments where replies in finished attempts lose the most points on average, then where the
     * person most often gets more upset: at most {@code limit} per scenario, and only moments where points were lost.
     */
    Map<String, List<Hotspot>> hotspots(Scope scope, int limit) {
        String sql = "select n.scenario_id, n.node_id, sum(n.replies), sum(n.points_lost), sum(n.escalations)"
                + " from trainee_node_stats n" + scope.join("n.username") + " group by n.scenario_id, n.node_id";
        var all = scope.bind(jdbc.sql(sql)).query((rs, i) -> {
            int replies = rs.getInt(3);
            return new Hotspot(rs.getString(1), rs.getString(2), rs.getString(2), replies,
                    replies == 0 ? 0 : rs.getDouble(4) / replies, rs.getInt(5));
        }).list();
        var result = new java.util.TreeMap<String, List<Hotspot>>();
        all.stream().filter(Hotspot::lostPoints).sorted(java.util.Comparator.comparingDouble(Hotspot::averagePointsLost).reversed()
                .thenComparing(java.util.Comparator.comparingInt(Hotspot::escalations).reversed())
                .thenComparing(Hotspot::nodeId))
                .forEach(h -> {
                    var list = result.computeIfAbsent(h.scenarioId(), k -> new java.util.ArrayList<>());
                    if (list.size() < limit) {
                        list.add(h);
                    }
                });
        return result;
    }

    /**
     * Replies at one moment of a scenario that lost the most, each opening its attempt. The team's usernames go
     * in as a list, so the database looks up just their attempts of the scenario rather than everyone's.
     */
    List<ReplyRef> repliesAt(Scope scope, String scenarioId, String nodeId, int limit) {
        List<String> members = scope.manager() == null ? List.of() : members(scope);
        if (scope.manager() != null && members.isEmpty()) {
            return List.of();
        }
        String sql = "select a.id, t.seq, a.username, t.reply_text, t.points_lost,"
                + " coalesce(u.display_name, a.username) from attempt a"
                + " join turn t on t.attempt_id = a.id left join app_user u on u.username = a.username where a.scenario_id = :scenario and t.node_id = :node"
                + (scope.manager() == null ? "" : " and a.username in (:members)")
                + " order by t.points_lost desc, a.id desc fetch first " + limit + " rows only";
        var spec = jdbc.sql(sql).param("scenario", scenarioId).param("node", nodeId);
        if (scope.manager() != null) {
            spec = spec.param("members", members);
        }
        return spec.query((rs, i) -> new ReplyRef(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(6),
                rs.getString(4), null, -rs.getInt(5), null)).list();
    }

    /** A trainee's replies that lost most on one criterion, with the scorer's feedback: the evidence to read. */
    List<ReplyRef> worstReplies(String username, Criterion criterion, int limit) {
        String sql = "select a.id, t.seq, a.username, t.reply_text, s.points, s.best_points, s.feedback,"
                + " a.scenario_title from turn_score s join turn t on t.id = s.turn_id"
                + " join attempt a on a.id = t.attempt_id"
                + " where a.username = :username and s.criterion = :criterion and s.points < s.best_points"
                + " order by s.points - s.best_points asc, a.id desc fetch first " + limit + " rows only";
        return jdbc.sql(sql).param("username", username).param("criterion", criterion.name())
                .query((rs, i) -> new ReplyRef(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(3),
                        rs.getString(4), rs.getString(8), rs.getInt(5) - rs.getInt(6), rs.getString(7))).list();
    }

    /** A person's display name, or their username when they have no account or no name. */
    String displayName(String username) {
        return jdbc.sql("select display_name from app_user where username = ?").param(username).query(String.class)
                .optional().filter(n -> !n.isBlank()).orElse(username);
    }

    /** Everyone in scope, username to display name (the username when they have none). */
    Map<String, String> names(Scope scope) {
        var result = new java.util.HashMap<String, String>();
        scope.bind(jdbc.sql("select m.username, coalesce(u.display_name, m.username) from (" + people(scope)
                + ") m left join app_user u on u.username = m.username"))
                .query(rs -> {
                    result.put(rs.getString(1), rs.getString(2));
                });
        return result;
    }

    /** Usernames in scope, for checks that need the whole list. */
    List<String> members(Scope scope) {
        return scope.bind(jdbc.sql(people(scope))).query(String.class).list();
    }
}
