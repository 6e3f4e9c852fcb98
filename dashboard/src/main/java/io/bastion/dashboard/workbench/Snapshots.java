package io.bastion.dashboard.workbench;

import io.bastion.sql.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Publishes the read-only copies the workbench queries: after each analysis run (and at start-up) the warehouse is
 * copied in one statement, hence one consistent transaction, into {@code admin.duckdb}; that copy is copied again with
 * schema restricted dropped, and copied once more so that the dropped tables' pages do not linger in the file, into
 * {@code analyst.duckdb}. Each file is written under a temporary name and renamed into place atomically, so a query
 * sees the old snapshot or the new one, never half of one; a query never holds a lock the loader needs.
 */
public final class Snapshots
{
    private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);

    private final Warehouse warehouse;
    private final SnapshotFiles files;
    private volatile PublishState state = new PublishState(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * The last publish that succeeded (when, how long it took) and, if the latest attempt failed, when and why: the workbench
     * page shows it, so a failure is seen rather than only logged. Queries keep using the previous snapshot meanwhile.
     */
    public record PublishState(Optional<LocalDateTime> publishedAt, Optional<Duration> took, Optional<LocalDateTime> failedAt, Optional<String> failure)
    {
    }

    public PublishState state()
    {
        return state;
    }

    public Snapshots(Warehouse warehouse, SnapshotFiles files)
    {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
        this.files = requireNonNull(files, "files is null");
    }

    public SnapshotFiles files()
    {
        return files;
    }

    /** Publishes both snapshots now, in the caller's thread; returns how long it took. */
    public synchronized Duration publish()
    {
        try {
            Duration took = copyAll();
            state = new PublishState(Optional.of(LocalDateTime.now().withNano(0)), Optional.of(took), Optional.empty(), Optional.empty());
            return took;
        }
        catch (RuntimeException e) {
            state = new PublishState(state.publishedAt(), state.took(), Optional.of(LocalDateTime.now().withNano(0)), Optional.of(String.valueOf(e.getMessage())));
            throw e;
        }
    }

    private Duration copyAll()
    {
        long started = System.nanoTime();
        Path folder = files.folder();
        Path admin = folder.resolve(".admin.duckdb.publishing");
        Path stage = folder.resolve(".stage.duckdb.publishing");
        Path analyst = folder.resolve(".analyst.duckdb.publishing");
        try {
            Files.createDirectories(folder);
            delete(admin, stage, analyst);
            try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
                String catalog = catalog(statement);
                copy(statement, catalog, admin, "bastion_publish_admin", Optional.empty());
                attach(statement, admin, "bastion_publish_source");
                try {
                    copy(statement, "bastion_publish_source", stage, "bastion_publish_stage", Optional.of("DROP SCHEMA IF EXISTS bastion_publish_stage.restricted CASCADE"));
                }
                finally {
                    statement.execute("DETACH bastion_publish_source");
                }
                attach(statement, stage, "bastion_publish_source");
                try {
                    copy(statement, "bastion_publish_source", analyst, "bastion_publish_analyst", Optional.empty());
                }
                finally {
                    statement.execute("DETACH bastion_publish_source");
                }
            }
            Files.move(admin, files.file(Snapshot.ADMIN), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.move(analyst, files.file(Snapshot.ANALYST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            delete(stage);
        }
        catch (SQLException e) {
            deleteQuietly(admin, stage, analyst);
            throw new IllegalStateException("could not publish the workbench snapshots into " + folder + ": " + e.getMessage(), e);
        }
        catch (IOException e) {
            deleteQuietly(admin, stage, analyst);
            throw new UncheckedIOException("could not publish the workbench snapshots into " + folder, e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("published the workbench snapshots into {} in {} ms", folder, took.toMillis());
        return took;
    }

    /** {@link #publishQuietly()} in a daemon thread of its own, for hooks that must not wait for the copy. */
    public void publishInBackground()
    {
        Thread thread = new Thread(this::publishQuietly, "workbench-publish");
        thread.setDaemon(true);
        thread.start();
    }

    /** Publishes, logging rather than throwing (the failure is kept in {@link #state()}): for hooks whose own work has succeeded whatever happens here. */
    public void publishQuietly()
    {
        try {
            publish();
        }
        catch (RuntimeException e) {
            LOG.warn("the workbench snapshots were not published; queries see the previous ones", e);
        }
    }

    private static void copy(Statement statement, String from, Path to, String alias, Optional<String> before)
            throws SQLException
    {
        attach(statement, to, alias);
        try {
            statement.execute("COPY FROM DATABASE " + identifier(from) + " TO " + alias);
            if (before.isPresent()) {
                statement.execute(before.get());
            }
        }
        finally {
            statement.execute("DETACH " + alias);
        }
    }

    private static void attach(Statement statement, Path file, String alias)
            throws SQLException
    {
        statement.execute("ATTACH '" + file.toString().replace("'", "''") + "' AS " + alias);
    }

    private static String catalog(Statement statement)
            throws SQLException
    {
        try (ResultSet result = statement.executeQuery("SELECT current_database()")) {
            result.next();
            return result.getString(1);
        }
    }

    private static String identifier(String name)
    {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void delete(Path... paths)
            throws IOException
    {
        for (Path path : paths) {
            Files.deleteIfExists(path);
            Files.deleteIfExists(path.resolveSibling(path.getFileName() + ".wal"));
        }
    }

    private static void deleteQuietly(Path... paths)
    {
        for (Path path : List.of(paths)) {
            try {
                delete(path);
            }
            catch (IOException ignored) {
                // best effort after a failure that is reported anyway
            }
        }
    }
}
