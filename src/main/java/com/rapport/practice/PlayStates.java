package com.rapport.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Choice;
import com.rapport.scenario.Conversation;
import com.rapport.scenario.FreeText;
import com.rapport.scenario.Mood;
import com.rapport.scenario.Node;
import com.rapport.scenario.ReplyTimer;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.Transcripts;
import com.rapport.scenario.Voice;

/** Builds what the trainee sees of an attempt, and the trainer's playtest panel beside it. */
final class PlayStates {

    private PlayStates() {
    }

    static PlayState of(Attempt attempt, Scenario scenario, Instant now) {
        long attemptId = Objects.requireNonNull(attempt.getId());
        var transcript = new ArrayList<PlayState.Line>();
        for (Turn turn : attempt.getTurns()) {
            addSaid(transcript, scenario, turn.getPatientLine(), turn.getCreatedAt());
            transcript.add(new PlayState.Line(PlayState.Speaker.TRAINEE, turn.getReplyText(), turn.getCreatedAt()));
        }
        if (attempt.isFinished()) {
            if (attempt.getEndingLine() != null) {
                addSaid(transcript, scenario, attempt.getEndingLine(), Objects.requireNonNull(attempt.getFinishedAt()));
            }
            return new PlayState(attemptId, attempt.getScenarioTitle(), scenario.persona(), transcript,
                    new Mood(attempt.getMood()), null, List.of(), null, true, debug(attempt, null, List.of()));
        }
        String nodeId = Objects.requireNonNull(attempt.getCurrentNode());
        Node node = scenario.node(nodeId)
                .orElseThrow(() -> new ScenarioUnavailableException(attempt.getScenarioTitle()));
        addSaid(transcript, scenario, currentLine(attempt, node, scenario), now);
        Conversation conversation = AttemptSheets.conversation(attempt);
        var options = shuffled(conversation.offered(node), attemptId, nodeId).stream()
                .map(c -> new PlayState.Option(c.id(), c.text())).toList();
        var hidden = conversation.hidden(node).stream().map(c -> c.id() + " (when " + c.when() + ")").toList();
        FreeText free = node.freeText();
        var typing = free == null ? null : new PlayState.Typing(free.prompt(), free.effectiveMaxLength());
        ReplyTimer timer = node.replyTimer();
        var clock = timer == null ? null : new PlayState.Timer(timer.seconds(), Math.max(0, timer.seconds()
                - Duration.between(attempt.getMomentShownAt(), now).toSeconds()));
        return new PlayState(attemptId, attempt.getScenarioTitle(), scenario.persona(), transcript,
                new Mood(attempt.getMood()), node.narrator(), options, typing, false,
                debug(attempt, nodeId, hidden), List.of(), clock);
    }

    /** What was said at one moment, a line per voice, named when the scene has more than one. */
    private static void addSaid(List<PlayState.Line> transcript, Scenario scenario, String stored, Instant at) {
        for (Voice voice : Transcripts.read(scenario, stored)) {
            transcript.add(new PlayState.Line(PlayState.Speaker.PATIENT, voice.text(), at,
                    scenario.hasSeveralVoices() ? voice.name() : null));
        }
    }

    /**
     * The offered choices in an order shuffled per attempt and moment, so that neither a position nor a habit gives
     * the best reply away; the same order every time the attempt is shown, so a resumed attempt looks as it did.
     */
    static List<Choice> shuffled(List<Choice> offered, long attemptId, String nodeId) {
        var order = new ArrayList<>(offered);
        Collections.shuffle(order, new Random(attemptId * 0x9E3779B97F4A7C15L ^ nodeId.hashCode()));
        return order;
    }

    /**
     * What is said now, as a turn stores it: the node's lines for the mood (every voice, named when the scene has
     * more than one), or what the patient asked after a reply not understood.
     */
    static String currentLine(Attempt attempt, Node node, Scenario scenario) {
        String pending = attempt.getPendingLine();
        var voices = pending != null
                ? List.of(scenario.said(pending))
                : scenario.voicesAt(node, new Mood(attempt.getMood()));
        return Transcripts.stored(scenario, voices);
    }

    private static PlayState.Debug debug(Attempt attempt, @Nullable String node, List<String> hidden) {
        var turns = attempt.getTurns();
        String lastStep = null;
        var evidence = new ArrayList<String>();
        if (!turns.isEmpty()) {
            Turn last = turns.getLast();
            String whereTo = attempt.isFinished() ? "ending '" + attempt.getEndingId() + "'" : "node '" + node + "'";
            double confidence = last.getConfidence() == null ? 0 : last.getConfidence();
            if (last.getKind() == Turn.Kind.CHOICE) {
                lastStep = "At '" + last.getNodeId() + "' chose '" + last.getChoiceId() + "', which leads to " + whereTo;
            } else if (last.getIntent() == null) {
                lastStep = String.format(Locale.ROOT, "At '%s' the typed reply matched no intent "
                        + "(best confidence %.2f, below the threshold): the patient asked again", last.getNodeId(),
                        confidence);
            } else {
                lastStep = String.format(Locale.ROOT, "At '%s' the typed reply was taken as intent '%s' "
                        + "(confidence %.2f), which leads to %s", last.getNodeId(), last.getIntent(), confidence,
                        whereTo);
            }
            // only a typed reply has evidence: a chosen one does not read its (empty) list
            for (TurnEvidence e : last.getKind() == Turn.Kind.TYPED ? last.getEvidence() : List.<TurnEvidence>of()) {
                evidence.add((e.getKind() == TurnEvidence.Kind.CREDIT ? "+ " : "- ")
                        + e.getCriterion().id() + (e.getSeverity() == null ? "" : " (" + e.getSeverity().id() + ")")
                        + ": \"" + e.getText() + "\" [" + e.getSignal() + "] " + e.getReason());
            }
        }
        return new PlayState.Debug(node, attempt.getFlags(), attempt.getCounters(), attempt.getMood(), hidden,
                lastStep, evidence);
    }
}
