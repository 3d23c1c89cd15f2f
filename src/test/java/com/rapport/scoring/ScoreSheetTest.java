package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.rapport.scenario.Criterion;
import com.rapport.scenario.ScoredPoint;

class ScoreSheetTest {

    @Test
    void the_best_reply_at_every_turn_scores_one_hundred_percent() {
        var sheet = ScoreSheet.of(List.of(new ScoredPoint(Criterion.EMPATHY, 2, 2),
                new ScoredPoint(Criterion.HIPAA, 3, 3)));

        assertThat(sheet.percent()).isEqualTo(100);
        assertThat(sheet.passes(70)).isTrue();
    }

    @Test
    void a_criterion_scores_what_was_earned_against_what_could_have_been() {
        var sheet = ScoreSheet.of(List.of(new ScoredPoint(Criterion.EMPATHY, 2, 2),
                new ScoredPoint(Criterion.EMPATHY, 0, 2)));

        assertThat(sheet.criteria()).singleElement().satisfies(c -> {
            assertThat(c.earned()).isEqualTo(2);
            assertThat(c.possible()).isEqualTo(4);
            assertThat(c.percent()).isEqualTo(50);
        });
    }

    @Test
    void a_deduction_costs_the_overall_score_more_than_a_missed_point() {
        var missed = ScoreSheet.of(List.of(new ScoredPoint(Criterion.EMPATHY, 3, 3),
                new ScoredPoint(Criterion.HIPAA, 0, 3)));
        var breached = ScoreSheet.of(List.of(new ScoredPoint(Criterion.EMPATHY, 3, 3),
                new ScoredPoint(Criterion.HIPAA, -5, 3)));

        assertThat(missed.percent()).isEqualTo(50);
        assertThat(breached.percent()).isZero();
        assertThat(breached.passes(70)).isFalse();
    }
}
