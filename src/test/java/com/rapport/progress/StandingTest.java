package com.rapport.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.rapport.practice.AttemptResult;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Tier;

class StandingTest {

    private static final Map<Tier, Integer> LIBRARY = Map.of(Tier.ENTRY, 5, Tier.MID, 5, Tier.SENIOR, 5,
            Tier.MANAGER, 4);
    private final List<AttemptResult> results = new ArrayList<>();
    private long day = 0;

    private void attempt(String scenario, Tier tier, boolean passed, boolean critical, int hipaa) {
        day++;
        results.add(new AttemptResult(day, scenario, tier, Instant.parse("2026-10-01T10:00:00Z").plusSeconds(day * 86400),
                passed ? 85 : 40, passed && !critical, critical, Map.of(Criterion.HIPAA, hipaa, Criterion.EMPATHY, 80)));
    }

    private Standing standing() {
        return Standing.of(results, Set.of(), LIBRARY, ProgressRules.DEFAULT);
    }

    @Test
    void a_new_trainee_starts_in_entry_with_only_entry_open() {
        Standing s = standing();

        assertThat(s.current()).isEqualTo(Tier.ENTRY);
        assertThat(s.opened()).containsExactly(Tier.ENTRY);
        assertThat(s.tiers().get(Tier.ENTRY).scenariosToGo()).isEqualTo(3);
        assertThat(s.proficiency()).isEmpty();
    }

    @Test
    void passing_three_different_entry_scenarios_certifies_entry_and_opens_mid() {
        attempt("a", Tier.ENTRY, true, false, 80);
        attempt("a", Tier.ENTRY, true, false, 80);
        attempt("b", Tier.ENTRY, true, false, 80);

        assertThat(standing().certified()).isEmpty();
        assertThat(standing().tiers().get(Tier.ENTRY).scenariosToGo()).isEqualTo(1);

        attempt("c", Tier.ENTRY, true, false, 80);

        assertThat(standing().certified()).containsExactly(Tier.ENTRY);
        assertThat(standing().opened()).containsExactlyInAnyOrder(Tier.ENTRY, Tier.MID);
        assertThat(standing().current()).isEqualTo(Tier.MID);
    }

    @Test
    void a_critical_violation_in_the_most_recent_attempts_holds_certification_back_until_it_ages_out() {
        attempt("a", Tier.ENTRY, true, false, 80);
        attempt("b", Tier.ENTRY, true, false, 80);
        attempt("c", Tier.ENTRY, true, false, 80);
        attempt("d", Tier.ENTRY, false, true, 0);

        assertThat(standing().certified()).doesNotContain(Tier.ENTRY);
        assertThat(standing().tiers().get(Tier.ENTRY).recentCritical()).isEqualTo(1);

        attempt("a", Tier.ENTRY, true, false, 80);
        attempt("b", Tier.ENTRY, true, false, 80);
        attempt("c", Tier.ENTRY, true, false, 80);

        assertThat(standing().certified()).contains(Tier.ENTRY);
    }

    @Test
    void a_tier_a_manager_opened_is_open_without_certification() {
        Standing s = Standing.of(results, Set.of(Tier.SENIOR), LIBRARY, ProgressRules.DEFAULT);

        assertThat(s.opened()).containsExactlyInAnyOrder(Tier.ENTRY, Tier.SENIOR);
        assertThat(s.current()).isEqualTo(Tier.ENTRY);
    }

    @Test
    void proficiency_follows_recent_attempts_more_than_old_ones() {
        attempt("a", Tier.ENTRY, true, false, 90);
        attempt("a", Tier.ENTRY, true, false, 90);
        attempt("a", Tier.ENTRY, true, false, 90);
        attempt("b", Tier.ENTRY, false, false, 20);
        double afterOneBadReply = standing().proficiency().get(Criterion.HIPAA);
        double plainAverage = (90 + 90 + 90 + 20) / 4.0;

        assertThat(afterOneBadReply).isLessThan(plainAverage);

        attempt("b", Tier.ENTRY, true, false, 20);
        attempt("b", Tier.ENTRY, true, false, 20);

        assertThat(standing().proficiency().get(Criterion.HIPAA)).isLessThan(afterOneBadReply).isLessThan(40);
        assertThat(standing().weakest()).isEqualTo(Criterion.HIPAA);
        assertThat(standing().trend()).hasSize(6);
    }

    @Test
    void a_tier_with_fewer_scenarios_than_the_rule_needs_all_of_them() {
        Standing s = Standing.of(results, Set.of(), Map.of(Tier.ENTRY, 2), ProgressRules.DEFAULT);

        assertThat(s.tiers().get(Tier.ENTRY).needed()).isEqualTo(2);
    }

    @Test
    void attempts_in_a_tier_not_open_yet_are_practice_and_never_count_even_once_it_opens() {
        attempt("m1", Tier.MID, true, false, 10);
        attempt("m2", Tier.MID, true, false, 10);
        attempt("m3", Tier.MID, true, false, 10);

        assertThat(standing().certified()).isEmpty();
        assertThat(standing().practice()).isEqualTo(3);
        assertThat(standing().proficiency()).as("practice does not move proficiency").isEmpty();

        attempt("a", Tier.ENTRY, true, false, 80);
        attempt("b", Tier.ENTRY, true, false, 80);
        attempt("c", Tier.ENTRY, true, false, 80);

        assertThat(standing().certified()).containsExactly(Tier.ENTRY);
        assertThat(standing().opened()).contains(Tier.MID);
        assertThat(standing().tiers().get(Tier.MID).passedScenarios()).isZero();

        attempt("m1", Tier.MID, true, false, 80);

        assertThat(standing().tiers().get(Tier.MID).passedIds()).containsExactly("m1");
        assertThat(standing().practice()).isEqualTo(3);
        assertThat(standing().attempts()).isEqualTo(7);
    }

    @Test
    void a_tier_opened_by_hand_counts_from_the_moment_it_was_opened() {
        attempt("s1", Tier.SENIOR, true, false, 80);
        Instant opened = results.getLast().finishedAt().plusSeconds(60);
        attempt("s2", Tier.SENIOR, true, false, 80);

        Standing s = Standing.of(results, Map.of(Tier.SENIOR, opened), LIBRARY, ProgressRules.DEFAULT);

        assertThat(s.opened()).contains(Tier.SENIOR);
        assertThat(s.tiers().get(Tier.SENIOR).passedIds()).containsExactly("s2");
        assertThat(s.practice()).isEqualTo(1);
    }

    @Test
    void certification_records_when_it_was_reached_for_the_certificate() {
        attempt("a", Tier.ENTRY, true, false, 80);
        attempt("b", Tier.ENTRY, true, false, 80);
        attempt("c", Tier.ENTRY, true, false, 80);
        Instant third = results.getLast().finishedAt();
        attempt("a", Tier.ENTRY, true, false, 80);

        assertThat(standing().tiers().get(Tier.ENTRY).certifiedOn()).isEqualTo(third);
        assertThat(standing().tiers().get(Tier.MID).certifiedOn()).isNull();
    }
}
