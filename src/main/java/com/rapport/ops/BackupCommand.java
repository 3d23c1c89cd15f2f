package com.rapport.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code backup FILE} and {@code restore FILE}: the embedded H2 database as one compressed SQL script, and back.
 * Both work on a stopped Rapport (the running one holds the database file); the password is the one Rapport
 * generated in the data folder. A restore keeps the database it replaces beside it ({@code
 * rapport.mv.db.before-restore-<time>}), so nothing is lost by restoring the wrong file. PostgreSQL sites use
 * {@code pg_dump} instead.
 */
public final class BackupCommand {

    static final String USAGE = """
            usage: java -jar rapport.jar backup FILE.zip [--data-dir DIR]
                   java -jar rapport.jar restore FILE.zip [--data-dir DIR]
            Stop Rapport first. DIR is rapport.data-dir (default ./data).""";
    private static final String DATABASE = "rapport";
    private static final String PASSWORD_FILE = "db-password";
    /** H2: the database is open in another process. */
    private static final int IN_USE = 90020;

    private final PrintStream out;
    private final PrintStream err;

    public BackupCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(boolean restore, List<String> args) {
        Path file = null;
        Path dataDir = Path.of(System.getProperty("rapport.data-dir", "./data"));
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--data-dir") && i + 1 < args.size()) {
                dataDir = Path.of(args.get(++i));
            } else if (file == null && !args.get(i).startsWith("--")) {
                file = Path.of(args.get(i));
            } else {
                err.println("error: unexpected argument " + args.get(i));
                err.println(USAGE);
                return 2;
            }
        }
        if (file == null) {
            err.println("error: give the backup file");
            err.println(USAGE);
            return 2;
        }
        try {
            return restore ? restore(file, dataDir) : backup(file, dataDir);
        } catch (SQLException e) {
            err.println("error: " + (e.getErrorCode() == IN_USE
                    ? "the database is in use: stop Rapport first" : e.getMessage().lines().findFirst().orElse("")));
            return 1;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private int backup(Path file, Path dataDir) throws SQLException, IOException {
        if (!Files.exists(dataDir.resolve(DATABASE + ".mv.db"))) {
            err.println("error: no embedded database in " + dataDir.toAbsolutePath());
            return 1;
        }
        if (Files.exists(file)) {
            err.println("error: " + file + " exists; give a new file name");
            return 1;
        }
        try (Connection db = open(dataDir, true); var statement = db.prepareStatement("SCRIPT TO ? COMPRESSION ZIP")) {
            statement.setString(1, file.toAbsolutePath().toString());
            statement.execute();
        }
        ownerOnly(file);
        out.println("Backed up " + dataDir.resolve(DATABASE + ".mv.db") + " to " + file + " ("
                + Files.size(file) + " bytes)");
        return 0;
    }

    private int restore(Path file, Path dataDir) throws SQLException, IOException {
        if (!Files.isRegularFile(file)) {
            err.println("error: no such backup file " + file);
            return 1;
        }
        Path current = dataDir.resolve(DATABASE + ".mv.db");
        Path kept = null;
        if (Files.exists(current)) {
            open(dataDir, true).close(); // refuses while Rapport runs, before anything moves
            kept = dataDir.resolve(DATABASE + ".mv.db.before-restore-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            Files.move(current, kept, StandardCopyOption.ATOMIC_MOVE);
        }
        try (Connection db = open(dataDir, false); var statement = db.prepareStatement(
                "RUNSCRIPT FROM ? COMPRESSION ZIP")) {
            statement.setString(1, file.toAbsolutePath().toString());
            statement.execute();
        } catch (SQLException e) {
            Files.deleteIfExists(current);
            if (kept != null) {
                Files.move(kept, current, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        ownerOnly(current);
        out.println("Restored " + file + " into " + current + (kept == null ? "" : "; the previous database is "
                + kept));
        return 0;
    }

    /** A backup holds everyone's replies: only the account that made it may read it. */
    private static void ownerOnly(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static Connection open(Path dataDir, boolean mustExist) throws SQLException, IOException {
        Path secret = dataDir.resolve(PASSWORD_FILE);
        String password = Files.exists(secret) ? Files.readString(secret, StandardCharsets.UTF_8).strip() : "";
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(DATABASE) + (mustExist ? ";IFEXISTS=TRUE" : "");
        return DriverManager.getConnection(url, "sa", password);
    }
}
