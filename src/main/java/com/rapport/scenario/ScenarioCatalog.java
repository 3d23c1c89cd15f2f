package com.rapport.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.rapport.RapportProperties;

/**
 * The scenario files in a folder: every {@code *.yaml} under it (but the rubric), read once. A file that fails to
 * load is logged with file, line and column and kept out; the others still load. The app keeps its library in the
 * database ({@link ScenarioLibrary}); this is what the command-line tools and the library's import read.
 */
public class ScenarioCatalog {

    private static final Logger log = LoggerFactory.getLogger(ScenarioCatalog.class);

    /** The scoring rubric lives beside the scenarios but is not one. */
    static final String RUBRIC_FILE = "rubric.yaml";

    /** A loaded scenario and the content hash of the file it came from. */
    public record Entry(Scenario scenario, String version, String file) {
    }

    private final Map<String, Entry> entries;
    private final List<Problem> problems;

    public ScenarioCatalog(RapportProperties properties) {
        var loaded = new LinkedHashMap<String, Entry>();
        var found = new ArrayList<Problem>();
        var parser = new ScenarioParser();
        Path dir = properties.scenariosDir();
        for (Path file : yamlFiles(dir)) {
            String name = dir.relativize(file).toString();
            ScenarioParser.Result result;
            try {
                result = parser.parse(name, Files.readAllBytes(file));
            } catch (IOException e) {
                found.add(new Problem(name, 1, 1, Problem.Severity.ERROR, "cannot read file: " + e.getMessage()));
                continue;
            }
            found.addAll(result.problems());
            Scenario scenario = result.scenario();
            if (scenario == null) {
                continue;
            }
            Entry earlier = loaded.get(scenario.id());
            if (earlier != null) {
                found.add(new Problem(name, 1, 1, Problem.Severity.ERROR,
                        "scenario id '" + scenario.id() + "' is already used by " + earlier.file()));
                continue;
            }
            loaded.put(scenario.id(), new Entry(scenario, result.version(), name));
        }
        found.forEach(p -> {
            if (p.severity() == Problem.Severity.ERROR) {
                log.error("Scenario not loaded: {}", p);
            } else {
                log.warn("Scenario warning: {}", p);
            }
        });
        log.info("Loaded {} scenario(s) from {}", loaded.size(), dir.toAbsolutePath());
        this.entries = Map.copyOf(loaded);
        this.problems = List.copyOf(found);
    }

    /** The scenario files under a folder, sorted; the rubric at its top is not one. */
    public static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            log.warn("Scenario folder {} does not exist; no scenarios loaded", dir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> !f.getParent().equals(dir) || !f.getFileName().toString().equals(RUBRIC_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every loaded scenario, easiest tier first, then by title. */
    public List<Entry> all() {
        return entries.values().stream()
                .sorted(Comparator.comparing((Entry e) -> e.scenario().tier())
                        .thenComparing(e -> e.scenario().title()))
                .toList();
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /**
     * One scenario from a folder without reading the whole library: its own file ({@code ID.yaml}, as the
     * validator asks files to be named) when that loads with that id, else whatever file in the folder has it.
     */
    public static Optional<Scenario> load(Path dir, String id) {
        Path own = dir.resolve(id + ".yaml");
        if (Files.isRegularFile(own) && own.normalize().startsWith(dir.normalize())) {
            try {
                Scenario scenario = new ScenarioParser().parse(own.getFileName().toString(), Files.readAllBytes(own))
                        .scenario();
                if (scenario != null && scenario.id().equals(id)) {
                    return Optional.of(scenario);
                }
            } catch (IOException e) {
                log.debug("Cannot read {}; looking through the folder", own, e);
            }
        }
        return new ScenarioCatalog(new RapportProperties(Path.of("."), dir, false)).find(id).map(Entry::scenario);
    }

    /** Errors and warnings found while loading, for the trainers' screens. */
    public List<Problem> problems() {
        return problems;
    }
}
