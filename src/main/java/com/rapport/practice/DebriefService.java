package com.rapport.practice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.scenario.Criterion;
import com.rapport.scoring.ScoreSheet;

/** The end-of-attempt report, for the trainee who played it or a reviewer of theirs. */
@Service
@Transactional(readOnly = true)
public class DebriefService {

    private final AttemptAccess access;
    private final DebriefNotes notes;

    DebriefService(AttemptAccess access, DebriefNotes notes) {
        this.access = access;
        this.notes = notes;
    }

    /** The debrief of an attempt, for its owner or a reviewer. */
    public Debrief debrief(long attemptId) {
        Attempt attempt = access.visible(attemptId);
        var replies = attempt.getTurns().stream().map(DebriefService::replyOf).toList();
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
}
