package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.rapport.scenario.Choice;
import com.rapport.scenario.RubricEffect;

/**
 * The shipped library's own good answers (choices that lose no point and win some) typed at their moments draw
 * no violation from the rubric, but for the few whose context the scorer cannot see: a trainer
 * must not be told their own answer breaks a rule.
 */
class LibraryAnswersTest {

    /**
     * Scenario, moment and criterion of the answers that need context the scorer does not have: a hand-off to a
     * counsellor, a call made with the patient's permission, words to a colleague, a verified caller. Each is scored
     * here as if to an unverified caller.
     */
    private static final Set<String> KNOWN = Set.of(
            "abusive-caller post-call hipaa",
            "coaching-after-hipaa-slip gossip hipaa",
            "crisis-self-harm-call counselor-joins hipaa",
            "domestic-violence-hint her-answer hipaa",
            "domestic-violence-hint after plain-language",
            "end-of-life-grief record-open hipaa",
            "fall-lawsuit-press closing ownership",
            "formal-grievance-deadline bill plain-language",
            "leaving-against-advice her-reason hipaa",
            "leaving-against-advice boss-call hipaa",
            "prior-authorisation-denial summit-letter plain-language",
            "unrecognised-charge closing plain-language");

    @Test
    void the_librarys_good_answers_draw_no_violation_but_the_known_few() {
        var found = new ArrayList<String>();
        int answers = 0;
        for (var entry : ScorerTest.CATALOG.all()) {
            var scenario = entry.scenario();
            for (var node : scenario.nodes().entrySet()) {
                for (Choice choice : node.getValue().choiceList()) {
                    if (good(choice)) {
                        answers++;
                        found.addAll(violations(scenario, node.getKey(), choice.text()));
                    }
                }
            }
        }
        assertThat(answers).isGreaterThan(200);
        assertThat(found).filteredOn(f -> !KNOWN.contains(where(f))).isEmpty();
        // a known one that no longer happens comes off the list
        assertThat(found.stream().map(LibraryAnswersTest::where).distinct())
                .containsExactlyInAnyOrderElementsOf(KNOWN);
    }

    /** The violations of an answer typed at its moment: "scenario moment criterion: words in answer". */
    private static List<String> violations(com.rapport.scenario.Scenario scenario, String moment, String text) {
        var score = ScorerTest.SCORER.score(text, new ReplyContext(scenario, moment, Map.of()));
        return score.violations().stream()
                .map(v -> scenario.id() + " " + moment + " " + v.criterion().id() + ": \"" + v.text() + "\" in \""
                        + text + "\"")
                .toList();
    }

    private static String where(String violation) {
        return violation.substring(0, violation.indexOf(':'));
    }

    private static boolean good(Choice choice) {
        List<RubricEffect> effects = choice.effects();
        return !effects.isEmpty() && effects.stream().allMatch(e -> e.points() >= 0) && choice.totalPoints() > 0;
    }
}
