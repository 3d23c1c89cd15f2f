import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Build step (run by the pom in package, after Spring Boot's repackage, with the JDK's source launcher): removes
 * files from the jars nested in an executable Spring Boot jar's {@code BOOT-INF/lib}, in place.
 *
 * <p>Used to drop the native libraries of platforms Rapport's jar does not ship for, and native debug symbols
 * ({@code .pdb}, {@code .dSYM}), from the ONNX runtime and tokenizer jars that the scorer's sentence model needs.
 * Every other entry, and the nested jars that no rule touches, are copied unchanged; nested jars stay stored
 * (uncompressed), as Spring Boot's launcher requires.
 *
 * <p>Usage: {@code java SlimNestedJars.java app.jar [--drop R] [--keep R] [--require R] ...} where each rule R is
 * {@code JAR-GLOB!ENTRY-GLOB}: a glob on the nested jar's file name and one on the entry path inside it
 * ({@code *} stays within a folder, {@code **} crosses folders, {@code {a,b}} is either). As in .gitignore, the
 * last {@code --drop} or {@code --keep} rule that matches a file decides whether it is removed; files no such rule
 * matches stay. The build fails if a {@code --require} rule matches no remaining file (so a dependency update that
 * moves the native libraries is noticed), and a {@code --drop} or {@code --keep} rule that matches no file at all
 * (a typo in a platform name, say) is reported.
 */
public final class SlimNestedJars {

    private record Rule(boolean drop, String text, PathMatcher jar, PathMatcher entry) {

        static Rule parse(boolean drop, String text) {
            int bang = text.indexOf('!');
            if (bang <= 0 || bang == text.length() - 1) {
                throw new IllegalArgumentException("a rule is JAR-GLOB!ENTRY-GLOB, not " + text);
            }
            var fs = FileSystems.getDefault();
            return new Rule(drop, text, fs.getPathMatcher("glob:" + text.substring(0, bang)),
                    fs.getPathMatcher("glob:" + text.substring(bang + 1)));
        }

        boolean appliesTo(String jarName) {
            return jar.matches(Path.of(jarName));
        }

        boolean matches(String entry) {
            return this.entry.matches(Path.of(entry));
        }
    }

    private SlimNestedJars() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            usage();
        }
        Path bootJar = Path.of(args[0]);
        var dropOrKeep = new ArrayList<Rule>();
        var require = new ArrayList<Rule>();
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                usage();
            }
            switch (args[i]) {
                case "--drop" -> dropOrKeep.add(Rule.parse(true, args[i + 1]));
                case "--keep" -> dropOrKeep.add(Rule.parse(false, args[i + 1]));
                case "--require" -> require.add(Rule.parse(false, args[i + 1]));
                default -> usage();
            }
        }

        long before = Files.size(bootJar);
        Set<Rule> used = new HashSet<>();
        Set<Rule> requiresMet = new HashSet<>();
        // Files written into the outer jar (the slimmed nested jars) are stored, not deflated.
        try (FileSystem outer = FileSystems.newFileSystem(bootJar, Map.of("compressionMethod", "STORED"))) {
            Path lib = outer.getPath("/BOOT-INF/lib");
            List<Path> nestedJars;
            try (Stream<Path> files = Files.list(lib)) {
                nestedJars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
            }
            for (Path nested : nestedJars) {
                String name = nested.getFileName().toString();
                List<Rule> rules = dropOrKeep.stream().filter(r -> r.appliesTo(name)).toList();
                List<Rule> requires = require.stream().filter(r -> r.appliesTo(name)).toList();
                if (rules.isEmpty() && requires.isEmpty()) {
                    continue;
                }
                Path copy = Files.createTempFile("slim-", ".jar");
                try {
                    Files.copy(nested, copy, StandardCopyOption.REPLACE_EXISTING);
                    int removed = 0;
                    try (FileSystem inner = FileSystems.newFileSystem(copy)) {
                        List<Path> files;
                        try (Stream<Path> all = Files.walk(inner.getPath("/"))) {
                            files = all.filter(Files::isRegularFile).toList();
                        }
                        for (Path file : files) {
                            String entry = file.toString().substring(1);
                            var matching = rules.stream().filter(r -> r.matches(entry)).toList();
                            used.addAll(matching);
                            if (!matching.isEmpty() && matching.getLast().drop()) {
                                Files.delete(file);
                                removed++;
                            } else {
                                requires.stream().filter(r -> r.matches(entry)).forEach(requiresMet::add);
                            }
                        }
                        deleteEmptyFolders(inner.getPath("/"));
                    }
                    if (removed > 0) {
                        var modified = Files.getLastModifiedTime(nested);
                        long size = Files.size(nested);
                        Files.copy(copy, nested, StandardCopyOption.REPLACE_EXISTING);
                        Files.setLastModifiedTime(nested, modified);
                        System.out.printf("SlimNestedJars: %s: removed %d files, %d KB -> %d KB%n", name, removed,
                                size / 1024, Files.size(nested) / 1024);
                    }
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
        }

        for (Rule rule : dropOrKeep) {
            if (!used.contains(rule)) {
                System.out.println("SlimNestedJars: warning: " + (rule.drop() ? "--drop " : "--keep ") + rule.text()
                        + " matched nothing");
            }
        }
        var missing = require.stream().filter(r -> !requiresMet.contains(r)).map(Rule::text).toList();
        if (!missing.isEmpty()) {
            System.err.println("SlimNestedJars: " + bootJar + " lacks files that must stay: " + missing);
            System.exit(1);
        }
        System.out.printf("SlimNestedJars: %s: %.1f MB -> %.1f MB%n", bootJar, before / 1e6, Files.size(bootJar) / 1e6);
    }

    /** Deletes the folders that no longer hold any file, deepest first. */
    private static void deleteEmptyFolders(Path root) throws IOException {
        List<Path> folders;
        try (Stream<Path> all = Files.walk(root)) {
            folders = all.filter(Files::isDirectory).filter(f -> f.getNameCount() > 0)
                    .sorted(Comparator.comparingInt(Path::getNameCount).reversed()).toList();
        }
        for (Path folder : folders) {
            try (Stream<Path> children = Files.list(folder)) {
                if (children.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    private static void usage() {
        System.err.println("usage: java SlimNestedJars.java app.jar [--drop|--keep|--require JAR-GLOB!ENTRY-GLOB]...");
        System.exit(2);
    }
}
