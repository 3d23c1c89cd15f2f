package com.rapport.practice;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Tier;

/**
 * Which tiers are not open to a trainee yet, and whether that only labels their attempts there as practice or
 * refuses them. The progress feature decides it (see {@link TierGate}); practice and its views only read it.
 *
 * @param lockedUntil per tier not open yet, the tier that must be certified first
 * @param enforced whether a locked tier refuses to be played (otherwise it is played as practice)
 */
public record TierAccess(Map<Tier, Tier> lockedUntil, boolean enforced) {

    /** Every tier open: for a context with no progress to go by. */
    public static final TierAccess OPEN = new TierAccess(Map.of(), false);

    public TierAccess {
        lockedUntil = Map.copyOf(lockedUntil);
    }

    public boolean locked(Tier tier) {
        return lockedUntil.containsKey(tier);
    }

    /** The tier to certify before this one counts, or null when it is open. */
    public @Nullable Tier waitFor(Tier tier) {
        return lockedUntil.get(tier);
    }

    /** Whether an attempt in this tier is refused outright. */
    public boolean refuses(Tier tier) {
        return enforced && locked(tier);
    }

    /** Whether an attempt in this tier is played as practice that does not count. */
    public boolean practiceOnly(Tier tier) {
        return !enforced && locked(tier);
    }
}
