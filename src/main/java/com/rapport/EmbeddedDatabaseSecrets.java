package com.rapport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the embedded H2 database (the default {@code jdbc:h2:file:} URL with no password set) a password of its own
 * instead of {@code sa} with none: 32 random bytes kept in {@code <rapport.data-dir>/db-password}, readable only by
 * the account Rapport runs as, like the data folder and the database files. A database created by an older
 * Rapport with the blank password is moved to the new one on the first start (one connection with the blank
 * password, {@code ALTER USER ... SET PASSWORD}), so upgrades keep their data. A password that is set, another
 * database (the {@code postgres} profile), an encrypted H2 file ({@code CIPHER=}, whose password holds the file
 * password too) and in-memory test databases are left alone. Never logs the password.
 */
public final class EmbeddedDatabaseSecrets implements EnvironmentPostProcessor, Ordered {

    static final String PASSWORD_FILE = "db-password";
    /** H2's error code for a wrong user name or password. */
    private static final int WRONG_PASSWORD = 28000;
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Log log;

    public EmbeddedDatabaseSecrets(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedDatabaseSecrets.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after application.properties and the profiles are read
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        String password = environment.getProperty("spring.datasource.password", "");
        boolean encrypted = url.toUpperCase(Locale.ROOT).contains("CIPHER=");
        if (!url.startsWith("jdbc:h2:file:") || !password.isEmpty() || encrypted) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("rapport.data-dir", "./data"));
        String user = environment.getProperty("spring.datasource.username", "sa");
        String secret = secure(dataDir, url, user, log);
        environment.getPropertySources().addFirst(new MapPropertySource("rapport-embedded-database",
                Map.of("spring.datasource.password", secret)));
        // the database files a first start creates, once they exist
        application.addListeners(event -> {
            if (event instanceof ApplicationReadyEvent) {
                restrictAll(dataDir);
            }
        });
    }

    /**
     * Makes the data folder and what is in it owner-only, reads (or creates) the password file, moves a database
     * still on the blank password to it, and returns the password.
     */
    static String secure(Path dataDir, String url, String user, Log log) {
        try {
            Files.createDirectories(dataDir);
            restrict(dataDir, OWNER_DIR);
            Path file = dataDir.resolve(PASSWORD_FILE);
            String secret;
            if (Files.exists(file)) {
                secret = Files.readString(file, StandardCharsets.UTF_8).strip();
            } else {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                create(file);
                Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
                log.info("Generated the embedded database's password in " + file + " (readable by its owner only)");
            }
            migrateBlankPassword(url, user, secret, log);
            restrictAll(dataDir);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot secure the embedded database in " + dataDir, e);
        }
    }

    /** Everything in the data folder readable and writable by its owner only. */
    static void restrictAll(Path dataDir) {
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path f : files.toList()) {
                restrict(f, Files.isDirectory(f) ? OWNER_DIR : OWNER_FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the files in " + dataDir, e);
        }
    }

    /** An existing database that still takes the blank password gets the generated one. */
    private static void migrateBlankPassword(String url, String user, String secret, Log log) {
        String existing = url.contains(";IFEXISTS=") ? url : url + ";IFEXISTS=TRUE";
        try (var connection = DriverManager.getConnection(existing, user, secret)) {
            return; // new database (created by Flyway later) or already on the generated password
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_PASSWORD) {
                return; // no database yet (IFEXISTS), or one Spring will report on when it opens it
            }
        }
        if (!user.matches("[A-Za-z0-9_]+")) {
            throw new IllegalStateException("Cannot move the embedded database to a password: odd user name");
        }
        try (var connection = DriverManager.getConnection(existing, user, "");
                var statement = connection.createStatement()) {
            statement.execute("ALTER USER " + user + " SET PASSWORD '" + secret + "'");
            log.info("Moved the embedded database from the blank password to the generated one");
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded database rejects both the blank password and the one in "
                    + PASSWORD_FILE + " (error " + e.getErrorCode() + "); restore that file or set "
                    + "spring.datasource.password", e);
        }
    }

    private static void create(Path file) throws IOException {
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } else {
            Files.createFile(file);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
