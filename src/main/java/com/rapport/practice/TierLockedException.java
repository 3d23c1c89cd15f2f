package com.rapport.practice;

import com.rapport.scenario.Tier;

/** A trainee tried to play a tier that is not open to them, and this site refuses locked tiers. */
public class TierLockedException extends RuntimeException {

    private final Tier tier;
    private final Tier waitFor;

    public TierLockedException(Tier tier, Tier waitFor) {
        super("The " + tier.id() + " tier opens once " + waitFor.id() + " is certified");
        this.tier = tier;
        this.waitFor = waitFor;
    }

    public Tier tier() {
        return tier;
    }

    public Tier waitFor() {
        return waitFor;
    }
}
