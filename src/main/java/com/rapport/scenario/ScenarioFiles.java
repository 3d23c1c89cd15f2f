package com.rapport.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.rapport.RapportProperties;

/**
 * The one way a scenario file reaches the parser, wherever it comes from (the folder at start, the folder watcher, an
 * upload, the {@code validate} command): its size is checked before it is read, and reading stops past the limit
 * ({@code rapport.max-scenario-bytes}), so a huge file costs nothing; a folder, a pipe, an unreadable file or a link
 * loop is a problem with the file's name, never an exception that stops the caller. Thread-safe.
 */
public final class ScenarioFiles {

    /** A file read, or why it was not: exactly one of the two is set. */
    public record Read(String name, byte @Nullable [] content, @Nullable Problem refused) {
    }

    /** The {@code *.yaml} files under a folder, sorted, and what could not be looked at. */
    public record Listing(List<Path> files, List<Problem> problems) {
    }

    private final int maxBytes;

    public ScenarioFiles(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** Reads a file if it is a regular file within the size limit; its size is checked first. */
    public Read read(Path file, String name) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                return refused(name, "is a folder, not a scenario file");
            }
            if (!attributes.isRegularFile()) {
                return refused(name, "is not a regular file (a pipe, device or broken link); it was not read");
            }
            if (attributes.size() > maxBytes) {
                return new Read(name, null, tooLarge(name, attributes.size()));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in);
            }
        } catch (IOException e) {
            return refused(name, "cannot read file: " + reason(e));
        }
    }

    /**
     * Reads an upload or any other stream, stopping one byte past the limit: a larger one is refused without being
     * read to its end.
     */
    public Read read(String name, InputStream in) throws IOException {
        byte[] content = in.readNBytes(maxBytes + 1);
        if (content.length > maxBytes) {
            return new Read(name, null, tooLarge(name, -1));
        }
        return new Read(name, content, null);
    }

    /** The refusal of a file over the limit, with its size when known (-1: more than the limit). */
    public Problem tooLarge(String name, long size) {
        String was = size < 0 ? "larger than " + bytes(maxBytes) : bytes(size);
        return new Problem(name, 1, 1, Problem.Severity.ERROR, "the file is " + was + "; a scenario file may be at"
                + " most " + bytes(maxBytes) + " (rapport.max-scenario-bytes), so it was not read");
    }

    /** A size as people read it: "31,457,280 bytes (30.0 MB)". */
    static String bytes(long size) {
        String exact = String.format(Locale.ROOT, "%,d bytes", size);
        if (size >= 1024 * 1024) {
            return exact + String.format(Locale.ROOT, " (%.1f MB)", size / (1024.0 * 1024));
        }
        return size >= 1024 ? exact + String.format(Locale.ROOT, " (%d KB)", size / 1024) : exact;
    }

    private static Read refused(String name, String message) {
        return new Read(name, null, new Problem(name, 1, 1, Problem.Severity.ERROR, message));
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "its links lead round in a loop";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.contains("Too many levels of symbolic links") ? "its links lead round in a loop" : message;
    }

    /**
     * Every {@code *.yaml} under a folder (following links, never round a loop), sorted; {@code rubric.yaml} at its
     * top only with {@code withRubric}. A sub-folder that cannot be read is a problem, and the rest is still listed.
     */
    public static Listing list(Path dir, boolean withRubric) {
        var files = new ArrayList<Path>();
        var problems = new ArrayList<Problem>();
        if (!Files.isDirectory(dir)) {
            return new Listing(List.of(), List.of());
        }
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            String fileName = file.getFileName().toString();
                            if (fileName.endsWith(".yaml") && (withRubric || !file.getParent().equals(dir)
                                    || !fileName.equals(ScenarioCatalog.RUBRIC_FILE))) {
                                files.add(file); // not regular (a broken link, a pipe): read() says so
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(new Problem(dir.relativize(file).toString(), 1, 1, Problem.Severity.ERROR,
                                    "cannot read: " + reason(e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), 1, 1, Problem.Severity.ERROR, "cannot read: " + reason(e)));
        }
        files.sort(null);
        return new Listing(List.copyOf(files), List.copyOf(problems));
    }

    /** The limit used when no setting is given. */
    public static ScenarioFiles withDefaultLimit() {
        return new ScenarioFiles(RapportProperties.DEFAULT_MAX_SCENARIO_BYTES);
    }
}
