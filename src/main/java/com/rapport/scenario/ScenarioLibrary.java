package com.rapport.scenario;

import com.rapport.shared.Plural;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.RapportProperties;

/**
 * The scenario library in the database: every version of every scenario (content, hash, who, when, valid or not).
 * One valid version per scenario is in use; a version that fails validation never replaces it. The scenarios folder
 * is imported at start: a file whose content is new becomes the version in use if it is valid.
 */
@Service
@Transactional(readOnly = true)
public class ScenarioLibrary {

    private static final Logger log = LoggerFactory.getLogger(ScenarioLibrary.class);
    private static final String IMPORTER = "import";

    /** One stored version, without its content. */
    public record VersionInfo(String scenarioId, String hash, String fileName, ScenarioVersion.Source source,
            String by, Instant at, boolean valid, boolean inUse, @Nullable String problems) {
    }

    /** What storing a file did: the problems found, and whether that version is now in use. */
    public record Stored(String scenarioId, String hash, boolean valid, boolean inUse, List<Problem> problems) {
    }

    private final ScenarioVersionRepository versions;
    private final ScenarioParser parser;
    private final ScenarioFiles files;
    private final Path folder;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Scenario> parsed = new ConcurrentHashMap<>();
    /** Versions found valid, by scenario id and hash (see {@link #find(String, String)}). */
    private final Map<String, Scenario> validVersions = new ConcurrentHashMap<>();
    private volatile List<Problem> importProblems = List.of();
    private final boolean watching;

    private final org.springframework.beans.factory.ObjectProvider<Check> checks;

    /**
     * A check another feature adds to every reading of a scenario (the authoring feature scores the examples);
     * it places its problems with the locator.
     */
    public interface Check {
        List<Problem> check(Scenario scenario, ScenarioParser.Locator locator);

        /**
         * Everything besides the file that decides what this check finds (its code, the sentence model, the rubric),
         * as one string: while it stays the same, a content checked once is not checked again at start. Null (the
         * default): checked at every reading.
         */
        default @Nullable String fingerprint() {
            return null;
        }
    }

    private final com.rapport.shared.NamedLock lock;
    private final CheckedContents checked;

    ScenarioLibrary(ScenarioVersionRepository versions, RapportProperties properties,
            org.springframework.beans.factory.ObjectProvider<Check> checks, com.rapport.shared.NamedLock lock,
            CheckedContents checked) {
        this.lock = lock;
        this.checked = checked;
        this.versions = versions;
        this.folder = properties.scenariosDir();
        this.watching = properties.watchScenarios();
        this.parser = new ScenarioParser(properties.maxScenarioBytes());
        this.files = new ScenarioFiles(properties.maxScenarioBytes());
        this.checks = checks;
    }

    /**
     * Imports the scenarios folder once the app is up. No file stops it: one that is too large, unreadable, not UTF-8
     * or not a scenario is a problem with its name, and two files with one id are an error in both (neither is used;
     * the version in use, if any, stays).
     */
    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10)
    @Transactional
    public void importFolder() {
        // two nodes starting at once on one PostgreSQL: one imports, the other then finds every version stored
        lock.lockNamed("scenario-library-import");
        var listing = ScenarioFiles.list(folder, false);
        var problems = new ArrayList<Problem>(listing.problems());
        var readings = new ArrayList<Reading>();
        String checker = checker();
        int checkedNow = 0;
        int reused = 0;
        for (Path file : listing.files()) {
            String name = folder.relativize(file).toString();
            var read = files.read(file, name);
            if (read.refused() != null || read.content() == null) {
                problems.add(read.refused());
                continue;
            }
            var result = parser.parse(name, read.content());
            var all = new ArrayList<>(result.problems());
            if (result.scenario() != null) {
                var outcome = checked.problems(name, read.content(), checker, () -> runChecks(result));
                all.addAll(outcome.problems());
                if (outcome.ran()) {
                    checkedNow++;
                } else {
                    reused++;
                }
            }
            readings.add(new Reading(name, read.content(), result, all));
        }
        Duplicates.mark(readings, id -> versions.findByScenarioIdAndInUseTrue(id).stream().findFirst()
                .map(v -> v.getFileName() + " (" + v.getContentHash().substring(0, 10) + ")"));
        int stored = 0;
        for (var reading : readings) {
            problems.addAll(reading.problems());
            store(reading.name(), reading.content(), ScenarioVersion.Source.FILE, IMPORTER, reading.problems(),
                    reading.result().scenario(), false);
            stored++;
        }
        problems.forEach(p -> {
            if (p.severity() == Problem.Severity.ERROR) {
                log.error("Scenario not loaded: {}", p);
            } else {
                log.warn("Scenario warning: {}", p);
            }
        });
        importProblems = List.copyOf(problems);
        imported = true;
        log.info("Imported {} from {}; {} in use; examples checked in {}, {} unchanged since checked by the same"
                + " checker", Plural.of(stored, "scenario file", "scenario files"), folder.toAbsolutePath(),
                Plural.of(versions.headsInUse().size(), "scenario", "scenarios"),
                Plural.of(checkedNow, "file", "files"), reused);
    }

    private volatile boolean imported;

    /** Whether the scenarios folder has been imported since start (readiness waits for it). */
    public boolean imported() {
        return imported;
    }

    /** One file of the folder as read: its name, bytes, the parser's result and every problem found. */
    record Reading(String name, byte[] content, ScenarioParser.Result result, List<Problem> problems) {
    }

    /**
     * Re-imports one file of the scenarios folder, after it changed on disk. A file over the size limit is not read;
     * one whose id is the id of the version in use from another file still in the folder is an error naming both.
     */
    @Transactional
    public @Nullable Stored importFile(Path file) {
        lock.lockNamed("scenario-library-import");
        String name = folder.relativize(file).toString();
        var read = files.read(file, name);
        if (read.refused() != null || read.content() == null) {
            log.warn("Scenario file changed: {}", read.refused());
            return null;
        }
        var result = parser.parse(name, read.content());
        var all = new ArrayList<>(result.problems());
        if (result.scenario() != null) {
            all.addAll(checked.problems(name, read.content(), checker(), () -> runChecks(result)).problems());
            versions.findByScenarioIdAndInUseTrue(result.scenario().id()).stream()
                    .filter(v -> !v.getFileName().equals(name) && Files.isRegularFile(folder.resolve(v.getFileName())))
                    .findFirst()
                    .ifPresent(v -> all.add(Duplicates.problem(result, List.of(name, v.getFileName()),
                            Optional.of(v.getFileName() + " (" + v.getContentHash().substring(0, 10) + ")"))));
        }
        all.forEach(p -> log.warn("Scenario file changed: {}", p));
        var stored = store(name, read.content(), ScenarioVersion.Source.FILE, IMPORTER, all, result.scenario(),
                watching);
        log.info("Re-imported {}: {}", name, stored.inUse() ? "now in use" : "not used (has errors)");
        return stored;
    }

    /**
     * Stores a version. A valid version that is new, or uploaded on purpose, becomes the one in use; an invalid one
     * is kept for the record and never used, and so is a draft (kept only to be playtested).
     */
    @Transactional
    public Stored store(String fileName, byte[] content, ScenarioVersion.Source source, String by,
            List<Problem> problems, @Nullable Scenario scenario) {
        return store(fileName, content, source, by, problems, scenario, false);
    }

    /** The problems the checks other features add find in a scenario that parsed (its examples, scored). */
    private List<Problem> runChecks(ScenarioParser.Result result) {
        var all = new ArrayList<Problem>();
        Scenario scenario = java.util.Objects.requireNonNull(result.scenario());
        checks.orderedStream().forEach(c -> all.addAll(c.check(scenario, result.locator())));
        return all;
    }

    /** One fingerprint for all the checks, in their order; null when one of them has none (nothing is kept). */
    private @Nullable String checker() {
        var parts = new ArrayList<String>();
        for (Check check : checks.orderedStream().toList()) {
            String fingerprint = check.fingerprint();
            if (fingerprint == null) {
                return null;
            }
            parts.add(check.getClass().getName() + "=" + fingerprint);
        }
        return parts.isEmpty() ? null : StrictYaml.sha256(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }

    private Stored store(String fileName, byte[] content, ScenarioVersion.Source source, String by,
            List<Problem> problems, @Nullable Scenario scenario, boolean savedByAuthor) {
        boolean valid = scenario != null
                && problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR);
        String id = scenario != null ? scenario.id() : stem(fileName);
        String hash = StrictYaml.sha256(content);
        var existing = versions.findByScenarioIdAndContentHash(id, hash);
        ScenarioVersion version;
        boolean makeCurrent;
        if (existing.isPresent()) {
            version = existing.get();
            // judged by this reading's problems: checks may have been added since the version was first stored
            makeCurrent = valid && version.isValid() && source != ScenarioVersion.Source.DRAFT
                    && (source == ScenarioVersion.Source.UPLOAD || savedByAuthor
                            || versions.findByScenarioIdAndInUseTrue(id).isEmpty());
            if (source != ScenarioVersion.Source.DRAFT) {
                version.saved(source);
            }
        } else {
            String text = problems.isEmpty() ? null
                    : problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
            version = versions.save(new ScenarioVersion(id, hash, clip(fileName, 255), new String(content,
                    StandardCharsets.UTF_8), source, by, clock.instant(), valid, text == null ? null
                    : clip(text, 100_000)));
            makeCurrent = valid && source != ScenarioVersion.Source.DRAFT;
        }
        if (scenario != null && valid && IMPORTER.equals(by) && version.getFileName().equals(fileName)) {
            // this library's parser just read the scenario from this very content and file name: the first page
            // that lists it need not parse it again (every node imports the folder at start)
            parsed.putIfAbsent(hash, scenario);
        }
        if (makeCurrent && !version.isInUse()) {
            versions.findByScenarioIdAndInUseTrue(id).forEach(v -> v.setInUse(false));
            version.setInUse(true);
        }
        return new Stored(id, hash, valid, version.isInUse(), problems);
    }

    private static String stem(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return clip(name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name, 100);
    }

    /** Text cut to fit its column (the ends of a long problem list, or of a long file name, are dropped). */
    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    /** Every scenario in use, easiest tier first, then by title. */
    public List<ScenarioCatalog.Entry> all() {
        return ScenarioVersionRepository.heads(versions.headsInUse()).stream().map(this::entry)
                .sorted(Comparator.comparing((ScenarioCatalog.Entry e) -> e.scenario().tier())
                        .thenComparing(e -> e.scenario().title()))
                .toList();
    }

    /** The version in use of a scenario. */
    public Optional<ScenarioCatalog.Entry> find(String id) {
        return ScenarioVersionRepository.heads(versions.headsInUse(id)).stream().findFirst().map(this::entry);
    }

    /**
     * An exact version, valid or not in use any more, so old attempts play and read as they were. A version once
     * found valid is answered from memory after: a stored version never changes (its hash is its content's) and is
     * never deleted.
     */
    public Optional<Scenario> find(String id, String hash) {
        Scenario known = validVersions.get(versionKey(id, hash));
        if (known != null) {
            return Optional.of(known);
        }
        var found = ScenarioVersionRepository.heads(versions.validHead(id, hash)).stream().findFirst()
                .map(h -> entry(h).scenario());
        found.ifPresent(s -> validVersions.put(versionKey(id, hash), s));
        return found;
    }

    private static String versionKey(String id, String hash) {
        return id + "\n" + hash;
    }

    /** Every version of a scenario, newest first. */
    public List<VersionInfo> versions(String id) {
        return versions.findByScenarioIdOrderByCreatedAtDesc(id).stream()
                .map(v -> new VersionInfo(v.getScenarioId(), v.getContentHash(), v.getFileName(), v.getSource(),
                        v.getCreatedBy(), v.getCreatedAt(), v.isValid(), v.isInUse(), v.getProblems()))
                .toList();
    }

    /** The exact text of a version, for download and diff. */
    public Optional<String> content(String id, String hash) {
        return versions.findByScenarioIdAndContentHash(id, hash).map(ScenarioVersion::getContent);
    }

    /** Problems found in the scenarios folder at the last import. */
    public List<Problem> importProblems() {
        return importProblems;
    }

    /** The parsed scenario of a version: parsed once per content, its content read only then. */
    private ScenarioCatalog.Entry entry(ScenarioVersionRepository.Head v) {
        // threads asking for the same version at once wait for one parse rather than each parsing it
        Scenario scenario = parsed.computeIfAbsent(v.contentHash(), h -> {
            String content = versions.contentOf(v.scenarioId(), h).orElseThrow(() -> new IllegalStateException(
                    "Stored version " + h + " of " + v.scenarioId() + " is gone"));
            var result = parser.parse(v.fileName(), content.getBytes(StandardCharsets.UTF_8));
            if (result.scenario() == null) {
                throw new IllegalStateException("Stored version " + h + " of " + v.scenarioId()
                        + " no longer parses: " + result.problems());
            }
            return result.scenario();
        });
        return new ScenarioCatalog.Entry(scenario, v.contentHash(), v.fileName());
    }
}
