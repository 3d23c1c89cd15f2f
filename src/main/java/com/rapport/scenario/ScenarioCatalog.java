package com.rapport.scenario;

import com.rapport.shared.Plural;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        var parser = new ScenarioParser(properties.maxScenarioBytes());
        var files = new ScenarioFiles(properties.maxScenarioBytes());
        Path dir = properties.scenariosDir();
        if (!Files.isDirectory(dir)) {
            log.warn("Scenario folder {} does not exist; no scenarios loaded", dir.toAbsolutePath());
        }
        var listing = ScenarioFiles.list(dir, false);
        var found = new ArrayList<Problem>(listing.problems());
        for (Path file : listing.files()) {
            String name = dir.relativize(file).toString();
            var read = files.read(file, name);
            if (read.content() == null) {
                found.add(java.util.Objects.requireNonNull(read.refused()));
                continue;
            }
            ScenarioParser.Result result = parser.parse(name, read.content());
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
        log.info("Loaded {} from {}", Plural.of(loaded.size(), "scenario", "scenarios"), dir.toAbsolutePath());
        this.entries = Map.copyOf(loaded);
        this.problems = List.copyOf(found);
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
            var read = ScenarioFiles.withDefaultLimit().read(own, own.getFileName().toString());
            Scenario scenario = read.content() == null ? null
                    : new ScenarioParser().parse(read.name(), read.content()).scenario();
            if (scenario != null && scenario.id().equals(id)) {
                return Optional.of(scenario);
            }
        }
        return new ScenarioCatalog(new RapportProperties(Path.of("."), dir, false)).find(id).map(Entry::scenario);
    }

    /** Errors and warnings found while loading, for the trainers' screens. */
    public List<Problem> problems() {
        return problems;
    }
}
