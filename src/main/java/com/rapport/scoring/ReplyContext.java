package com.rapport.scoring;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Node;
import com.rapport.scenario.Scenario;

/**
 * What the scorer needs to know about the moment a reply is given: the scenario (for its protected facts and
 * jargon), the node (for its intents), the call's flags, such as {@code identity_verified}, and what the trainee
 * typed earlier in the attempt (a sentence earns credit once).
 */
public record ReplyContext(@Nullable Scenario scenario, @Nullable String nodeId, Map<String, Boolean> flags,
        java.util.@Nullable Set<String> eligibleIntents, java.util.List<String> earlierReplies) {

    /** A context in which every intent of the node may be taken. */
    public ReplyContext(@Nullable Scenario scenario, @Nullable String nodeId, Map<String, Boolean> flags) {
        this(scenario, nodeId, flags, null, java.util.List.of());
    }

    /** A context in which only the eligible intents may be taken, with no earlier replies. */
    public ReplyContext(@Nullable Scenario scenario, @Nullable String nodeId, Map<String, Boolean> flags,
            java.util.@Nullable Set<String> eligibleIntents) {
        this(scenario, nodeId, flags, eligibleIntents, java.util.List.of());
    }

    /** The same moment, with the replies the trainee typed earlier in the attempt: a sentence earns once. */
    public ReplyContext after(java.util.List<String> earlier) {
        return new ReplyContext(scenario, nodeId, flags, eligibleIntents, java.util.List.copyOf(earlier));
    }

    /** Whether an intent's condition allows it now (the practice service decides; null means all may). */
    public boolean eligible(String intentId) {
        return eligibleIntents == null || eligibleIntents.contains(intentId);
    }

    public static final String IDENTITY_VERIFIED = "identity_verified";
    /** For a relative or other caller: they are also entitled to the information (named, or the patient agreed). */
    public static final String AUTHORISED = "authorised";

    /** A generic phone call from someone whose identity is not verified. */
    public static ReplyContext genericCall() {
        return new ReplyContext(null, null, Map.of());
    }

    public boolean identityVerified() {
        return Boolean.TRUE.equals(flags.get(IDENTITY_VERIFIED));
    }

    /**
     * Whether the person may be told protected information: their identity is verified and, unless they are the
     * patient, their authority too (§164.514(h): verify identity and authority). Without a scenario, verified
     * identity is taken to be enough.
     */
    public boolean mayDisclose() {
        if (!identityVerified()) {
            return false;
        }
        if (scenario == null || scenario.persona().role() == com.rapport.scenario.Persona.Role.PATIENT) {
            return true;
        }
        return Boolean.TRUE.equals(flags.get(AUTHORISED));
    }

    public @Nullable Node node() {
        return scenario == null || nodeId == null ? null : scenario.nodes().get(nodeId);
    }
}
