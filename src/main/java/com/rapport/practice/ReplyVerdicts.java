package com.rapport.practice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.scenario.Conversation;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Node;
import com.rapport.scenario.Persona;
import com.rapport.scenario.Scenario;
import com.rapport.scoring.Evaluation;
import com.rapport.scoring.ReplyContext;
import com.rapport.security.CurrentUser;
import com.rapport.security.Role;

/**
 * Typed replies as the scorer read them, for comparing with a trainer's labels: the text, the moment, whether the
 * caller was verified by then (replayed through the conversation engine), and per criterion the scorer's verdict
 * ("+" credit, "-" violation, "0" neither) from the evidence stored with the reply.
 */
@Service
@Transactional(readOnly = true)
public class ReplyVerdicts {

    /** One typed reply and the scorer's verdict on it. */
    public record ScoredReply(long attemptId, int seq, String scenarioId, String nodeId, boolean verified,
            String text, Map<Criterion, Character> verdict) {
    }

    /** Which reply: an attempt and the reply's number in it. */
    public record Key(long attemptId, int seq) {
    }

    private final AttemptRepository attempts;
    private final AttemptAccess access;
    private final AttemptSheets sheets;
    private final CurrentUser currentUser;

    ReplyVerdicts(AttemptRepository attempts, AttemptAccess access, AttemptSheets sheets, CurrentUser currentUser) {
        this.attempts = attempts;
        this.access = access;
        this.sheets = sheets;
        this.currentUser = currentUser;
    }

    /**
     * A typed reply of an attempt the current user reviews; "not found" for another's attempt, and refused for a
     * reply that was chosen rather than typed (the scorer did not read it).
     */
    public ScoredReply forReview(long attemptId, int seq) {
        Attempt attempt = access.reviewable(attemptId);
        return scored(attempt, seq);
    }

    /** Typed replies for the trainers' scorer-agreement page: trainers and admins only; missing ones are skipped. */
    public List<ScoredReply> forTrainers(Collection<Key> keys) {
        if (!currentUser.has(Role.TRAINER) && !currentUser.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only trainers and admins compare the scorer with labels");
        }
        var result = new ArrayList<ScoredReply>();
        for (Key key : keys) {
            attempts.findById(key.attemptId()).ifPresent(a -> {
                try {
                    result.add(scored(a, key.seq()));
                } catch (IllegalArgumentException | ScenarioUnavailableException e) {
                    // the reply is gone or its scenario version no longer loads: nothing to compare
                }
            });
        }
        return result;
    }

    private ScoredReply scored(Attempt attempt, int seq) {
        var turns = attempt.getTurns();
        if (seq < 1 || seq > turns.size() || turns.get(seq - 1).getKind() != Turn.Kind.TYPED) {
            throw new IllegalArgumentException("Reply " + seq + " of this attempt was not typed");
        }
        Turn turn = turns.get(seq - 1);
        var verdict = new EnumMap<Criterion, Character>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            boolean violation = turn.getEvidence().stream()
                    .anyMatch(e -> e.getCriterion() == c && e.getKind() == TurnEvidence.Kind.VIOLATION);
            boolean credit = turn.getEvidence().stream()
                    .anyMatch(e -> e.getCriterion() == c && e.getKind() == TurnEvidence.Kind.CREDIT);
            verdict.put(c, Evaluation.label(violation, credit));
        }
        return new ScoredReply(attempt.getId() == null ? 0 : attempt.getId(), seq, attempt.getScenarioId(),
                turn.getNodeId(), verifiedBefore(attempt, seq), turn.getReplyText(), verdict);
    }

    /** Whether, when reply {@code seq} was given, the caller's identity (and, for others, authority) was checked. */
    private boolean verifiedBefore(Attempt attempt, int seq) {
        Scenario scenario = sheets.scenarioOf(attempt);
        Conversation c = Conversation.begin(scenario);
        for (Turn t : attempt.getTurns().subList(0, seq - 1)) {
            Node node = scenario.nodes().get(t.getNodeId());
            if (node == null) {
                continue;
            }
            if (t.getKind() == Turn.Kind.CHOICE) {
                var choice = node.choiceList().stream().filter(x -> x.id().equals(t.getChoiceId())).findFirst();
                if (choice.isPresent()) {
                    c = c.choose(choice.get(), List.of());
                }
            } else if (t.getIntent() != null && node.freeText() != null) {
                var intent = node.freeText().intents().stream().filter(i -> i.id().equals(t.getIntent()))
                        .findFirst();
                if (intent.isPresent()) {
                    c = c.type(intent.get(), 0, List.of());
                }
            }
        }
        boolean identity = c.flags().contains(ReplyContext.IDENTITY_VERIFIED);
        return identity && (scenario.persona().role() == Persona.Role.PATIENT
                || c.flags().contains(ReplyContext.AUTHORISED));
    }
}
