package com.rapport.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.scenario.Choice;
import com.rapport.scenario.Condition;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Ending;
import com.rapport.scenario.FreeText;
import com.rapport.scenario.Mood;
import com.rapport.scenario.Node;
import com.rapport.scenario.RubricEffect;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioCatalog;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scoring.ReplyContext;
import com.rapport.scoring.ReplyScore;
import com.rapport.scoring.ScoreSheet;
import com.rapport.scoring.ScoredPoint;
import com.rapport.scoring.ScoringService;
import com.rapport.scoring.Severity;
import com.rapport.security.CurrentUser;
import com.rapport.team.TeamService;

/**
 * Playing scenarios: start or resume an attempt, answer by choosing or typing, and read the debrief. Each answer
 * is committed as soon as it is made, so a crash loses at most the reply being sent. Every method acts for the
 * logged-in user and refuses attempts that are not theirs (managers and admins may read, never play, others'
 * attempts).
 */
@Service
@Transactional(readOnly = true)
public class PracticeService {

    private static final int TOP_LEVEL = 4;
    /** A choice that loses this much on HIPAA is a critical violation, like a typed disclosure. */
    static final int CRITICAL_POINTS = -5;
    private static final int MOOD_LIMIT = 3;

    private final AttemptRepository attempts;
    private final ScenarioLibrary catalog;
    private final ScoringService scoring;
    private final CurrentUser currentUser;
    private final TeamService teams;
    private final CoachingCommentRepository comments;
    private final ScoreOverrideRepository overrides;
    private final ApplicationEventPublisher events;
    private final PracticeStats stats;
    private final Clock clock;

    PracticeService(AttemptRepository attempts, ScenarioLibrary catalog, ScoringService scoring,
            CurrentUser currentUser, TeamService teams, CoachingCommentRepository comments,
            ScoreOverrideRepository overrides, ApplicationEventPublisher events, PracticeStats stats, Clock clock) {
        this.attempts = attempts;
        this.catalog = catalog;
        this.scoring = scoring;
        this.currentUser = currentUser;
        this.teams = teams;
        this.comments = comments;
        this.overrides = overrides;
        this.events = events;
        this.stats = stats;
        this.clock = clock;
    }

    /**
     * This service acting at another time, for building believable demo histories. The copy is not a Spring
     * proxy: call it inside a transaction.
     */
    public PracticeService at(Clock otherClock) {
        return new PracticeService(attempts, catalog, scoring, currentUser, teams, comments, overrides, events, stats,
                otherClock);
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

    /** Starts a new attempt at the version of the scenario in use and returns its id. */
    @Transactional
    public long start(String scenarioId) {
        var entry = catalog.find(scenarioId)
                .orElseThrow(() -> new IllegalArgumentException("No scenario " + scenarioId));
        return begin(entry.scenario(), entry.version());
    }

    /** A trainer's playtest of any valid version, in use or not. */
    @Transactional
    public long startVersion(String scenarioId, String version) {
        if (!currentUser.has(com.rapport.security.Role.TRAINER) && !currentUser.has(com.rapport.security.Role.ADMIN)) {
            throw new AccessDeniedException("Only trainers and admins playtest other versions");
        }
        Scenario s = catalog.find(scenarioId, version)
                .orElseThrow(() -> new IllegalArgumentException("No valid version " + version + " of " + scenarioId));
        return begin(s, version);
    }

    private long begin(Scenario s, String version) {
        var attempt = new Attempt(currentUser.username(), s.id(), version, s.title(), s.tier(), s.start(),
                s.persona().mood(), s.effectivePassMark(), clock.instant());
        advance(attempt, s, s.start(), new Mood(s.persona().mood()), clock.instant());
        stats.recount(attempt.getUsername(), attempt.getScenarioId());
        return Objects.requireNonNull(attempt.getId());
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
        if (attempt.isFinished()) {
            if (attempt.getEndingLine() != null) {
                transcript.add(new PlayState.Line(PlayState.Speaker.PATIENT, attempt.getEndingLine(),
                        Objects.requireNonNull(attempt.getFinishedAt())));
            }
            return new PlayState(attemptId, attempt.getScenarioTitle(), scenario.persona(), transcript,
                    new Mood(attempt.getMood()), null, List.of(), null, true, debug(attempt, null, List.of()));
        }
        Node node = currentNode(attempt, scenario);
        transcript.add(new PlayState.Line(PlayState.Speaker.PATIENT, currentLine(attempt, node), clock.instant()));
        var state = conditionState(attempt);
        var options = node.choiceList().stream().filter(c -> holds(c.when(), state))
                .map(c -> new PlayState.Option(c.id(), c.text())).toList();
        var hidden = node.choiceList().stream().filter(c -> !holds(c.when(), state))
                .map(c -> c.id() + " (when " + c.when() + ")").toList();
        FreeText free = node.freeText();
        var typing = free == null ? null : new PlayState.Typing(free.prompt(), free.effectiveMaxLength());
        return new PlayState(attemptId, attempt.getScenarioTitle(), scenario.persona(), transcript,
                new Mood(attempt.getMood()), node.narrator(), options, typing, false,
                debug(attempt, attempt.getCurrentNode(), hidden));
    }

    /** Records the trainee's choice, moves the conversation on, and finishes the attempt at an ending. */
    @Transactional
    public PlayState answer(long attemptId, String choiceId) {
        return answer(attemptId, choiceId, -1);
    }

    /**
     * As {@link #answer(long, String)}, refused when the conversation has moved on since the trainee last saw it
     * ({@code seenTurns} replies; -1 to skip the check), as when the same attempt is open in two tabs.
     */
    @Transactional
    public PlayState answer(long attemptId, String choiceId, int seenTurns) {
        Attempt attempt = unfinished(attemptId);
        requireSeen(attempt, seenTurns);
        Scenario scenario = scenarioOf(attempt);
        Node node = currentNode(attempt, scenario);
        var state = conditionState(attempt);
        Choice choice = node.choiceList().stream().filter(c -> c.id().equals(choiceId) && holds(c.when(), state))
                .findFirst().orElseThrow(() -> new IllegalStateException("That reply is no longer available"));
        Mood before = new Mood(attempt.getMood());
        Mood after = before.plus(choice.moodChange());
        Instant now = clock.instant();
        if (choice.effects().stream().anyMatch(e -> e.criterion() == Criterion.HIPAA
                && e.points() <= CRITICAL_POINTS)) {
            attempt.recordCriticalViolation();
        }
        attempt.addTurn(new Turn(attempt, attempt.getTurns().size() + 1, attempt.getCurrentNode(),
                currentLine(attempt, node), choice.id(), choice.text(), before.value(), after.value(),
                choiceScores(node, choice), now));
        apply(attempt, choice.sets(), choice.adds());
        advance(attempt, scenario, choice.next(), after, now);
        return play(attemptId);
    }

    /**
     * Scores a typed reply, records it with its evidence, and follows the intent it matched. When it matches no
     * intent the patient asks what the trainee means and the conversation stays where it was.
     *
     * @throws ReplyRejectedException when the node takes no typed reply, or the reply is empty or too long
     */
    @Transactional
    public PlayState answerTyped(long attemptId, String text) {
        return answerTyped(attemptId, text, -1);
    }

    /** As {@link #answerTyped(long, String)}, refused when the conversation has moved on since it was seen. */
    @Transactional
    public PlayState answerTyped(long attemptId, String text, int seenTurns) {
        Attempt attempt = unfinished(attemptId);
        requireSeen(attempt, seenTurns);
        Scenario scenario = scenarioOf(attempt);
        String nodeId = Objects.requireNonNull(attempt.getCurrentNode());
        Node node = currentNode(attempt, scenario);
        FreeText free = node.freeText();
        String reply = text.strip();
        if (free == null) {
            throw new ReplyRejectedException("This moment takes one of the replies offered, not a typed one.");
        }
        if (reply.isEmpty()) {
            throw new ReplyRejectedException("Type a reply first.");
        }
        if (reply.length() > free.effectiveMaxLength()) {
            throw new ReplyRejectedException("Your reply is " + reply.length() + " characters; keep it to "
                    + free.effectiveMaxLength() + " or fewer, as you would on a real call.");
        }
        var state = conditionState(attempt);
        var eligible = free.intents().stream().filter(i -> holds(i.when(), state)).map(FreeText.Intent::id)
                .collect(java.util.stream.Collectors.toSet());
        ReplyScore score = scoring.score(reply, new ReplyContext(scenario, nodeId, attempt.getFlags(), eligible));
        FreeText.Intent intent = free.intents().stream().filter(i -> i.id().equals(score.intent())).findFirst()
                .orElse(null);
        Mood before = new Mood(attempt.getMood());
        int change = Math.clamp((intent == null ? 0 : intent.moodChange()) + moodFrom(score), -MOOD_LIMIT, MOOD_LIMIT);
        Mood after = before.plus(change);
        Instant now = clock.instant();
        attempt.addTurn(Turn.typed(attempt, attempt.getTurns().size() + 1, nodeId, currentLine(attempt, node), reply,
                before.value(), after.value(), typedScores(node, score), score.intent(), score.confidence(),
                evidence(score), now));
        if (score.hasCritical()) {
            attempt.recordCriticalViolation();
        }
        if (intent == null) {
            attempt.stayWith(free.fallback(), after.value());
            attempts.saveAndFlush(attempt);
        } else {
            apply(attempt, intent.sets(), intent.adds());
            advance(attempt, scenario, intent.next(), after, now);
        }
        return play(attemptId);
    }

    /** A reply's effects on the call's variables: flags it sets, amounts it adds to counters. */
    private static void apply(Attempt attempt, @Nullable Map<String, Boolean> sets, @Nullable Map<String, Integer> adds) {
        if (sets != null) {
            attempt.raise(sets);
        }
        if (adds != null) {
            attempt.add(adds);
        }
    }

    private static void requireSeen(Attempt attempt, int seenTurns) {
        if (seenTurns >= 0 && attempt.getTurns().size() != seenTurns) {
            throw new IllegalStateException("The conversation has moved on since this reply was written");
        }
    }

    private void advance(Attempt attempt, Scenario scenario, String target, Mood after, Instant now) {
        String next = followJumps(attempt, scenario, target, after);
        var ending = scenario.ending(next);
        if (ending.isPresent()) {
            Ending end = ending.get();
            if (end.outcome() == com.rapport.scenario.Outcome.PRIVACY_BREACH) {
                attempt.recordCriticalViolation();
            }
            attempt.finish(next, end.outcome(), end.patient(), end.debrief(), end.models(), after.value(),
                    weightedSheet(attempt).percent(), scoreSheet(attempt).criteria(), now);
            attempts.saveAndFlush(attempt);
            stats.recount(attempt.getUsername(), attempt.getScenarioId());
            events.publishEvent(new AttemptFinished(Objects.requireNonNull(attempt.getId()), attempt.getUsername()));
            return;
        } else {
            attempt.moveTo(next, after.value());
        }
        attempts.saveAndFlush(attempt);
    }

    private static PlayState.Debug debug(Attempt attempt, @Nullable String node, List<String> hidden) {
        var turns = attempt.getTurns();
        String lastStep = null;
        var evidence = new ArrayList<String>();
        if (!turns.isEmpty()) {
            Turn last = turns.getLast();
            String whereTo = attempt.isFinished() ? "ending '" + attempt.getEndingId() + "'" : "node '" + node + "'";
            if (last.getKind() == Turn.Kind.CHOICE) {
                lastStep = "At '" + last.getNodeId() + "' chose '" + last.getChoiceId() + "', which leads to " + whereTo;
            } else if (last.getIntent() == null) {
                lastStep = String.format(java.util.Locale.ROOT, "At '%s' the typed reply matched no intent "
                        + "(best confidence %.2f, below the threshold): the patient asked again", last.getNodeId(),
                        last.getConfidence() == null ? 0 : last.getConfidence());
            } else {
                lastStep = String.format(java.util.Locale.ROOT, "At '%s' the typed reply was taken as intent '%s' "
                        + "(confidence %.2f), which leads to %s", last.getNodeId(), last.getIntent(),
                        last.getConfidence() == null ? 0 : last.getConfidence(), whereTo);
            }
            for (TurnEvidence e : last.getEvidence()) {
                evidence.add((e.getKind() == TurnEvidence.Kind.CREDIT ? "+ " : "- ")
                        + e.getCriterion().id() + (e.getSeverity() == null ? "" : " (" + e.getSeverity().id() + ")")
                        + ": \"" + e.getText() + "\" [" + e.getSignal() + "] " + e.getReason());
            }
        }
        return new PlayState.Debug(node, attempt.getFlags(), attempt.getCounters(), attempt.getMood(), hidden,
                lastStep, evidence);
    }

    /** Follows automatic jumps from the target: the first branch whose condition holds, as often as needed. */
    private String followJumps(Attempt attempt, Scenario scenario, String target, Mood mood) {
        String next = target;
        for (int hops = 0; hops < scenario.nodes().size(); hops++) {
            Node node = scenario.nodes().get(next);
            if (node == null || !node.isJump()) {
                return next;
            }
            var state = conditionState(attempt, mood);
            next = node.jumpList().stream().filter(j -> holds(j.when(), state)).map(Node.Jump::next).findFirst()
                    .orElseThrow(() -> new ScenarioUnavailableException(attempt.getScenarioTitle()));
        }
        throw new ScenarioUnavailableException(attempt.getScenarioTitle());
    }

    private Condition.State conditionState(Attempt attempt) {
        return conditionState(attempt, new Mood(attempt.getMood()));
    }

    /** What conditions read: the attempt's flags and counters, the mood, and the running score per criterion. */
    private static Condition.State conditionState(Attempt attempt, Mood mood) {
        var flags = attempt.getFlags();
        var counters = attempt.getCounters();
        var sheet = scoreSheet(attempt);
        return new Condition.State() {
            @Override
            public boolean flag(String name) {
                return Boolean.TRUE.equals(flags.get(name));
            }

            @Override
            public int counter(String name) {
                return counters.getOrDefault(name, 0);
            }

            @Override
            public int mood() {
                return mood.value();
            }

            @Override
            public int score(Criterion criterion) {
                return sheet.criteria().stream().filter(c -> c.criterion() == criterion).findFirst()
                        .map(com.rapport.scoring.CriterionScore::percent).orElse(100);
            }
        };
    }

    private final com.rapport.scenario.Conditions conditions = new com.rapport.scenario.Conditions();

    /** Whether a choice's, intent's or jump's condition holds; no condition always holds. */
    private boolean holds(@Nullable String when, Condition.State state) {
        return conditions.holds(when, state);
    }

    /** The debrief of an attempt, for its owner or a reviewer. */
    public Debrief debrief(long attemptId) {
        Attempt attempt = visibleAttempt(attemptId);
        var replies = attempt.getTurns().stream().map(PracticeService::replyOf).toList();
        ScoreSheet sheet = scoreSheet(attempt);
        Integer effective = attempt.getEffectiveScore();
        int overall = effective != null ? effective : sheet.percent();
        var notes = comments.findByAttemptIdOrderByCreatedAt(attemptId).stream()
                .map(c -> new Debrief.Comment(c.getTurnSeq(), c.getAuthor(), c.getBody(), c.getCreatedAt())).toList();
        var corrections = overrides.findByAttemptIdOrderByOverriddenAt(attemptId).stream()
                .map(o -> new Debrief.Correction(o.getCriterion(), o.getOriginal(), o.getNewValue(), o.getReason(),
                        o.getOverriddenBy(), o.getOverriddenAt())).toList();
        var reviewed = new EnumMap<Criterion, Integer>(Criterion.class);
        attempt.getCriterionResults().forEach(r -> {
            if (r.getReviewedPercent() != null) {
                reviewed.put(r.getCriterion(), r.getReviewedPercent());
            }
        });
        var path = new ArrayList<String>();
        attempt.getTurns().forEach(t -> {
            if (path.isEmpty() || !path.getLast().equals(t.getNodeId())) {
                path.add(t.getNodeId());
            }
        });
        if (attempt.getEndingId() != null) {
            path.add(attempt.getEndingId());
        } else if (attempt.getCurrentNode() != null
                && (path.isEmpty() || !path.getLast().equals(attempt.getCurrentNode()))) {
            path.add(attempt.getCurrentNode());
        }
        return new Debrief(attemptId, attempt.getUsername(), attempt.getScenarioId(), attempt.getScenarioVersion(),
                attempt.getScenarioTitle(), attempt.getTier(),
                attempt.getStartedAt(), attempt.getFinishedAt(), attempt.getOutcome(), attempt.getEndingLine(),
                attempt.getEndingDebrief(), overall, attempt.getScorePercent(), attempt.getPassMark(),
                attempt.hasCriticalViolation(), sheet.criteria(), reviewed, replies, attempt.getEndingModels(), notes,
                corrections, List.copyOf(path), mayReview(attempt));
    }

    private boolean mayReview(Attempt attempt) {
        return !attempt.getUsername().equals(currentUser.username()) && teams.canReview(attempt.getUsername());
    }

    /**
     * Adds a coaching comment to an attempt, on the whole attempt or one reply ({@code turnSeq}); the trainee sees
     * it in their debrief. Only the trainee's manager (or an admin) may comment.
     */
    @Transactional
    public void addComment(long attemptId, @Nullable Integer turnSeq, String body) {
        Attempt attempt = reviewable(attemptId);
        String text = body.strip();
        if (text.isEmpty()) {
            throw new ReplyRejectedException("Write the comment first.");
        }
        if (text.length() > 4000) {
            throw new ReplyRejectedException("Keep a comment to 4,000 characters or fewer; it is " + text.length()
                    + ".");
        }
        if (turnSeq != null && (turnSeq < 1 || turnSeq > attempt.getTurns().size())) {
            throw new IllegalArgumentException("This attempt has no reply " + turnSeq);
        }
        comments.save(new CoachingComment(attemptId, turnSeq, currentUser.username(), text, clock.instant()));
    }

    /**
     * Corrects a finished attempt's overall score ({@code criterion} null) or one criterion's result, with a
     * reason that is required. The original stays, and the change goes to the audit log with who and when.
     */
    @Transactional
    public void overrideScore(long attemptId, @Nullable Criterion criterion, int newValue, String reason) {
        Attempt attempt = reviewable(attemptId);
        if (!attempt.isFinished()) {
            throw new IllegalStateException("Only a finished attempt's score can be corrected");
        }
        if (reason.isBlank()) {
            throw new ReplyRejectedException("Give the reason for the change; the trainee and the audit log see it.");
        }
        if (newValue < 0 || newValue > 100) {
            throw new ReplyRejectedException("A score is a percentage from 0 to 100.");
        }
        int original;
        if (criterion == null) {
            original = Objects.requireNonNull(attempt.getEffectiveScore());
            attempt.review(newValue);
        } else {
            original = attempt.getCriterionResults().stream().filter(r -> r.getCriterion() == criterion)
                    .findFirst().map(CriterionResult::effective)
                    .orElseThrow(() -> new IllegalArgumentException("This attempt has no " + criterion.id()
                            + " score to correct"));
            attempt.reviewCriterion(criterion, newValue);
        }
        overrides.save(new ScoreOverride(attemptId, criterion, original, newValue, reason.strip(),
                currentUser.username(), clock.instant()));
        attempts.saveAndFlush(attempt);
        stats.recount(attempt.getUsername(), attempt.getScenarioId());
        events.publishEvent(new AttemptFinished(attemptId, attempt.getUsername()));
    }

    private Attempt reviewable(long attemptId) {
        Attempt attempt = attempts.findById(attemptId).orElseThrow(() -> new AttemptNotFoundException(attemptId));
        if (!mayReview(attempt)) {
            // the same answer as for an attempt that does not exist, so ids cannot be probed
            throw new AttemptNotFoundException(attemptId);
        }
        return attempt;
    }

    /**
     * A trainee's finished attempts, oldest first, with their results as they count (reviewers' corrections
     * applied): for the trainee themself or a reviewer of theirs.
     */
    public List<AttemptResult> finishedAttemptsOf(String username) {
        if (!username.equals(currentUser.username()) && !teams.canReview(username)) {
            throw new AccessDeniedException("Not your trainee");
        }
        return attempts.findByUsernameAndFinishedAtIsNotNullOrderByFinishedAt(username).stream()
                .map(AttemptResult::of).toList();
    }

    private static Debrief.Reply replyOf(Turn t) {
        var points = t.getScores().stream()
                .map(s -> new Debrief.Point(s.getCriterion(), s.getPoints(), s.getBestPoints(), s.getFeedback()))
                .toList();
        var marks = t.getKind() == Turn.Kind.CHOICE ? List.<Debrief.Mark>of() : t.getEvidence().stream()
                .map(e -> new Debrief.Mark(e.getCriterion(), e.getKind() == TurnEvidence.Kind.CREDIT,
                        e.getSeverity(), e.getStart(), e.getEnd(), e.getText(), e.getSignal(), e.getReason()))
                .toList();
        return new Debrief.Reply(t.getSeq(), t.getPatientLine(), t.getReplyText(), t.getKind() == Turn.Kind.TYPED,
                t.getIntent(), t.getConfidence() == null ? 0 : t.getConfidence(), t.getMoodBefore(),
                t.getMoodAfter(), points, marks);
    }

    /** The current user's attempts, newest first. */
    public List<AttemptSummary> myAttempts() {
        return attempts.findByUsernameOrderByStartedAtDesc(currentUser.username()).stream()
                .map(AttemptSummary::of).toList();
    }

    /** How many attempts each scenario has had, for the trainers' library. */
    public Map<String, Long> attemptCountsByScenario() {
        var counts = new HashMap<String, Long>();
        attempts.countByScenario().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** One trainee's attempts, newest first, for their manager or an admin. */
    public List<AttemptSummary> attemptsOf(String username) {
        if (!teams.canReview(username)) {
            throw new AccessDeniedException("Not your trainee");
        }
        return attempts.findByUsernameOrderByStartedAtDesc(username).stream().map(AttemptSummary::of).toList();
    }

    private Attempt ownAttempt(long id) {
        return attempts.findById(id).filter(a -> a.getUsername().equals(currentUser.username()))
                .orElseThrow(() -> new AttemptNotFoundException(id));
    }

    private Attempt unfinished(long id) {
        Attempt attempt = ownAttempt(id);
        if (attempt.isFinished()) {
            throw new IllegalStateException("This attempt has already ended");
        }
        return attempt;
    }

    private Attempt visibleAttempt(long id) {
        return attempts.findById(id)
                .filter(a -> a.getUsername().equals(currentUser.username()) || teams.canReview(a.getUsername()))
                .orElseThrow(() -> new AttemptNotFoundException(id));
    }

    /** The exact version the attempt was started on, so a changed scenario never changes an attempt under way. */
    private Scenario scenarioOf(Attempt attempt) {
        return catalog.find(attempt.getScenarioId(), attempt.getScenarioVersion())
                .or(() -> catalog.find(attempt.getScenarioId()).map(ScenarioCatalog.Entry::scenario))
                .orElseThrow(() -> new ScenarioUnavailableException(attempt.getScenarioTitle()));
    }

    private static Node currentNode(Attempt attempt, Scenario scenario) {
        String nodeId = Objects.requireNonNull(attempt.getCurrentNode());
        return scenario.node(nodeId).orElseThrow(() -> new ScenarioUnavailableException(attempt.getScenarioTitle()));
    }

    private static String currentLine(Attempt attempt, Node node) {
        return attempt.getPendingLine() != null ? attempt.getPendingLine() : node.lineFor(new Mood(attempt.getMood()));
    }

    /** The patient reacts to how the reply was said: warmer for empathy, colder for each violation. */
    private static int moodFrom(ReplyScore score) {
        int change = score.criteria().get(Criterion.EMPATHY).evidence().isEmpty() ? 0 : 1;
        for (ReplyScore.Violation v : score.violations()) {
            change -= v.severity() == Severity.CRITICAL ? 2 : v.severity() == Severity.MAJOR ? 1 : 0;
        }
        return change;
    }

    /**
     * Scores for every criterion any reply at this node could touch: what this reply earned and the best any
     * reply there earned, so the debrief can show what was missed as well as what was earned.
     */
    private static List<TurnScore> choiceScores(Node node, Choice chosen) {
        var best = new EnumMap<Criterion, Integer>(Criterion.class);
        for (Choice c : node.choiceList()) {
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

    /**
     * A typed reply scores on the criteria the node's choices score and on any criterion the reply touched: what
     * its evidence and violations moved the level from the rubric's baseline, out of what a level of 4 would have
     * earned. Nothing is deducted without a violation to point at.
     */
    private List<TurnScore> typedScores(Node node, ReplyScore score) {
        Set<Criterion> relevant = EnumSet.noneOf(Criterion.class);
        node.choiceList().forEach(c -> c.effects().forEach(e -> relevant.add(e.criterion())));
        score.criteria().forEach((c, r) -> {
            if (!r.evidence().isEmpty()) {
                relevant.add(c);
            }
        });
        score.violations().forEach(v -> relevant.add(v.criterion()));
        var result = new ArrayList<TurnScore>();
        for (Criterion c : relevant) {
            int baseline = scoring.baseline(c);
            result.add(new TurnScore(c, score.level(c) - baseline, TOP_LEVEL - baseline, summary(c, score)));
        }
        return result;
    }

    private static @Nullable String summary(Criterion criterion, ReplyScore score) {
        var reasons = new ArrayList<String>();
        score.criteria().get(criterion).evidence().forEach(e -> reasons.add("\"" + e.text() + "\": " + e.reason()));
        score.violations().stream().filter(v -> v.criterion() == criterion)
                .forEach(v -> reasons.add("\"" + v.text() + "\": " + v.reason()));
        String joined = String.join(" ", reasons);
        return reasons.isEmpty() ? null : joined.length() <= 2000 ? joined : joined.substring(0, 1997) + "...";
    }

    private static List<TurnEvidence> evidence(ReplyScore score) {
        var list = new ArrayList<TurnEvidence>();
        score.criteria().forEach((c, r) -> r.evidence().forEach(e -> list.add(new TurnEvidence(c,
                TurnEvidence.Kind.CREDIT, null, e.start(), e.end(), e.text(), e.signal(), e.reason()))));
        score.violations().forEach(v -> list.add(new TurnEvidence(v.criterion(), TurnEvidence.Kind.VIOLATION,
                v.severity(), v.start(), v.end(), v.text(), v.signal(), v.reason())));
        list.sort(Comparator.comparingInt(TurnEvidence::getStart));
        return list;
    }

    private static List<ScoredPoint> points(Attempt attempt) {
        return attempt.getTurns().stream().flatMap(t -> t.getScores().stream())
                .map(s -> new ScoredPoint(s.getCriterion(), s.getPoints(), s.getBestPoints())).toList();
    }

    private static ScoreSheet scoreSheet(Attempt attempt) {
        return ScoreSheet.of(points(attempt));
    }

    /** The overall result, with the scenario's criterion weights when the scenario is still in the library. */
    private ScoreSheet weightedSheet(Attempt attempt) {
        var scoring = catalog.find(attempt.getScenarioId(), attempt.getScenarioVersion())
                .map(Scenario::scoringOrEmpty).orElse(null);
        return scoring == null ? scoreSheet(attempt) : ScoreSheet.of(points(attempt), scoring::weight);
    }

}
