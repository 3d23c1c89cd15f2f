package com.rapport.scenario;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the {@code when:} conditions of choices, intents and jumps, each parsed once. No condition always
 * holds; one that does not parse (the validator refuses such files) never holds rather than breaking the call.
 */
public final class Conditions {

    private static final Logger log = LoggerFactory.getLogger(Conditions.class);

    private final Map<String, Optional<Condition>> parsed = new ConcurrentHashMap<>();

    public boolean holds(@Nullable String when, Condition.State state) {
        if (when == null) {
            return true;
        }
        Optional<Condition> condition = parsed.computeIfAbsent(when, w -> {
            try {
                return Optional.of(Condition.parse(w));
            } catch (Condition.SyntaxException e) {
                log.warn("Condition \"{}\" does not parse; treated as false", w);
                return Optional.empty();
            }
        });
        return condition.map(c -> c.test(state)).orElse(false);
    }
}
