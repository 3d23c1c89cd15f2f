package com.rapport.practice;

import java.time.Clock;
import java.time.Year;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.rapport.scenario.Scenario;
import com.rapport.scoring.Redactor;

/**
 * The scoring feature's redactor for each scenario, built once rather than per typed reply: building one reads
 * every string of the scenario, which cost more than scoring the reply. It is the very redactor
 * {@code ScoringService.redact} builds ({@link Redactor#of} with the scenario and this year), kept while the
 * scenario version and the year stay the same; the library hands out one {@link Scenario} object per version, so
 * a version is recognised by identity.
 */
@Component
class Redactors {

    private record Built(Scenario scenario, Year year, Redactor redactor) {
    }

    private final Clock clock;
    /** One per scenario id: the version last played. */
    private final Map<String, Built> byScenario = new ConcurrentHashMap<>();

    Redactors(Clock clock) {
        this.clock = clock;
    }

    /** The reply with every real-looking identifier replaced by its tag, the scenario's own facts kept. */
    Redactor.Result redact(String reply, Scenario scenario) {
        Year year = Year.now(clock);
        Built built = byScenario.get(scenario.id());
        if (built == null || built.scenario() != scenario || !built.year().equals(year)) {
            built = new Built(scenario, year, Redactor.of(scenario, year));
            byScenario.put(scenario.id(), built);
        }
        return built.redactor().redact(reply);
    }
}
