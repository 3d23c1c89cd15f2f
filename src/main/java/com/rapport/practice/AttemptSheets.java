package com.rapport.practice;

import java.util.List;

import org.springframework.stereotype.Component;

import com.rapport.scenario.Conversation;
import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioCatalog;
import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scenario.ScoredPoint;
import com.rapport.scoring.ScoreSheet;

/**
 * What an attempt has scored, counted from its stored replies, and the scenario version it is played on: the
 * pieces the play service and the debrief both read.
 */
@Component
class AttemptSheets {

    private final ScenarioLibrary library;

    AttemptSheets(ScenarioLibrary library) {
        this.library = library;
    }

    static List<ScoredPoint> points(Attempt attempt) {
        return attempt.getTurns().stream().flatMap(t -> t.getScores().stream())
                .map(s -> new ScoredPoint(s.getCriterion(), s.getPoints(), s.getBestPoints())).toList();
    }

    static ScoreSheet sheet(Attempt attempt) {
        return ScoreSheet.of(points(attempt));
    }

    /** The overall result, with the scenario's criterion weights when the scenario is still in the library. */
    ScoreSheet weighted(Attempt attempt) {
        var scoring = library.find(attempt.getScenarioId(), attempt.getScenarioVersion())
                .map(Scenario::scoringOrEmpty).orElse(null);
        return scoring == null ? sheet(attempt) : ScoreSheet.of(points(attempt), scoring::weight);
    }

    /** The exact version the attempt was started on, so a changed scenario never changes an attempt under way. */
    Scenario scenarioOf(Attempt attempt) {
        return library.find(attempt.getScenarioId(), attempt.getScenarioVersion())
                .or(() -> library.find(attempt.getScenarioId()).map(ScenarioCatalog.Entry::scenario))
                .orElseThrow(() -> new ScenarioUnavailableException(attempt.getScenarioTitle()));
    }

    /** An unfinished attempt's conversation, as the engine plays it on. */
    static Conversation conversation(Attempt attempt) {
        return Conversation.resume(java.util.Objects.requireNonNull(attempt.getCurrentNode()), attempt.getFlags(),
                attempt.getCounters(), attempt.getMood(), points(attempt));
    }
}
