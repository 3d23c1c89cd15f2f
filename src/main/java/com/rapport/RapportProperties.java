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
 */
@ConfigurationProperties("rapport")
public record RapportProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("scenarios") Path scenariosDir,
        @DefaultValue("false") boolean demoUsers) {
}
