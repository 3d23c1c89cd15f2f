package com.rapport.scoring;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import com.rapport.scenario.Scenario;
import com.rapport.scenario.ScenarioCatalog;

/**
 * {@code rapport evaluate FILE [--split NAME] [--misses] [--scenarios-dir DIR]}: scores every reply of a labelled
 * file (the format in {@link Evaluation}) and prints precision and recall per criterion, for credit and for
 * violations, without starting the web server.
 */
public final class EvaluateCommand {

    static final String USAGE = """
            usage: java -jar rapport.jar evaluate FILE [--split NAME] [--misses] [--scenarios-dir DIR]
              FILE             a labelled CSV: id,split,scenario,verified,text, one column per criterion holding
                               +, - or 0, and optionally node (see README.md, "Typed replies and the rubric")
              --split NAME     only the rows of that split (e.g. holdout)
              --misses         also list every reply and criterion where the scorer and the label disagree
              --scenarios-dir  where scenarios and rubric.yaml live (default: scenarios)
            Exit status: 0 evaluated, 1 bad input, 2 usage.""";

    private final PrintStream out;
    private final PrintStream err;

    public EvaluateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        Path file = null;
        String split = null;
        boolean misses = false;
        Path scenariosDir = Path.of("scenarios");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--misses" -> misses = true;
                case "--split", "--scenarios-dir" -> {
                    if (i + 1 >= args.size()) {
                        return usage("missing value for " + arg);
                    }
                    String value = args.get(++i);
                    if (arg.equals("--split")) {
                        split = value;
                    } else {
                        scenariosDir = Path.of(value);
                    }
                }
                default -> {
                    if (arg.startsWith("-") || file != null) {
                        return usage("unexpected " + arg);
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            return usage("give the labelled file");
        }
        if (!Files.isRegularFile(file)) {
            err.println("error: no such file: " + file);
            return 1;
        }
        try {
            String only = split;
            var rows = Evaluation.read(file).stream().filter(r -> only == null || r.split().equals(only)).toList();
            var loaded = RubricLoader.load(scenariosDir);
            loaded.problems().forEach(err::println);
            var scorer = new Scorer(loaded.rubric(), new MiniLmEmbedder());
            Path dir = scenariosDir;
            var scenarios = new HashMap<String, Optional<Scenario>>();
            var report = Evaluation.evaluate(rows, scorer,
                    id -> scenarios.computeIfAbsent(id, k -> ScenarioCatalog.load(dir, k)).orElse(null));
            out.print(report.table(file.getFileName() + (split == null ? "" : ", split " + split)));
            if (misses) {
                out.println();
                report.misses().forEach(out::println);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println(CsvProblems.describe(file, e));
            return 1;
        }
    }

    private int usage(String problem) {
        err.println("error: " + problem);
        err.println(USAGE);
        return 2;
    }
}
