import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Build step (run by the pom in prepare-package, with the JDK's source launcher): deletes the frontend bundle files
 * that nothing loads from {@code META-INF/VAADIN} in the build output.
 *
 * <p>Without a frontend build of its own, Vaadin copies the pre-built production bundle from the
 * {@code vaadin-prod-bundle} jar, and that jar (25.2.x) carries three complete builds of the same bundle side by
 * side under different file hashes. Only the one that {@code webapp/index.html} points at is ever served. This keeps
 * every file under {@code webapp/VAADIN/build/} reachable from the files outside it (index.html, sw.js, ...) and from
 * {@code config/stats.json}, following file names through the reached files, plus their precompressed {@code .br} /
 * {@code .gz} twins, and deletes the rest, as well as {@code config/bundle-size.html} (a bundle size report that is
 * read only at build time).
 *
 * <p>Usage: {@code java PruneFrontendBundle.java target/classes/META-INF/VAADIN}
 */
public final class PruneFrontendBundle {

    private static final List<String> COMPRESSED = List.of(".br", ".gz");

    private PruneFrontendBundle() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java PruneFrontendBundle.java <META-INF/VAADIN folder>");
            System.exit(2);
        }
        Path vaadin = Path.of(args[0]);
        Path webapp = vaadin.resolve("webapp");
        Path build = webapp.resolve("VAADIN/build");
        if (!Files.isRegularFile(webapp.resolve("index.html")) || !Files.isDirectory(build)) {
            System.out.println("PruneFrontendBundle: no production bundle in " + vaadin + ", nothing to do");
            return;
        }
        Files.deleteIfExists(vaadin.resolve("config/bundle-size.html"));

        // name -> file, for the uncompressed files of the bundle
        var bundleFiles = new TreeMap<String, Path>();
        try (Stream<Path> files = Files.list(build)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> COMPRESSED.stream().noneMatch(ext -> name(f).endsWith(ext)))
                    .forEach(f -> bundleFiles.put(name(f), f));
        }

        var roots = new ArrayDeque<Path>();
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(Files::isRegularFile).filter(f -> !f.startsWith(build)).forEach(roots::add);
        }
        Path stats = vaadin.resolve("config/stats.json");
        if (Files.isRegularFile(stats)) {
            roots.add(stats);
        }

        Set<String> reached = new HashSet<>();
        var queue = roots;
        while (!queue.isEmpty()) {
            Path file = queue.poll();
            if (!isText(file)) {
                continue;
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (var bundleFile : bundleFiles.entrySet()) {
                if (!reached.contains(bundleFile.getKey()) && text.contains(bundleFile.getKey())) {
                    reached.add(bundleFile.getKey());
                    queue.add(bundleFile.getValue());
                }
            }
        }
        if (reached.isEmpty()) {
            throw new IllegalStateException("index.html in " + webapp + " loads nothing from VAADIN/build; "
                    + "refusing to prune the bundle");
        }

        long kept = 0;
        long removed = 0;
        int removedFiles = 0;
        try (Stream<Path> files = Files.list(build)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String base = name(file);
                for (String ext : COMPRESSED) {
                    if (base.endsWith(ext)) {
                        base = base.substring(0, base.length() - ext.length());
                    }
                }
                long size = Files.size(file);
                if (reached.contains(base)) {
                    kept += size;
                } else {
                    Files.delete(file);
                    removed += size;
                    removedFiles++;
                }
            }
        }
        System.out.printf("PruneFrontendBundle: kept %d bundle files (%d KB), deleted %d unused ones (%d KB)%n",
                reached.size(), kept / 1024, removedFiles, removed / 1024);
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static boolean isText(Path file) {
        String name = name(file);
        return name.endsWith(".js") || name.endsWith(".mjs") || name.endsWith(".css") || name.endsWith(".html")
                || name.endsWith(".json") || name.endsWith(".webmanifest");
    }
}
