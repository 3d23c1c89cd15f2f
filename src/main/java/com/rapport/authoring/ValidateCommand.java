package com.rapport.authoring;

import com.rapport.shared.Plural;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.rapport.RapportProperties;
import com.rapport.scenario.Problem;
import com.rapport.scenario.ScenarioFiles;
import com.rapport.scenario.ScenarioParser;
import com.rapport.scoring.MiniLmEmbedder;
import com.rapport.scoring.RubricLoader;
import com.rapport.scoring.Scorer;

/**
 * {@code rapport validate PATH…}: checks scenario files (and a {@code rubric.yaml}) without starting the web server.
 * Prints every problem as {@code file:line:column: error|warning: message}. Exit 0 when clean or warnings only, 1
 * on errors, 2 on usage errors.
 */
public final class ValidateCommand {

    static final String USAGE = """
            usage: java -jar rapport.jar validate PATH...
              PATH   a scenario file, or a folder whose *.yaml files are checked (rubric.yaml as the rubric)
            Exit status: 0 clean or warnings only, 1 errors, 2 usage.""";

    private final PrintStream out;
    private final PrintStream err;
    private final ScenarioFiles reader;

    public ValidateCommand(PrintStream out, PrintStream err) {
        this(out, err, RapportProperties.DEFAULT_MAX_SCENARIO_BYTES);
    }

    /** @param maxBytes the size limit ({@code rapport.max-scenario-bytes}): larger files are refused unread */
    public ValidateCommand(PrintStream out, PrintStream err, int maxBytes) {
        this.out = out;
        this.err = err;
        this.reader = new ScenarioFiles(maxBytes);
    }

    public int run(List<String> args) {
        if (args.isEmpty() || args.getFirst().startsWith("-")) {
            err.println(args.isEmpty() ? "error: give at least one file or folder" : "error: unknown option " + args.getFirst());
            err.println(USAGE);
            return 2;
        }
        var files = new ArrayList<Path>();
        var unlisted = new ArrayList<Problem>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                var listing = ScenarioFiles.list(path, true);
                files.addAll(listing.files());
                unlisted.addAll(listing.problems());
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                err.println("error: no such file or folder: " + path);
                err.println(USAGE);
                return 2;
            }
        }
        // every file read and parsed first: the rubric and the sentence model are loaded only when a scenario has
        // examples to score, and the model then loads on its own thread while the rubric is read
        var parser = new ScenarioValidator(null, reader.maxBytes());
        var readings = new ArrayList<Reading>();
        boolean examples = false;
        for (Path file : files) {
            var read = reader.read(file, file.toString());
            byte[] content = read.content();
            if (content == null) {
                readings.add(new Reading(file, List.of(Objects.requireNonNull(read.refused())), null));
            } else if (file.getFileName().toString().equals(RubricLoader.FILE_NAME)) {
                readings.add(new Reading(file, RubricLoader.parse(file.toString(), content).problems(), null));
            } else {
                var result = parser.parse(file.toString(), content);
                examples |= result.scenario() != null && !result.scenario().exampleList().isEmpty();
                readings.add(new Reading(file, List.of(), result));
            }
        }
        var validator = examples ? withScorer(Path.of(args.getFirst())) : parser;
        int errors = unlisted.size();
        int warnings = 0;
        unlisted.forEach(out::println);
        var ids = new HashMap<String, Path>();
        for (Reading reading : readings) {
            Path file = reading.file();
            List<Problem> problems;
            if (reading.parsed() == null) {
                problems = reading.problems();
            } else {
                var report = validator.check(reading.parsed());
                problems = new ArrayList<>(report.problems());
                var scenario = report.result().scenario();
                if (scenario != null) {
                    Path earlier = ids.putIfAbsent(scenario.id(), file);
                    if (earlier != null) {
                        problems.add(new Problem(file.toString(), 1, 1, Problem.Severity.ERROR,
                                "scenario id '" + scenario.id() + "' is already used by " + earlier));
                    }
                }
            }
            for (Problem p : problems) {
                out.println(p);
                if (p.severity() == Problem.Severity.ERROR) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        out.println(Plural.of(files.size(), "file", "files") + " checked: " + Plural.of(errors, "error", "errors") + ", "
                + Plural.of(warnings, "warning", "warnings"));
        return errors > 0 ? 1 : 0;
    }

    /** One file as read: problems found reading it, or the parser's result for a scenario. */
    private record Reading(Path file, List<Problem> problems, ScenarioParser.@Nullable Result parsed) {
    }

    /**
     * A validator that scores examples with the rubric beside the first path, its sentence model loading on another
     * thread from now on (it takes about as long as reading the rubric), and the examples scored on every core.
     */
    private ScenarioValidator withScorer(Path first) {
        var embedder = new MiniLmEmbedder();
        embedder.loadInBackground();
        var rubric = RubricLoader.load(Files.isDirectory(first) ? first : first.toAbsolutePath().getParent());
        return new ScenarioValidator(new Scorer(rubric.rubric(), embedder), reader.maxBytes(), true);
    }
}
