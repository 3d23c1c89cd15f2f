package com.rapport.progress;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.practice.AttemptFinished;
import com.rapport.practice.AttemptResult;
import com.rapport.practice.AttemptSummary;
import com.rapport.practice.AttemptService;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Node;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioCatalog;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scenario.Tier;
import com.rapport.security.CurrentUser;
import com.rapport.team.TeamService;

/**
 * Each trainee's progress through the tiers. Their standing is recomputed from their attempts whenever one
 * finishes or a reviewer corrects a score, and stored for the manager dashboard. Trainees read their own
 * progress; managers read their team members' and may open a tier by hand.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private static final int RECENT = 8;

    private final AttemptService practice;
    private final ScenarioLibrary library;
    private final TeamService teams;
    private final CurrentUser currentUser;
    private final ProgressStore store;
    private final ProgressRules rules;
    private final Clock clock;
    private final com.rapport.shared.NamedLock lock;

    ProgressService(AttemptService practice, ScenarioLibrary library, TeamService teams, CurrentUser currentUser,
            ProgressStore store, ProgressRules rules, Clock clock, com.rapport.shared.NamedLock lock) {
        this.lock = lock;
        this.practice = practice;
        this.library = library;
        this.teams = teams;
        this.currentUser = currentUser;
        this.store = store;
        this.rules = rules;
        this.clock = clock;
    }

    /** Brings the trainee's stored standing up to date when an attempt ends or is re-scored. */
    @EventListener
    @Transactional
    public void onAttemptFinished(AttemptFinished event) {
        restore(event.username());
    }

    /** Recomputes and stores a standing, one transaction at a time per trainee, reading after the lock. */
    private void restore(String username) {
        lock.lock(username);
        store.save(username, compute(username));
    }

    /** The logged-in trainee's progress. */
    public Report myProgress() {
        return report(currentUser.username(), true);
    }

    /** A team member's progress, for their manager (or an admin). */
    public Report progressOf(String username) {
        if (!teams.canReview(username)) {
            throw new AccessDeniedException("Not your trainee");
        }
        return report(username, false);
    }

    /** Opens a tier for a trainee ahead of certification; the trainee's manager or an admin only. */
    @Transactional
    public void openTier(String username, Tier tier) {
        if (!teams.canReview(username)) {
            throw new AccessDeniedException("Not your trainee");
        }
        store.recordOpening(username, tier, currentUser.username(), clock.instant());
        restore(username);
    }

    /**
     * Deletes a trainee's stored progress (standing, proficiency, tiers opened by hand); returns the rows deleted.
     * For the privacy feature's erasure, which checks that an admin asks and runs it in one transaction.
     */
    @Transactional
    public int eraseTrainee(String username) {
        return store.erase(username);
    }

    /** A trainee's standing as it is now, for the tier rule; the trainee themself or a reviewer of theirs. */
    Standing standingOf(String username) {
        return compute(username);
    }

    private Standing compute(String username) {
        return Standing.of(practice.finishedAttemptsOf(username), store.openedByHand(username), scenariosPerTier(),
                rules);
    }

    private Map<Tier, Integer> scenariosPerTier() {
        var counts = new EnumMap<Tier, Integer>(Tier.class);
        library.all().forEach(e -> counts.merge(e.scenario().tier(), 1, Integer::sum));
        return counts;
    }

    private Report report(String username, boolean self) {
        List<AttemptResult> results = practice.finishedAttemptsOf(username);
        Standing standing = Standing.of(results, store.openedByHand(username), scenariosPerTier(), rules);
        var passed = new HashSet<String>();
        results.stream().filter(AttemptResult::passed).forEach(r -> passed.add(r.scenarioId()));
        List<AttemptSummary> recent = (self ? practice.myAttempts() : practice.attemptsOf(username)).stream()
                .limit(RECENT).toList();
        var assignments = (self ? teams.myAssignments() : teams.assignmentsOf(List.of(username))).stream()
                .map(a -> new AssignmentStatus(a, title(a.scenarioId()), results.stream().anyMatch(
                        r -> r.scenarioId().equals(a.scenarioId()) && r.finishedAt().isAfter(a.assignedAt())),
                        a.overdueOn(teams.today())))
                .sorted(Comparator.comparing(AssignmentStatus::done).thenComparing(s -> s.assignment().dueOn()))
                .toList();
        return new Report(username, standing, suggest(standing, passed), recent, assignments,
                whereToPractise(standing));
    }

    /**
     * For each criterion not scored yet, the open scenario with the most moments that score it, so the page can say
     * where to practise it (a criterion only some scenarios score, such as cultural and language sensitivity,
     * stays empty until the trainee plays one of them).
     */
    private Map<Criterion, String> whereToPractise(Standing standing) {
        var open = library.all().stream().map(ScenarioCatalog.Entry::scenario)
                .filter(s -> standing.opened().contains(s.tier())).toList();
        var where = new EnumMap<Criterion, String>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            if (!standing.proficiency().containsKey(c)) {
                open.stream().filter(s -> moments(s, c) > 0)
                        .max(Comparator.comparingInt((Scenario s) -> moments(s, c)).thenComparing(Scenario::title,
                                Comparator.reverseOrder()))
                        .ifPresent(s -> where.put(c, s.title()));
            }
        }
        return Map.copyOf(where);
    }

    private String title(String scenarioId) {
        return library.find(scenarioId).map(e -> e.scenario().title()).orElse(scenarioId);
    }

    /**
     * The scenario that practises the trainee's weakest criterion most, among the open tiers not yet certified
     * (any open tier once all are): scenarios not yet passed first, then the most moments that score the
     * criterion, then the lower tier.
     */
    @Nullable
    Suggestion suggest(Standing standing, Set<String> passed) {
        Criterion weakest = standing.weakest();
        var open = library.all().stream().map(ScenarioCatalog.Entry::scenario)
                .filter(s -> standing.opened().contains(s.tier())).toList();
        var uncertified = open.stream().filter(s -> !standing.certified().contains(s.tier())).toList();
        var pool = uncertified.isEmpty() ? open : uncertified;
        if (pool.isEmpty()) {
            return null;
        }
        Criterion target = weakest == null ? Criterion.EMPATHY : weakest;
        Scenario best = pool.stream().min(Comparator
                .comparing((Scenario s) -> passed.contains(s.id()))
                .thenComparing(s -> -moments(s, target))
                .thenComparing(Scenario::tier)
                .thenComparing(Scenario::title)).orElseThrow();
        return new Suggestion(best.id(), best.title(), best.tier(), weakest, moments(best, target),
                passed.contains(best.id()));
    }

    /** How many moments of a scenario can earn points on a criterion. */
    static int moments(Scenario scenario, Criterion criterion) {
        int count = 0;
        for (Node node : scenario.nodes().values()) {
            boolean scores = node.choiceList().stream().anyMatch(c -> c.effects().stream()
                    .anyMatch(e -> e.criterion() == criterion && e.points() > 0));
            count += scores ? 1 : 0;
        }
        return count;
    }

    /**
     * A trainee's progress page.
     *
     * @param whereToPractise for each criterion not scored yet, an open scenario that scores it
     */
    public record Report(String username, Standing standing, @Nullable Suggestion next, List<AttemptSummary> recent,
            List<AssignmentStatus> assignments, Map<Criterion, String> whereToPractise) {
    }

    /**
     * The scenario to practise next.
     *
     * @param criterion the weakest criterion it practises; null before any attempt
     * @param moments how many of its moments score that criterion
     */
    public record Suggestion(String scenarioId, String title, Tier tier, @Nullable Criterion criterion, int moments,
            boolean alreadyPassed) {
    }

    /** An assignment with whether it is done (a finished attempt since it was assigned) and overdue. */
    public record AssignmentStatus(TeamService.AssignmentInfo assignment, String title, boolean done,
            boolean overdue) {

        public boolean late() {
            return overdue && !done;
        }
    }
}
