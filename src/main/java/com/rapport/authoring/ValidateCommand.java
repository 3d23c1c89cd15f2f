package com.rapport.authoring;

import com.rapport.shared.Plural;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
        // the sentence model is needed only when a scenario has examples to score; it starts loading on its own
        // thread as soon as a file looks as if it has some, while the files are parsed and the rubric is read
        // the parser is made after the first file is read, so that the model's thread starts before it
        @Nullable ScenarioValidator parser = null;
        var readings = new ArrayList<Reading>();
        boolean examples = false;
        CompletableFuture<Scorer> scorer = null;
        for (Path file : files) {
            var read = reader.read(file, file.toString());
            byte[] content = read.content();
            boolean rubricFile = file.getFileName().toString().equals(RubricLoader.FILE_NAME);
            if (scorer == null && content != null && !rubricFile && mayHaveExamples(content)) {
                scorer = prepareScorer(Path.of(args.getFirst()));
            }
            if (content == null) {
                readings.add(new Reading(file, List.of(Objects.requireNonNull(read.refused())), null));
            } else if (rubricFile) {
                readings.add(new Reading(file, RubricLoader.parse(file.toString(), content).problems(), null));
            } else {
                if (parser == null) {
                    parser = new ScenarioValidator(null, reader.maxBytes());
                }
                var result = parser.parse(file.toString(), content);
                examples |= result.scenario() != null && !result.scenario().exampleList().isEmpty();
                readings.add(new Reading(file, List.of(), result));
            }
        }
        if (examples && scorer == null) {
            scorer = prepareScorer(Path.of(args.getFirst())); // the key was spelt with escapes
        }
        var validator = examples && scorer != null
                ? new ScenarioValidator(joined(scorer), reader.maxBytes(), true)
                : parser != null ? parser : new ScenarioValidator(null, reader.maxBytes());
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
     * Whether a file's text has an {@code examples:} key anywhere: a cheap look before parsing, which may say yes
     * for a file whose parse then finds none (the model then loaded for nothing); a key spelt with escapes is
     * found by the parse, and the scorer is then made after it.
     */
    static boolean mayHaveExamples(byte[] content) {
        return new String(content, java.nio.charset.StandardCharsets.ISO_8859_1).contains("examples");
    }

    /**
     * The scorer of examples with the rubric beside the first path, made on its own thread while the files are
     * parsed; its sentence model loads on a third.
     */
    private static CompletableFuture<Scorer> prepareScorer(Path first) {
        Path dir = Files.isDirectory(first) ? first : first.toAbsolutePath().getParent();
        return CompletableFuture.supplyAsync(() -> {
            // logging set up once, here, before the model's thread logs too (not by both at once)
            org.slf4j.LoggerFactory.getILoggerFactory();
            var embedder = new MiniLmEmbedder();
            embedder.loadInBackground();
            return new Scorer(RubricLoader.load(dir).rubric(), embedder);
        }, runnable -> Thread.ofPlatform().name("validate-rubric").daemon().start(runnable));
    }

    private static Scorer joined(CompletableFuture<Scorer> scorer) {
        try {
            return scorer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
