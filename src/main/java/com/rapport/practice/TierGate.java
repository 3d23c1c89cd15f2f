package com.rapport.practice;

/**
 * Whether the tiers count for a trainee yet. The progress feature owns the rule (certify a tier to open the next;
 * {@code rapport.progress.locked-tiers}) and provides this; practice asks it before an attempt starts or resumes
 * and to label the catalogue, so practice never depends on progress.
 */
public interface TierGate {

    /** The tiers not open to the current user yet, and whether they are refused or only practice. */
    TierAccess access();
}
