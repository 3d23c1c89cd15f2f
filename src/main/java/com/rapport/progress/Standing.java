package com.rapport.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.rapport.practice.AttemptResult;
import com.rapport.scenario.Criterion;
import com.rapport.scenario.Tier;

/**
 * Where a trainee stands, computed from their finished attempts alone: which tiers are open and certified, what
 * is left to certify the current one, and a recency-weighted proficiency per criterion with its history. Pure.
 *
 * @param current the lowest open tier not yet certified (the highest tier once everything is certified)
 * @param tiers per tier, what has been done towards certifying it
 * @param proficiency per criterion, 0-100, each attempt counting {@code recencyWeight} and the past the rest
 * @param trend after each finished attempt, the proficiency per criterion so far
 */
public record Standing(Tier current, Set<Tier> opened, Set<Tier> certified, Map<Tier, TierStatus> tiers,
        Map<Criterion, Double> proficiency, List<TrendPoint> trend, int attempts, int passed, int critical,
        @Nullable Instant lastActivity) {

    /** Progress towards certifying one tier. */
    public record TierStatus(Tier tier, boolean open, boolean certified, int passedScenarios, int needed,
            int recentCritical, int window) {

        /** What is still missing, as numbers the page turns into words. */
        public int scenariosToGo() {
            return Math.max(0, needed - passedScenarios);
        }
    }

    /** The proficiency per criterion after one attempt. */
    public record TrendPoint(Instant at, long attemptId, Map<Criterion, Double> proficiency) {
    }

    /** The criterion with the lowest proficiency, if any has been scored. */
    public @Nullable Criterion weakest() {
        return proficiency.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Computes the standing.
     *
     * @param results finished attempts, in any order
     * @param manuallyOpened tiers a manager opened by hand
     * @param scenariosPerTier how many scenarios each tier has in the library (caps what certifying needs)
     */
    public static Standing of(Collection<AttemptResult> results, Set<Tier> manuallyOpened,
            Map<Tier, Integer> scenariosPerTier, ProgressRules rules) {
        var sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(AttemptResult::finishedAt).thenComparingLong(AttemptResult::id));

        var proficiency = new EnumMap<Criterion, Double>(Criterion.class);
        var trend = new ArrayList<TrendPoint>();
        int passed = 0;
        int critical = 0;
        for (AttemptResult r : sorted) {
            r.criteria().forEach((c, value) -> proficiency.merge(c, (double) value,
                    (old, now) -> old + rules.recencyWeight() * (now - old)));
            trend.add(new TrendPoint(r.finishedAt(), r.id(), Map.copyOf(proficiency)));
            passed += r.passed() ? 1 : 0;
            critical += r.criticalViolation() ? 1 : 0;
        }

        var opened = EnumSet.of(Tier.ENTRY);
        opened.addAll(manuallyOpened);
        var certified = EnumSet.noneOf(Tier.class);
        var statuses = new LinkedHashMap<Tier, TierStatus>();
        Tier[] tiers = Tier.values();
        for (int i = 0; i < tiers.length; i++) {
            Tier tier = tiers[i];
            var inTier = sorted.stream().filter(r -> r.tier() == tier).toList();
            Set<String> passedScenarios = new HashSet<>();
            inTier.stream().filter(AttemptResult::passed).forEach(r -> passedScenarios.add(r.scenarioId()));
            int available = scenariosPerTier.getOrDefault(tier, 0);
            int needed = Math.max(1, Math.min(rules.passesToCertify(), available == 0 ? rules.passesToCertify()
                    : available));
            var recent = inTier.subList(Math.max(0, inTier.size() - rules.recentWindow()), inTier.size());
            int recentCritical = (int) recent.stream().filter(AttemptResult::criticalViolation).count();
            boolean done = passedScenarios.size() >= needed && recentCritical == 0;
            if (done) {
                certified.add(tier);
                if (i + 1 < tiers.length) {
                    opened.add(tiers[i + 1]);
                }
            }
            statuses.put(tier, new TierStatus(tier, false, done, passedScenarios.size(), needed, recentCritical,
                    rules.recentWindow()));
        }
        statuses.replaceAll((tier, s) -> new TierStatus(tier, opened.contains(tier), s.certified(),
                s.passedScenarios(), s.needed(), s.recentCritical(), s.window()));
        Tier current = opened.stream().filter(t -> !certified.contains(t)).findFirst().orElse(tiers[tiers.length - 1]);
        Instant last = sorted.isEmpty() ? null : sorted.getLast().finishedAt();
        return new Standing(current, Set.copyOf(opened), Set.copyOf(certified), Map.copyOf(statuses),
                Map.copyOf(proficiency), List.copyOf(trend), sorted.size(), passed, critical, last);
    }
}
