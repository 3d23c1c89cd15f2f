package com.rapport.practice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioLibrary;

/** Queries over attempts: the catalogue with the user's own results, attempt lists, results for progress. */
@Service
@Transactional(readOnly = true)
public class AttemptService {

    private final AttemptRepository attempts;
    private final ScenarioLibrary library;
    private final AttemptAccess access;
    private final PracticeStats stats;

    AttemptService(AttemptRepository attempts, ScenarioLibrary library, AttemptAccess access, PracticeStats stats) {
        this.attempts = attempts;
        this.library = library;
        this.access = access;
        this.stats = stats;
    }

    /** Every scenario, with the current user's best score and any attempt they can resume. */
    public List<CatalogItem> catalog() {
        return catalog(CatalogQuery.ALL);
    }

    /** The scenarios the query finds, with the current user's results, in the catalogue's order. */
    public List<CatalogItem> catalog(CatalogQuery query) {
        var mine = attempts.findByUsernameOrderByStartedAtDesc(access.username());
        var best = new HashMap<String, Integer>();
        var unfinished = new HashMap<String, Long>();
        var played = new java.util.HashSet<String>();
        var passed = new java.util.HashSet<String>();
        for (Attempt a : mine) {
            played.add(a.getScenarioId());
            if (a.isPassed()) {
                passed.add(a.getScenarioId());
            }
            if (a.getScorePercent() != null) {
                best.merge(a.getScenarioId(), a.getScorePercent(), Math::max);
            } else if (!a.isFinished()) {
                unfinished.putIfAbsent(a.getScenarioId(), a.getId());
            }
        }
        return library.all().stream().map(e -> {
            Scenario s = e.scenario();
            return new CatalogItem(s.id(), s.title(), s.tier(), s.topics(), s.summary(), s.shortestPathDecisions(),
                    s.longestPathDecisions(), best.get(s.id()), unfinished.get(s.id()), played.contains(s.id()),
                    passed.contains(s.id()));
        }).filter(query::matches).toList();
    }

    /** The current user's attempts, newest first. */
    public List<AttemptSummary> myAttempts() {
        return attempts.findByUsernameOrderByStartedAtDesc(access.username()).stream()
                .map(AttemptSummary::of).toList();
    }

    /** One trainee's attempts, newest first, for their manager or an admin. */
    public List<AttemptSummary> attemptsOf(String username) {
        if (!access.mayReviewTrainee(username)) {
            throw new AccessDeniedException("Not your trainee");
        }
        return attempts.findByUsernameOrderByStartedAtDesc(username).stream().map(AttemptSummary::of).toList();
    }

    /**
     * A trainee's finished attempts, oldest first, with their results as they count (reviewers' corrections
     * applied): for the trainee themself or a reviewer of theirs.
     */
    public List<AttemptResult> finishedAttemptsOf(String username) {
        if (!access.mayRead(username)) {
            throw new AccessDeniedException("Not your trainee");
        }
        return attempts.findByUsernameAndFinishedAtIsNotNullOrderByFinishedAt(username).stream()
                .map(AttemptResult::of).toList();
    }

    /** What {@link #eraseTrainee} removed. */
    public record Erased(int attempts, int turns, int summaries) {
    }

    /**
     * Deletes a trainee's attempts with their replies, scores and evidence, and the dashboard's summaries of them.
     * Comments, corrections and labels on those attempts belong to the review feature and are erased there first.
     * For the privacy feature's erasure, which checks that an admin asks and runs it in one transaction.
     */
    @Transactional
    public Erased eraseTrainee(String username) {
        int turns = (int) attempts.countTurnsOf(username);
        int deleted = attempts.deleteAllOf(username);
        return new Erased(deleted, turns, stats.erase(username));
    }

    /** How many attempts each scenario has had, for the trainers' library. */
    public Map<String, Long> attemptCountsByScenario() {
        var counts = new HashMap<String, Long>();
        attempts.countByScenario().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
