package com.rapport.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.scenario.Choice;
import com.rapport.scenario.Conversation;
import com.rapport.scenario.Ending;
import com.rapport.scenario.FreeText;
import com.rapport.scenario.Node;
import com.rapport.scenario.Outcome;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scenario.Tier;
import com.rapport.scoring.Language;
import com.rapport.scoring.MomentScore;
import com.rapport.scoring.Redactor;
import com.rapport.scoring.ReplyContext;
import com.rapport.scoring.ScoringService;
import com.rapport.security.CurrentUser;
import com.rapport.security.Role;

/**
 * Playing a scenario: start or resume an attempt and answer by choosing or typing. The conversation engine
 * ({@link Conversation}) decides what is offered and where a reply leads; the scoring service scores it. Each
 * answer is committed as soon as it is made, so a crash loses at most the reply being sent. Only the owner of an
 * attempt plays it.
 */
@Service
@Transactional(readOnly = true)
public class PlayService {

    private static final String NOT_SCORED = "Your reply reads as %s. Rapport scores typed replies in English for now,"
            + " so this one was not scored or recorded: write it in English (and say how you would bring in an"
            + " interpreter, if the patient needs one).";

    private final AttemptRepository attempts;
    private final ScenarioLibrary library;
    private final ScoringService scoring;
    private final CurrentUser currentUser;
    private final AttemptAccess access;
    private final AttemptSheets sheets;
    private final ApplicationEventPublisher events;
    private final PracticeStats stats;
    private final Clock clock;
    private final TierGate tiers;

    PlayService(AttemptRepository attempts, ScenarioLibrary library, ScoringService scoring, CurrentUser currentUser,
            AttemptAccess access, AttemptSheets sheets, ApplicationEventPublisher events, PracticeStats stats,
            Clock clock, TierGate tiers) {
        this.tiers = tiers;
        this.attempts = attempts;
        this.library = library;
        this.scoring = scoring;
        this.currentUser = currentUser;
        this.access = access;
        this.sheets = sheets;
        this.events = events;
        this.stats = stats;
        this.clock = clock;
    }

    /**
     * Starts a new attempt at the version of the scenario in use and returns its id.
     *
     * @throws TierLockedException when the scenario's tier is not open to the user and this site refuses locked
     *         tiers ({@code rapport.progress.locked-tiers=enforce})
     */
    @Transactional
    public long start(String scenarioId) {
        var entry = library.find(scenarioId)
                .orElseThrow(() -> new IllegalArgumentException("No scenario " + scenarioId));
        requireOpen(tiers.access(), entry.scenario().tier());
        return begin(entry.scenario(), entry.version());
    }

    /** Which tiers are not open to the current user yet, and whether they are refused or only practice. */
    public TierAccess tierAccess() {
        return tiers.access();
    }

    /**
     * Whether an attempt of the user's own counts towards their tier: null when it does, else the tier to certify
     * first (the attempt is practice). Opening the conversation asks this first.
     *
     * @throws TierLockedException when its tier is locked and this site refuses locked tiers, unless it is over
     */
    public @Nullable Tier practiceUntil(long attemptId) {
        Attempt attempt = access.own(attemptId);
        TierAccess now = tiers.access();
        if (!attempt.isFinished()) {
            requireOpen(now, attempt.getTier());
        }
        return now.waitFor(attempt.getTier());
    }

    private static void requireOpen(TierAccess access, Tier tier) {
        if (access.refuses(tier)) {
            throw new TierLockedException(tier, java.util.Objects.requireNonNull(access.waitFor(tier)));
        }
    }

    /** A trainer's playtest of any valid version, in use or not. */
    @Transactional
    public long startVersion(String scenarioId, String version) {
        if (!currentUser.has(Role.TRAINER) && !currentUser.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only trainers and admins playtest other versions");
        }
        Scenario s = library.find(scenarioId, version)
                .orElseThrow(() -> new IllegalArgumentException("No valid version " + version + " of " + scenarioId));
        return begin(s, version);
    }

    private long begin(Scenario s, String version) {
        Conversation start = Conversation.begin(s);
        var attempt = new Attempt(access.username(), s.id(), version, s.title(), s.tier(), start.at(), start.mood(),
                s.effectivePassMark(), clock.instant());
        advance(attempt, s, start, clock.instant());
        stats.recount(attempt.getUsername(), attempt.getScenarioId());
        return Objects.requireNonNull(attempt.getId());
    }

    /** The conversation so far and the next options, for the owner of an attempt. */
    public PlayState play(long attemptId) {
        Attempt attempt = access.own(attemptId);
        Scenario scenario = sheets.scenarioOf(attempt);
        return PlayStates.of(attempt, scenario, clock.instant());
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
        Attempt attempt = access.unfinished(attemptId);
        requireSeen(attempt, seenTurns);
        Scenario scenario = sheets.scenarioOf(attempt);
        Node node = currentNode(attempt, scenario);
        Conversation now = AttemptSheets.conversation(attempt);
        Choice choice = now.offered(node).stream().filter(c -> c.id().equals(choiceId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("That reply is no longer available"));
        MomentScore moment = scoring.scoreChoice(node, choice);
        Instant at = clock.instant();
        var timing = Lateness.of(attempt, node, at);
        Conversation next = timing.apply(now.choose(choice, moment.scoredPoints()));
        if (moment.critical()) {
            attempt.recordCriticalViolation();
        }
        attempt.addTurn(new Turn(attempt, attempt.getTurns().size() + 1, attempt.getCurrentNode(),
                PlayStates.currentLine(attempt, node, scenario), choice.id(), choice.text(), now.mood(), next.mood(),
                timing.scores(TurnScore.of(moment)), at));
        advance(attempt, scenario, next, at);
        return play(attemptId);
    }

    /**
     * Scores a typed reply, records it with its evidence, and follows the intent it matched. When it matches no
     * intent the patient asks what the trainee means and the conversation stays where it was. Real-looking personal
     * identifiers in it are replaced by tags first (the returned state names them), so they are never scored or
     * kept.
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
        Attempt attempt = access.unfinished(attemptId);
        requireSeen(attempt, seenTurns);
        Scenario scenario = sheets.scenarioOf(attempt);
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
        Redactor.Result redaction = scoring.redact(reply, scenario);
        reply = redaction.text();
        Conversation now = AttemptSheets.conversation(attempt);
        var eligible = now.intents(free).stream().map(FreeText.Intent::id).collect(Collectors.toSet());
        var earlier = attempt.getTurns().stream().filter(t -> t.getKind() == Turn.Kind.TYPED).map(Turn::getReplyText)
                .toList();
        MomentScore moment = scoring.scoreTyped(reply, new ReplyContext(scenario, nodeId, attempt.getFlags(),
                eligible).after(earlier));
        if (moment.status() == MomentScore.Status.NOT_SCORED) {
            throw new ReplyRejectedException(NOT_SCORED.formatted(
                    Objects.requireNonNull(moment.reply()).language() == Language.SPANISH ? "Spanish" : "another language"));
        }
        var score = Objects.requireNonNull(moment.reply());
        FreeText.Intent intent = free.intents().stream().filter(i -> i.id().equals(score.intent())).findFirst()
                .orElse(null);
        Instant at = clock.instant();
        // a reply not understood keeps the moment (and its timer) open: lateness counts on the reply that moves on
        var timing = intent == null ? Lateness.NONE : Lateness.of(attempt, node, at);
        Conversation next = intent == null ? now.misunderstood(moment.moodReaction(), moment.scoredPoints())
                : timing.apply(now.type(intent, moment.moodReaction(), moment.scoredPoints()));
        attempt.addTurn(Turn.typed(attempt, attempt.getTurns().size() + 1, nodeId,
                PlayStates.currentLine(attempt, node, scenario), reply, now.mood(), next.mood(),
                timing.scores(TurnScore.of(moment)), score.intent(), score.confidence(), TurnEvidence.of(moment),
                at));
        if (moment.critical()) {
            attempt.recordCriticalViolation();
        }
        if (intent == null) {
            attempt.stayWith(free.fallback(), next.mood());
            store(attempt);
        } else {
            advance(attempt, scenario, next, at);
        }
        var tags = redaction.kinds().stream().map(Redactor.Kind::tag).distinct().toList();
        return play(attemptId).withRedacted(tags);
    }

    private static void requireSeen(Attempt attempt, int seenTurns) {
        if (seenTurns >= 0 && attempt.getTurns().size() != seenTurns) {
            throw new IllegalStateException("The conversation has moved on since this reply was written");
        }
    }

    /** Follows the engine to the next node that speaks, or finishes the attempt at an ending. */
    private void advance(Attempt attempt, Scenario scenario, Conversation moved, Instant at) {
        Conversation next;
        try {
            next = moved.settle(scenario);
        } catch (Conversation.StuckException e) {
            throw new ScenarioUnavailableException(attempt.getScenarioTitle());
        }
        attempt.continueAs(next, at);
        var ending = next.ending(scenario);
        if (ending.isEmpty()) {
            store(attempt);
            return;
        }
        Ending end = ending.get();
        if (end.outcome() == Outcome.PRIVACY_BREACH) {
            attempt.recordCriticalViolation();
        }
        attempt.finish(next.at(), end.outcome(), end.patient(), end.debrief(), end.models(), next.mood(),
                sheets.weighted(attempt).percent(), AttemptSheets.sheet(attempt).criteria(), at);
        store(attempt);
        stats.recount(attempt.getUsername(), attempt.getScenarioId());
        events.publishEvent(new AttemptFinished(Objects.requireNonNull(attempt.getId()), attempt.getUsername()));
    }

    /**
     * Writes the attempt and its new turn now. A new attempt is persisted; one read in this transaction is already
     * managed, so flushing writes it and cascades to the new turn, without the merge that would walk every turn.
     */
    private void store(Attempt attempt) {
        if (attempt.getId() == null) {
            attempts.saveAndFlush(attempt);
        } else {
            attempts.flush();
        }
    }

    private static Node currentNode(Attempt attempt, Scenario scenario) {
        String nodeId = Objects.requireNonNull(attempt.getCurrentNode());
        return scenario.node(nodeId).orElseThrow(() -> new ScenarioUnavailableException(attempt.getScenarioTitle()));
    }
}
