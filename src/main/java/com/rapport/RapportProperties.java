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
 * @param maxScenarioBytes the largest scenario file read, in bytes (default 512 KB): a larger one is refused before
 *     it is read, at start, in the folder watcher, on upload and by the {@code validate} command
 */
@ConfigurationProperties("rapport")
public record RapportProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("scenarios") Path scenariosDir,
        @DefaultValue("false") boolean demoUsers, @DefaultValue("false") boolean watchScenarios,
        @DefaultValue("" + RapportProperties.DEFAULT_MAX_SCENARIO_BYTES) int maxScenarioBytes) {

    /** The size limit of a scenario file unless {@code rapport.max-scenario-bytes} says otherwise: 512 KB. */
    public static final int DEFAULT_MAX_SCENARIO_BYTES = 512 * 1024;
    /** The largest limit that can be set: the library keeps a version's text in 600,000 characters (V3). */
    public static final int LARGEST_MAX_SCENARIO_BYTES = 600_000;

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public RapportProperties {
        maxScenarioBytes = checked(maxScenarioBytes);
    }

    private static int checked(int maxScenarioBytes) {
        if (maxScenarioBytes < 1 || maxScenarioBytes > LARGEST_MAX_SCENARIO_BYTES) {
            throw new IllegalArgumentException("rapport.max-scenario-bytes must be from 1 to "
                    + LARGEST_MAX_SCENARIO_BYTES + " bytes (what the library can store), not " + maxScenarioBytes);
        }
        return maxScenarioBytes;
    }

    public RapportProperties(Path dataDir, Path scenariosDir, boolean demoUsers, boolean watchScenarios) {
        this(dataDir, scenariosDir, demoUsers, watchScenarios, DEFAULT_MAX_SCENARIO_BYTES);
    }

    public RapportProperties(Path dataDir, Path scenariosDir, boolean demoUsers) {
        this(dataDir, scenariosDir, demoUsers, false);
    }

    /**
     * The size limit for the command-line tools, which start no Spring: the same setting, given as the system
     * property {@code rapport.max-scenario-bytes} or the environment variable {@code RAPPORT_MAX_SCENARIO_BYTES}.
     */
    public static int maxScenarioBytesOutsideSpring() {
        String value = System.getProperty("rapport.max-scenario-bytes", System.getenv("RAPPORT_MAX_SCENARIO_BYTES"));
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_SCENARIO_BYTES;
        }
        try {
            return checked(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rapport.max-scenario-bytes must be a whole number of bytes, not "
                    + value, e);
        }
    }
}
