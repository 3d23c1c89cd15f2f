package com.rapport.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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
 * <p>
 * An attempt counts only in a tier that was open when it finished: an attempt in a locked tier is practice (see
 * {@link ProgressRules#lockedTiers()}) and counts towards neither certification nor proficiency, not even once
 * the tier opens later. A tier opened stays open.
 *
 * @param current the lowest open tier not yet certified (the highest tier once everything is certified)
 * @param tiers per tier, what has been done towards certifying it
 * @param proficiency per criterion, 0-100, each attempt counting {@code recencyWeight} and the past the rest
 * @param trend after each counted attempt, the proficiency per criterion so far
 * @param attempts finished attempts, counted or not
 * @param practice finished attempts in a tier that was locked at the time, which did not count
 */
public record Standing(Tier current, Set<Tier> opened, Set<Tier> certified, Map<Tier, TierStatus> tiers,
        Map<Criterion, Double> proficiency, List<TrendPoint> trend, int attempts, int passed, int critical,
        @Nullable Instant lastActivity, int practice) {

    /**
     * Progress towards certifying one tier.
     *
     * @param passedIds the scenarios of the tier passed in counted attempts, in the order first passed
     * @param certifiedOn when the tier last became certified (null while it is not)
     */
    public record TierStatus(Tier tier, boolean open, boolean certified, int passedScenarios, int needed,
            int recentCritical, int window, List<String> passedIds, @Nullable Instant certifiedOn) {

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

    /** The tier that must be certified before this one opens by itself: the one below it (null for the first). */
    public static @Nullable Tier before(Tier tier) {
        return tier.ordinal() == 0 ? null : Tier.values()[tier.ordinal() - 1];
    }

    /** As {@link #of(Collection, Map, Map, ProgressRules)}, with the tiers opened by hand open from the start. */
    public static Standing of(Collection<AttemptResult> results, Set<Tier> manuallyOpened,
            Map<Tier, Integer> scenariosPerTier, ProgressRules rules) {
        var since = new EnumMap<Tier, Instant>(Tier.class);
        manuallyOpened.forEach(t -> since.put(t, Instant.MIN));
        return of(results, since, scenariosPerTier, rules);
    }

    /**
     * Computes the standing, attempt by attempt in the order they finished.
     *
     * @param results finished attempts, in any order
     * @param openedByHand tiers a manager opened by hand, with when
     * @param scenariosPerTier how many scenarios each tier has in the library (caps what certifying needs)
     */
    public static Standing of(Collection<AttemptResult> results, Map<Tier, Instant> openedByHand,
            Map<Tier, Integer> scenariosPerTier, ProgressRules rules) {
        var sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(AttemptResult::finishedAt).thenComparingLong(AttemptResult::id));
        var proficiency = new EnumMap<Criterion, Double>(Criterion.class);
        var trend = new ArrayList<TrendPoint>();
        var opened = EnumSet.of(Tier.ENTRY);
        var counted = new EnumMap<Tier, List<AttemptResult>>(Tier.class);
        var certifiedOn = new EnumMap<Tier, Instant>(Tier.class);
        int passed = 0;
        int critical = 0;
        for (AttemptResult r : sorted) {
            openedByHand.forEach((tier, at) -> {
                if (!at.isAfter(r.finishedAt())) {
                    opened.add(tier);
                }
            });
            if (!opened.contains(r.tier())) {
                continue;
            }
            r.criteria().forEach((c, value) -> proficiency.merge(c, (double) value,
                    (old, now) -> old + rules.recencyWeight() * (now - old)));
            trend.add(new TrendPoint(r.finishedAt(), r.id(), Map.copyOf(proficiency)));
            passed += r.passed() ? 1 : 0;
            critical += r.criticalViolation() ? 1 : 0;
            var inTier = counted.computeIfAbsent(r.tier(), t -> new ArrayList<>());
            inTier.add(r);
            if (certifies(inTier, needed(r.tier(), scenariosPerTier, rules), rules)) {
                certifiedOn.putIfAbsent(r.tier(), r.finishedAt());
                next(r.tier()).ifPresent(opened::add);
            } else {
                certifiedOn.remove(r.tier());
            }
        }
        openedByHand.keySet().forEach(opened::add);
        var statuses = new LinkedHashMap<Tier, TierStatus>();
        for (Tier tier : Tier.values()) {
            var inTier = counted.getOrDefault(tier, List.of());
            var recent = inTier.subList(Math.max(0, inTier.size() - rules.recentWindow()), inTier.size());
            var ids = passedIds(inTier);
            statuses.put(tier, new TierStatus(tier, opened.contains(tier), certifiedOn.containsKey(tier), ids.size(),
                    needed(tier, scenariosPerTier, rules),
                    (int) recent.stream().filter(AttemptResult::criticalViolation).count(), rules.recentWindow(),
                    ids, certifiedOn.get(tier)));
        }
        var certified = EnumSet.noneOf(Tier.class);
        certified.addAll(certifiedOn.keySet());
        Tier[] tiers = Tier.values();
        Tier current = opened.stream().filter(t -> !certified.contains(t)).findFirst().orElse(tiers[tiers.length - 1]);
        Instant last = sorted.isEmpty() ? null : sorted.getLast().finishedAt();
        return new Standing(current, Set.copyOf(opened), Set.copyOf(certified), Map.copyOf(statuses),
                Map.copyOf(proficiency), List.copyOf(trend), sorted.size(), passed, critical, last,
                sorted.size() - trend.size());
    }

    /** Enough different scenarios passed, and none of the most recent attempts a critical violation. */
    private static boolean certifies(List<AttemptResult> inTier, int needed, ProgressRules rules) {
        var recent = inTier.subList(Math.max(0, inTier.size() - rules.recentWindow()), inTier.size());
        return passedIds(inTier).size() >= needed && recent.stream().noneMatch(AttemptResult::criticalViolation);
    }

    private static List<String> passedIds(List<AttemptResult> inTier) {
        var ids = new LinkedHashSet<String>();
        inTier.stream().filter(AttemptResult::passed).forEach(r -> ids.add(r.scenarioId()));
        return List.copyOf(ids);
    }

    private static int needed(Tier tier, Map<Tier, Integer> scenariosPerTier, ProgressRules rules) {
        int available = scenariosPerTier.getOrDefault(tier, 0);
        return Math.max(1, Math.min(rules.passesToCertify(), available == 0 ? rules.passesToCertify() : available));
    }

    private static java.util.Optional<Tier> next(Tier tier) {
        Tier[] tiers = Tier.values();
        return tier.ordinal() + 1 < tiers.length ? java.util.Optional.of(tiers[tier.ordinal() + 1])
                : java.util.Optional.empty();
    }
}
