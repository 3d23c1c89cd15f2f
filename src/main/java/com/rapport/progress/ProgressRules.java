package com.rapport.progress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a tier is certified and how proficiency weighs recent attempts.
 *
 * @param passesToCertify distinct scenarios of a tier a trainee must pass (capped at how many the tier has)
 * @param recentWindow the most recent attempts in a tier that must be free of critical violations
 * @param recencyWeight weight of the newest attempt in a criterion's proficiency (0-1); older attempts count
 *        less and less
 * @param lockedTiers what a trainee may do in a tier not open to them yet: {@code label} (the default) lets them
 *        play it as practice that does not count, {@code enforce} refuses to start or resume it
 */
@ConfigurationProperties("rapport.progress")
public record ProgressRules(@DefaultValue("3") int passesToCertify, @DefaultValue("3") int recentWindow,
        @DefaultValue("0.35") double recencyWeight, @DefaultValue("label") LockedTiers lockedTiers) {

    public static final ProgressRules DEFAULT = new ProgressRules(3, 3, 0.35, LockedTiers.LABEL);

    /** See {@link ProgressRules#lockedTiers()}. */
    public enum LockedTiers {
        LABEL, ENFORCE
    }

    public ProgressRules {
        if (passesToCertify < 1 || recentWindow < 1 || recencyWeight <= 0 || recencyWeight > 1) {
            throw new IllegalArgumentException("rapport.progress: passes-to-certify and recent-window must be at "
                    + "least 1, recency-weight between 0 (exclusive) and 1");
        }
    }
}
