package com.rapport.review;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.practice.Debrief;
import com.rapport.scenario.BranchMap;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Node;
import com.rapport.scenario.ScenarioCatalog;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.security.CurrentUser;
import com.rapport.security.Role;
import com.rapport.team.TeamService;

/**
 * What managers review: their teams as a dashboard (grid, heat map, per-scenario results and hot spots), the
 * replies behind a weak criterion, and exports. A manager sees only the members of their own teams; an admin
 * sees everyone; nobody else sees anything here.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private static final int HOTSPOTS = 8;
    private static final int REPLIES = 10;

    private final DashboardQueries queries;
    private final Exports exports;
    private final TeamService teams;
    private final CurrentUser currentUser;
    private final ScenarioLibrary library;
    private final org.springframework.context.ApplicationEventPublisher events;

    ReviewService(DashboardQueries queries, Exports exports, TeamService teams, CurrentUser currentUser,
            ScenarioLibrary library, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.queries = queries;
        this.exports = exports;
        this.teams = teams;
        this.currentUser = currentUser;
        this.library = library;
    }

    private DashboardQueries.Scope scope() {
        if (currentUser.has(Role.ADMIN)) {
            return new DashboardQueries.Scope(null);
        }
        if (currentUser.has(Role.MANAGER)) {
            return new DashboardQueries.Scope(currentUser.username());
        }
        throw new AccessDeniedException("Only managers review teams");
    }

    /** How many trainees match the dashboard's filter. */
    public int countTeam(TeamQuery query) {
        return queries.countTeam(scope(), query);
    }

    /** One page of the dashboard grid. */
    public List<TeamRow> team(TeamQuery query) {
        return queries.team(scope(), query);
    }

    /** Proficiency per trainee and criterion, weakest trainees first, with the team's average row. */
    public HeatMap heatMap(int limit) {
        var scope = scope();
        var rows = queries.heat(scope, limit).stream()
                .sorted(Comparator.comparingDouble(HeatMap.Row::average).thenComparing(HeatMap.Row::username))
                .toList();
        return new HeatMap(rows, queries.teamAverage(scope), queries.teamAverages(scope));
    }

    /**
     * Per scenario: attempts, completion and pass rates among the trainees in scope, with its worst moments, each
     * named by what the patient says there.
     */
    public List<ScenarioReport> scenarios() {
        var scope = scope();
        var hotspots = queries.hotspots(scope, HOTSPOTS);
        var result = new ArrayList<ScenarioReport>();
        for (ScenarioStats stats : queries.scenarios(scope)) {
            var scenario = library.find(stats.scenarioId()).map(ScenarioCatalog.Entry::scenario);
            result.add(new ScenarioReport(stats, hotspots.getOrDefault(stats.scenarioId(), List.of()).stream()
                    .map(h -> h.withLine(scenario.flatMap(s -> s.node(h.nodeId())).map(ReviewService::said)
                            .orElse(h.nodeId())))
                    .toList()));
        }
        return result;
    }

    /** What the patient (or, where they are silent, the narrator) says at a moment, on one line. */
    private static String said(Node node) {
        String text = node.patient() != null ? node.patient()
                : node.patientByMood() != null && !node.patientByMood().isEmpty()
                        ? node.patientByMood().values().iterator().next()
                        : node.narrator() != null ? node.narrator() : "";
        return text.strip().replaceAll("\\s+", " ");
    }

    /** A trainee's name as people know them; the username when they have none (or are not one's to review). */
    public String displayName(String username) {
        if (!teams.canReview(username)) {
            throw new AccessDeniedException("Not your trainee");
        }
        return queries.displayName(username);
    }

    /** The replies at one moment of a scenario that lost the most points. */
    public List<ReplyRef> repliesAt(String scenarioId, String nodeId) {
        return queries.repliesAt(scope(), scenarioId, nodeId, REPLIES);
    }

    /** A trainee's replies that lost most on one criterion: what to read to see the weakness. */
    public List<ReplyRef> worstReplies(String username, Criterion criterion) {
        if (!teams.canReview(username)) {
            throw new AccessDeniedException("Not your trainee");
        }
        return queries.worstReplies(username, criterion, REPLIES);
    }

    /** The branch map of the scenario version an attempt was played on, with the attempt's path in bold. */
    public Optional<String> pathMap(Debrief debrief) {
        return library.find(debrief.scenarioId(), debrief.scenarioVersion())
                .map(s -> BranchMap.svg(s, s.reachable(), debrief.path()));
    }

    /** The display name of each trainee a manager reviews, by username. */
    public Map<String, String> memberNames() {
        return queries.names(scope());
    }

    /** The trainees a manager can assign work to. */
    public List<String> members() {
        return queries.members(scope()).stream().sorted().toList();
    }

    public void exportAttempts(ExportFilter filter, Writer out) {
        exports.attemptsCsv(scope(), filter, out);
        exported("attempts.csv", filter);
    }

    public void exportCriteria(ExportFilter filter, Writer out) {
        exports.criteriaCsv(scope(), filter, out);
        exported("criteria.csv", filter);
    }

    public void exportXapi(ExportFilter filter, Writer out) {
        exports.xapi(scope(), filter, out);
        exported("xapi-statements.json", filter);
    }

    private void exported(String what, ExportFilter filter) {
        events.publishEvent(new DataExported(currentUser.username(), what, filter.toString()));
    }

    /**
     * The heat map: rows of trainees, columns of criteria, proficiency 0-100 in each cell; then a row per team
     * and one for everyone in scope.
     */
    public record HeatMap(List<Row> rows, Map<Criterion, Double> teamAverage, Map<String, Map<Criterion, Double>> teams) {

        public record Row(String username, String displayName, Map<Criterion, Double> proficiency) {
            public double average() {
                return proficiency.values().stream().mapToDouble(Double::doubleValue).average().orElse(100);
            }
        }
    }

    /** A scenario's results among the team, with the moments where replies lose most. */
    public record ScenarioReport(ScenarioStats stats, List<Hotspot> hotspots) {
    }
}
