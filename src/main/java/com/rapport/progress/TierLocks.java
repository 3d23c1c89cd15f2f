package com.rapport.progress;

import java.util.EnumMap;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.practice.TierAccess;
import com.rapport.practice.TierGate;
import com.rapport.scenario.Tier;
import com.rapport.security.CurrentUser;
import com.rapport.security.Role;

/**
 * The one place that says whether a tier counts for a trainee yet: a tier opens when the one below it is
 * certified (or a manager opens it); until then, per {@code rapport.progress.locked-tiers}, the trainee may play
 * it as practice that does not count ({@code label}) or not at all ({@code enforce}). Trainers and admins, who
 * playtest every tier, are never refused.
 */
@Service
@Transactional(readOnly = true)
class TierLocks implements TierGate {

    private final ProgressService progress;
    private final ProgressRules rules;
    private final CurrentUser currentUser;

    TierLocks(ProgressService progress, ProgressRules rules, CurrentUser currentUser) {
        this.progress = progress;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    @Override
    public TierAccess access() {
        Standing standing = progress.standingOf(currentUser.username());
        var locked = new EnumMap<Tier, Tier>(Tier.class);
        for (Tier tier : Tier.values()) {
            if (!standing.opened().contains(tier)) {
                locked.put(tier, Objects.requireNonNull(Standing.before(tier)));
            }
        }
        boolean playtester = currentUser.has(Role.TRAINER) || currentUser.has(Role.ADMIN);
        return new TierAccess(locked, rules.lockedTiers() == ProgressRules.LockedTiers.ENFORCE && !playtester);
    }
}
