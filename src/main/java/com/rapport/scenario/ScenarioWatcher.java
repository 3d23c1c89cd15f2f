package com.rapport.scenario;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.rapport.RapportProperties;

/**
 * In development ({@code rapport.watch-scenarios=true}, on with {@code mvn spring-boot:run}), re-imports a scenario
 * file as soon as it is saved, so an author sees the change on the next page load. A save with errors is logged and
 * changes nothing.
 */
@Component
@ConditionalOnProperty(name = "rapport.watch-scenarios", havingValue = "true")
class ScenarioWatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ScenarioWatcher.class);

    private final ScenarioLibrary library;
    private final Path folder;
    private WatchService watcher;

    ScenarioWatcher(ScenarioLibrary library, RapportProperties properties) {
        this.library = library;
        this.folder = properties.scenariosDir();
    }

    /** Starts watching; a folder it cannot watch is logged, never a reason for the app not to start. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            watcher = FileSystems.getDefault().newWatchService();
            try (Stream<Path> dirs = Files.walk(folder)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            log.warn("Cannot watch all of {} for scenario changes: {}", folder.toAbsolutePath(), e.getMessage());
            if (watcher == null) {
                return;
            }
        }
        Thread thread = new Thread(this::watch, "scenario-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for scenario changes", folder.toAbsolutePath());
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path dir = (Path) key.watchable();
                for (var event : key.pollEvents()) {
                    if (event.context() instanceof Path name && name.toString().endsWith(".yaml")
                            && !name.toString().equals(ScenarioCatalog.RUBRIC_FILE)) {
                        Path file = dir.resolve(name);
                        if (Files.isRegularFile(file)) {
                            importQuietly(file);
                        }
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One file that cannot be imported (a database error, say) is logged and the watching goes on. */
    private void importQuietly(Path file) {
        try {
            library.importFile(file);
        } catch (RuntimeException e) {
            log.error("Cannot re-import changed scenario file {}", file, e);
        }
    }

    @Override
    public void destroy() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
