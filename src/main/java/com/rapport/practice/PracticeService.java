package com.rapport.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.scenario.Choice;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Ending;
import com.rapport.scenario.Mood;
import com.rapport.scenario.Node;
import com.rapport.scenario.RubricEffect;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioCatalog;
import com.rapport.scoring.ScoreSheet;
import com.rapport.scoring.ScoredPoint;
import com.rapport.security.CurrentUser;

/**
 * Playing scenarios: start or resume an attempt, answer, and read the debrief. Each answer is committed as soon
 * as it is made, so a crash loses at most the reply being sent. Every method acts for the logged-in user and
 * refuses attempts that are not theirs (managers and admins may read, never play, others' attempts).
 */
@Service
@Transactional(readOnly = true)
public class PracticeService {

    private final AttemptRepository attempts;
    private final ScenarioCatalog catalog;
    private final CurrentUser currentUser;
    private final Clock clock;

    PracticeService(AttemptRepository attempts, ScenarioCatalog catalog, CurrentUser currentUser) {
        this.attempts = attempts;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = Clock.systemUTC();
    }

    /** Every scenario, with the current user's best score and any attempt they can resume. */
    public List<CatalogItem> catalog() {
        var mine = attempts.findByUsernameOrderByStartedAtDesc(currentUser.username());
        var best = new HashMap<String, Integer>();
        var unfinished = new HashMap<String, Long>();
        for (Attempt a : mine) {
            if (a.getScorePercent() != null) {
                best.merge(a.getScenarioId(), a.getScorePercent(), Math::max);
            } else if (!a.isFinished()) {
                unfinished.putIfAbsent(a.getScenarioId(), a.getId());
            }
        }
        return catalog.all().stream().map(e -> {
            Scenario s = e.scenario();
            return new CatalogItem(s.id(), s.title(), s.tier(), s.topics(), s.summary(), s.shortestPathDecisions(),
                    s.longestPathDecisions(), best.get(s.id()), unfinished.get(s.id()));
        }).toList();
    }

    /** Starts a new attempt at the scenario and returns its id. */
    @Transactional
    public long start(String scenarioId) {
        var entry = catalog.find(scenarioId)
                .orElseThrow(() -> new IllegalArgumentException("No scenario " + scenarioId));
        Scenario s = entry.scenario();
        var attempt = new Attempt(currentUser.username(), s.id(), entry.version(), s.title(), s.tier(), s.start(),
                s.persona().mood(), s.effectivePassMark(), clock.instant());
        return Objects.requireNonNull(attempts.save(attempt).getId());
    }

    /** The conversation so far and the next options, for the owner of an attempt. */
    public PlayState play(long attemptId) {
        Attempt attempt = ownAttempt(attemptId);
        Scenario scenario = scenarioOf(attempt);
        var transcript = new ArrayList<PlayState.Line>();
        for (Turn turn : attempt.getTurns()) {
            transcript.add(new PlayState.Line(PlayState.Speaker.PATIENT, turn.getPatientLine(), turn.getCreatedAt()));
            transcript.add(new PlayState.Line(PlayState.Speaker.TRAINEE, turn.getReplyText(), turn.getCreatedAt()));
        }
        Instant now = clock.instant();
        if (attempt.isFinished()) {
            if (attempt.getEndingLine() != null) {
                transcript.add(new PlayState.Line(PlayState.Speaker.PATIENT, attempt.getEndingLine(),
                        Objects.requireNonNull(attempt.getFinishedAt())));
            }
            return new PlayState(attemptId, attempt.getScenarioTitle(), scenario.persona(), transcript,
                    new Mood(attempt.getMood()), null, List.of(), true);
        }
        Node node = currentNode(attempt, scenario);
        transcript.add(new PlayState.Line(PlayState.Speaker.PATIENT, node.patient(), now));
        var options = node.choices().stream().map(c -> new PlayState.Option(c.id(), c.text())).toList();
        return new PlayState(attemptId, attempt.getScenarioTitle(), scenario.persona(), transcript,
                new Mood(attempt.getMood()), node.narrator(), options, false);
    }

    /** Records the trainee's choice, moves the conversation on, and finishes the attempt at an ending. */
    @Transactional
    public PlayState answer(long attemptId, String choiceId) {
        Attempt attempt = ownAttempt(attemptId);
        if (attempt.isFinished()) {
            throw new IllegalStateException("This attempt has already ended");
        }
        Scenario scenario = scenarioOf(attempt);
        Node node = currentNode(attempt, scenario);
        Choice choice = node.choices().stream().filter(c -> c.id().equals(choiceId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("That reply is no longer available"));
        Mood before = new Mood(attempt.getMood());
        Mood after = before.plus(choice.moodChange());
        Instant now = clock.instant();
        attempt.addTurn(new Turn(attempt, attempt.getTurns().size() + 1, attempt.getCurrentNode(), node.patient(),
                choice.id(), choice.text(), before.value(), after.value(), scores(node, choice), now));
        var ending = scenario.ending(choice.next());
        if (ending.isPresent()) {
            Ending end = ending.get();
            attempt.finish(choice.next(), end.outcome(), end.patient(), end.debrief(), after.value(),
                    scoreSheet(attempt).percent(), now);
        } else {
            attempt.moveTo(choice.next(), after.value());
        }
        attempts.saveAndFlush(attempt);
        return play(attemptId);
    }

    /** The debrief of a finished attempt, for its owner or a reviewer. */
    public Debrief debrief(long attemptId) {
        Attempt attempt = visibleAttempt(attemptId);
        var replies = attempt.getTurns().stream().map(t -> new Debrief.Reply(t.getSeq(), t.getPatientLine(),
                t.getReplyText(), t.getMoodBefore(), t.getMoodAfter(), t.getScores().stream()
                        .map(s -> new Debrief.Point(s.getCriterion(), s.getPoints(), s.getBestPoints(),
                                s.getFeedback()))
                        .toList()))
                .toList();
        ScoreSheet sheet = scoreSheet(attempt);
        return new Debrief(attemptId, attempt.getUsername(), attempt.getScenarioTitle(), attempt.getTier(),
                attempt.getStartedAt(), attempt.getFinishedAt(), attempt.getOutcome(), attempt.getEndingLine(),
                attempt.getEndingDebrief(), sheet.percent(), attempt.getPassMark(), sheet.criteria(), replies);
    }

    /** The current user's attempts, newest first. */
    public List<AttemptSummary> myAttempts() {
        return attempts.findByUsernameOrderByStartedAtDesc(currentUser.username()).stream()
                .map(AttemptSummary::of).toList();
    }

    /** Everyone's attempts, newest first, for managers and admins. */
    public List<AttemptSummary> allAttempts() {
        if (!currentUser.canReviewOthers()) {
            throw new org.springframework.security.access.AccessDeniedException("Only managers review attempts");
        }
        return attempts.findAllByOrderByStartedAtDesc().stream().map(AttemptSummary::of).toList();
    }

    private Attempt ownAttempt(long id) {
        return attempts.findById(id).filter(a -> a.getUsername().equals(currentUser.username()))
                .orElseThrow(() -> new AttemptNotFoundException(id));
    }

    private Attempt visibleAttempt(long id) {
        return attempts.findById(id)
                .filter(a -> a.getUsername().equals(currentUser.username()) || currentUser.canReviewOthers())
                .orElseThrow(() -> new AttemptNotFoundException(id));
    }

    private Scenario scenarioOf(Attempt attempt) {
        return catalog.find(attempt.getScenarioId()).map(e -> e.scenario()).orElseThrow(
                () -> new ScenarioUnavailableException(attempt.getScenarioTitle()));
    }

    private static Node currentNode(Attempt attempt, Scenario scenario) {
        String nodeId = Objects.requireNonNull(attempt.getCurrentNode());
        return scenario.node(nodeId).orElseThrow(() -> new ScenarioUnavailableException(attempt.getScenarioTitle()));
    }

    /**
     * Scores for every criterion any reply at this node could touch: what this reply earned and the best any
     * reply there earned, so the debrief can show what was missed as well as what was earned.
     */
    private static List<TurnScore> scores(Node node, Choice chosen) {
        var best = new EnumMap<Criterion, Integer>(Criterion.class);
        for (Choice c : node.choices()) {
            for (RubricEffect e : c.effects()) {
                best.merge(e.criterion(), Math.max(0, e.points()), Math::max);
            }
        }
        var result = new ArrayList<TurnScore>();
        var earned = new EnumMap<Criterion, RubricEffect>(Criterion.class);
        chosen.effects().forEach(e -> earned.put(e.criterion(), e));
        best.forEach((criterion, bestPoints) -> {
            RubricEffect e = earned.get(criterion);
            result.add(new TurnScore(criterion, e == null ? 0 : e.points(), bestPoints,
                    e == null ? null : e.feedback()));
        });
        result.sort(Comparator.comparing(TurnScore::getCriterion));
        return result;
    }

    private static ScoreSheet scoreSheet(Attempt attempt) {
        return ScoreSheet.of(attempt.getTurns().stream().flatMap(t -> t.getScores().stream())
                .map(s -> new ScoredPoint(s.getCriterion(), s.getPoints(), s.getBestPoints())).toList());
    }

}
