package com.rapport.practice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.scenario.Choice;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.FreeText;
import com.rapport.scenario.Node;
import com.rapport.scenario.Scenario;
import com.rapport.scoring.ScoreSheet;

/** The end-of-attempt report, for the trainee who played it or a reviewer of theirs. */
@Service
@Transactional(readOnly = true)
public class DebriefService {

    private final AttemptAccess access;
    private final DebriefNotes notes;

    private final AttemptSheets sheets;

    DebriefService(AttemptAccess access, DebriefNotes notes, AttemptSheets sheets) {
        this.access = access;
        this.notes = notes;
        this.sheets = sheets;
    }

    /** The version the attempt was played on, if it can still be read (to put intents in the scenario's words). */
    private @Nullable Scenario scenarioOf(Attempt attempt) {
        try {
            return sheets.scenarioOf(attempt);
        } catch (ScenarioUnavailableException e) {
            return null;
        }
    }

    /** The debrief of an attempt, for its owner or a reviewer. */
    public Debrief debrief(long attemptId) {
        Attempt attempt = access.visible(attemptId);
        Scenario scenario = scenarioOf(attempt);
        var replies = attempt.getTurns().stream().map(t -> replyOf(t, scenario)).toList();
        ScoreSheet sheet = AttemptSheets.sheet(attempt);
        Integer effective = attempt.getEffectiveScore();
        int overall = effective != null ? effective : sheet.percent();
        var reviewed = new EnumMap<Criterion, Integer>(Criterion.class);
        attempt.getCriterionResults().forEach(r -> {
            if (r.getReviewedPercent() != null) {
                reviewed.put(r.getCriterion(), r.getReviewedPercent());
            }
        });
        return new Debrief(attemptId, attempt.getUsername(), attempt.getScenarioId(), attempt.getScenarioVersion(),
                attempt.getScenarioTitle(), attempt.getTier(),
                attempt.getStartedAt(), attempt.getFinishedAt(), attempt.getOutcome(), attempt.getEndingLine(),
                attempt.getEndingDebrief(), overall, attempt.getScorePercent(), attempt.getPassMark(),
                attempt.hasCriticalViolation(), sheet.criteria(), reviewed, replies, attempt.getEndingModels(),
                notes.comments(attemptId), notes.corrections(attemptId), path(attempt), access.mayReview(attempt));
    }

    /** The nodes the attempt passed through, each once in a row, and its ending or where it stands. */
    private static List<String> path(Attempt attempt) {
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
        return List.copyOf(path);
    }

    /**
     * What a typed reply was read as, in the scenario's words: the text of the moment's choice with the intent's id
     * (intents usually mirror the choices), else the intent's first example.
     */
    static @Nullable String readAs(Turn t, @Nullable Scenario scenario) {
        String intent = t.getIntent();
        if (intent == null || scenario == null) {
            return null;
        }
        Node node = scenario.node(t.getNodeId()).orElse(null);
        if (node == null) {
            return null;
        }
        for (Choice c : node.choiceList()) {
            if (c.id().equals(intent)) {
                return c.text();
            }
        }
        FreeText free = node.freeText();
        if (free == null) {
            return null;
        }
        return free.intents().stream().filter(i -> i.id().equals(intent) && !i.examples().isEmpty())
                .map(i -> i.examples().getFirst()).findFirst().orElse(null);
    }

    private static Debrief.Reply replyOf(Turn t, @Nullable Scenario scenario) {
        var points = t.getScores().stream()
                .map(s -> new Debrief.Point(s.getCriterion(), s.getPoints(), s.getBestPoints(), s.getFeedback()))
                .toList();
        var marks = t.getKind() == Turn.Kind.CHOICE ? List.<Debrief.Mark>of() : t.getEvidence().stream()
                .map(e -> new Debrief.Mark(e.getCriterion(), e.getKind() == TurnEvidence.Kind.CREDIT,
                        e.getSeverity(), e.getStart(), e.getEnd(), e.getText(), e.getSignal(), e.getReason()))
                .toList();
        return new Debrief.Reply(t.getSeq(), t.getPatientLine(), t.getReplyText(), t.getKind() == Turn.Kind.TYPED,
                t.getIntent(), t.getConfidence() == null ? 0 : t.getConfidence(), readAs(t, scenario), t.getMoodBefore(),
                t.getMoodAfter(), points, marks);
    }
}
