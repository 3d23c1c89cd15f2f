package com.rapport.scenario;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a scenario's typed replies are scored beyond the shared rubric.
 *
 * @param weights how much each criterion counts in the overall score (default 1)
 * @param protectedFacts facts that are protected health information: revealing one before the caller's identity is
 *        verified is a critical HIPAA violation
 * @param jargon extra terms patients in this scenario may not know
 */
public record ScenarioScoring(java.util.@Nullable Map<Criterion, Double> weights,
        @Nullable List<ProtectedFact> protectedFacts, @Nullable List<JargonTerm> jargon) {

    /** How much a criterion counts in this scenario's overall score (default 1). */
    public double weight(Criterion criterion) {
        return weights == null || !weights.containsKey(criterion) ? 1.0 : weights.get(criterion);
    }

    /**
     * @param phrases how the fact shows up in a reply (rubric phrase syntax); it counts as disclosed when a
     *        disclosure cue ("came back", "is here" …) stands in the same clause and nothing negates it
     * @param patientOnly even a verified relative may not be told this (minimum necessary)
     */
    public record ProtectedFact(String id, String description, List<String> phrases, @Nullable Boolean patientOnly) {

        public boolean onlyForPatient() {
            return patientOnly != null && patientOnly;
        }
    }

    public List<ProtectedFact> facts() {
        return protectedFacts == null ? List.of() : protectedFacts;
    }

    public List<JargonTerm> terms() {
        return jargon == null ? List.of() : jargon;
    }
}
