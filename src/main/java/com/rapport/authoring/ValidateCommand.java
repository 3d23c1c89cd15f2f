package com.rapport.authoring;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;

import com.rapport.scenario.Problem;
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

    public ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        if (args.isEmpty() || args.getFirst().startsWith("-")) {
            err.println(args.isEmpty() ? "error: give at least one file or folder" : "error: unknown option " + args.getFirst());
            err.println(USAGE);
            return 2;
        }
        var files = new ArrayList<Path>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".yaml")).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    err.println("error: cannot read " + path + ": " + e.getMessage());
                    return 1;
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                err.println("error: no such file or folder: " + path);
                err.println(USAGE);
                return 2;
            }
        }
        Path first = Path.of(args.getFirst());
        var rubric = RubricLoader.load(Files.isDirectory(first) ? first : first.toAbsolutePath().getParent());
        var validator = new ScenarioValidator(new Scorer(rubric.rubric(), new MiniLmEmbedder()));
        int errors = 0;
        int warnings = 0;
        var ids = new HashMap<String, Path>();
        for (Path file : files) {
            List<Problem> problems;
            try {
                byte[] content = Files.readAllBytes(file);
                if (file.getFileName().toString().equals(RubricLoader.FILE_NAME)) {
                    problems = RubricLoader.parse(file.toString(), content).problems();
                } else {
                    var report = validator.validate(file.toString(), content);
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
            } catch (IOException e) {
                problems = List.of(new Problem(file.toString(), 1, 1, Problem.Severity.ERROR,
                        "cannot read file: " + e.getMessage()));
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
        out.println(files.size() + " file(s) checked: " + errors + " error(s), " + warnings + " warning(s)");
        return errors > 0 ? 1 : 0;
    }
}
