package com.rapport.ops;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import com.rapport.scenario.ScenarioLibrary;
import com.rapport.scoring.ScoringService;

/**
 * Up only once the scenarios folder is imported and the scorer's sentence model is loaded. Part of the readiness
 * group ({@code /actuator/health/readiness}), so a load balancer sends no trainee to a node that would say "No
 * scenarios are loaded" or make the first reply wait for the model.
 */
@Component("startup")
class StartupReadiness implements HealthIndicator {

    private final ScenarioLibrary library;
    private final ScoringService scoring;

    StartupReadiness(ScenarioLibrary library, ScoringService scoring) {
        this.library = library;
        this.scoring = scoring;
    }

    @Override
    public Health health() {
        boolean imported = library.imported();
        boolean model = scoring.modelReady();
        var health = imported && model ? Health.up() : Health.outOfService();
        return health.withDetail("scenariosImported", imported).withDetail("scorerModelLoaded", model).build();
    }
}
