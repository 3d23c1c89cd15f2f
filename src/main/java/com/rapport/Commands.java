package com.rapport;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.rapport.authoring.PathsCommand;
import com.rapport.authoring.ValidateCommand;
import com.rapport.ops.BackupCommand;
import com.rapport.scoring.EvaluateCommand;
import com.rapport.scoring.MiniLmEmbedder;
import com.rapport.scoring.ScoreCommand;

/** The command-line tools in the same jar as the app; none of them starts the web server. */
final class Commands {

    private static final Set<String> NAMES = Set.of("score", "validate", "paths", "evaluate", "backup", "restore");

    private Commands() {
    }

    static boolean has(String name) {
        return NAMES.contains(name);
    }

    private static int validate(List<String> args) {
        int maxBytes;
        try {
            maxBytes = RapportProperties.maxScenarioBytesOutsideSpring();
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        return new ValidateCommand(System.out, System.err, maxBytes).run(args);
    }

    /** Runs a command and returns its exit status; the process exits right after (no model may be used after). */
    static int run(String[] args) {
        // results alone on standard output: logging goes to standard error, errors only
        CliLogging.select();
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return run(args[0], rest);
        } finally {
            // the model may still be loading on its own thread; exiting under it crashes the JVM
            MiniLmEmbedder.finishNativeWork();
        }
    }

    private static int run(String command, List<String> rest) {
        return switch (command) {
            case "score" -> new ScoreCommand(System.out, System.err).run(rest);
            case "validate" -> validate(rest);
            case "paths" -> new PathsCommand(System.out, System.err).run(rest);
            case "evaluate" -> new EvaluateCommand(System.out, System.err).run(rest);
            case "backup" -> new BackupCommand(System.out, System.err).run(false, rest);
            case "restore" -> new BackupCommand(System.out, System.err).run(true, rest);
            default -> 2;
        };
    }
}
