package com.rapport;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rapport's own settings.
 *
 * @param dataDir folder of the embedded H2 database
 * @param scenariosDir folder whose {@code *.yaml} files are loaded as scenarios at start
 * @param demoUsers create the demo accounts on first start of an empty database
 * @param watchScenarios re-import scenario files when they change on disk (on in development)
 */
@ConfigurationProperties("rapport")
public record RapportProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("scenarios") Path scenariosDir,
        @DefaultValue("false") boolean demoUsers, @DefaultValue("false") boolean watchScenarios) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public RapportProperties {
    }

    public RapportProperties(Path dataDir, Path scenariosDir, boolean demoUsers) {
        this(dataDir, scenariosDir, demoUsers, false);
    }
}
