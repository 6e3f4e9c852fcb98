package io.bastion.analytics.lake;

import io.bastion.sql.WarehouseSqlException;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * Writes the warehouse tables the Spark job reads (ParkState's {@code table(name)}) as a Parquet lake:
 * {@code <lake>/<snapshot>/<table>/data_0.parquet}, one file per table. Not partitioned by month: the park's tables are
 * small, and some are scattered over decades (admission events date back to the 1990s), so month folders made ~1,000
 * files of a few dozen rows whose opening cost more than their reading; Spark still splits a large file by row group.
 * Each export goes to a fresh snapshot folder, read in one transaction, and the link {@code <lake>/current} is switched
 * to it by an atomic rename, so a reader sees the previous lake or the new one, never a half-written one.
 * Schema {@code restricted} (names, id numbers, secretaries) is never read.
 */
public final class LakeExport
{
    /** Every table of the lake, each written as one file (an empty one still has its schema). */
    public static final List<String> TABLES = List.of(
            "fact_submission", "fact_organization_report", "fact_coverage_link", "fact_person_month", "fact_admission_event",
            "fact_organization_life", "fact_enterprise_month", "fact_liaison_contact",
            "dim_month", "dim_organization", "dim_person", "fact_grade", "fact_demonstration_site", "fact_liaison_assignment",
            "fact_annual_target", "default_annual_target");
    /**
     * Besides the tables: the last done run's first coverage of new enterprises, admission stock and organization
     * findings, which a recomputation from a month carries on for the months before it (ParkState.PREVIOUS_FIRST_COVERAGE,
     * PREVIOUS_ADMISSION_STOCK and PREVIOUS_ORGANIZATION_FINDINGS in the job), each the SQL of its rows.
     */
    public static final Map<String, String> PREVIOUS = Map.of(
            "previous_first_coverage", "SELECT unit_code, first_covered_month FROM main.mart_enterprise_first_coverage",
            "previous_admission_stock", "SELECT month_key, scope_kind, scope_code, stage, stock FROM main.mart_admission_flow WHERE stock > 0",
            "previous_organization_findings", "SELECT month_key, org_code, finding, person_key, observed, threshold FROM main.mart_procedure_finding"
                    + " WHERE person_key IS NULL");
    public static final String CURRENT = "current";
    /** The one file of each table's folder. */
    public static final String FILE = "data_0.parquet";

    private static final String SNAPSHOT_PREFIX = "export-";
    private static final DateTimeFormatter SNAPSHOT_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    // Table names come from the constants above only; the path is a checked literal (PathLiteral).
    private static final String COUNT_ROWS = "SELECT count(*) FROM main.%s";
    private static final String COPY_ONE_FILE = "COPY (SELECT * FROM main.%s) TO %s (FORMAT parquet)";
    private static final String COPY_QUERY = "COPY (%s) TO %s (FORMAT parquet)";

    private LakeExport() {}

    /**
     * Exports every table of {@link #TABLES} into a new snapshot under {@code lake} and makes it current.
     * Older snapshots but the one it replaces are deleted (a reader still on that one may finish).
     */
    public static LakeSnapshot export(Connection connection, Path lake)
    {
        requireNonNull(connection, "connection is null");
        requireNonNull(lake, "lake is null");
        Path root = lake.toAbsolutePath().normalize();
        Path snapshot = root.resolve(SNAPSHOT_PREFIX + LocalDateTime.now().format(SNAPSHOT_TIME) + "-" + UUID.randomUUID().toString().substring(0, 8));
        Optional<Path> previous = current(root);
        try {
            Files.createDirectories(snapshot);
            Map<String, Long> rows = copyTables(connection, snapshot);
            switchCurrent(root, snapshot);
            deleteOlderSnapshots(root, snapshot, previous);
            return new LakeSnapshot(snapshot, rows);
        }
        catch (IOException e) {
            deleteQuietly(snapshot);
            throw new UncheckedIOException("无法写入数据湖 " + root + " / cannot write the lake " + root, e);
        }
        catch (RuntimeException e) {
            deleteQuietly(snapshot);
            throw e;
        }
    }

    /** The snapshot {@code <lake>/current} points to, if an export has finished there. */
    public static Optional<Path> current(Path lake)
    {
        Path link = lake.toAbsolutePath().normalize().resolve(CURRENT);
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        try {
            return Optional.of(link.resolveSibling(Files.readSymbolicLink(link)).normalize());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One read transaction, so every table comes from the same state of the warehouse even while files are ingested. */
    private static Map<String, Long> copyTables(Connection connection, Path snapshot)
    {
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    long count = count(statement, table);
                    Path folder = snapshot.resolve(table);
                    // An empty table still gets its zero-row file, so Spark reads its schema instead of failing to infer one.
                    Files.createDirectories(folder);
                    statement.execute(String.format(COPY_ONE_FILE, table, PathLiteral.of(folder.resolve(FILE))));
                    rows.put(table, count);
                }
                for (Map.Entry<String, String> previous : PREVIOUS.entrySet()) {
                    Path folder = snapshot.resolve(previous.getKey());
                    Files.createDirectories(folder);
                    statement.execute(String.format(COPY_QUERY, previous.getValue(), PathLiteral.of(folder.resolve(FILE))));
                }
                connection.commit();
            }
            catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("导出数据湖 / export the lake to " + snapshot, e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static long count(Statement statement, String table)
            throws SQLException
    {
        try (ResultSet result = statement.executeQuery(String.format(COUNT_ROWS, table))) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A new link beside the old one, renamed over it: rename(2) replaces a link atomically. */
    private static void switchCurrent(Path root, Path snapshot)
            throws IOException
    {
        Path next = root.resolve(CURRENT + "." + UUID.randomUUID() + ".tmp");
        Files.createSymbolicLink(next, root.relativize(snapshot));
        Files.move(next, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteOlderSnapshots(Path root, Path snapshot, Optional<Path> previous)
            throws IOException
    {
        List<Path> older = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            entries.filter(entry -> entry.getFileName().toString().startsWith(SNAPSHOT_PREFIX))
                    .filter(entry -> !entry.equals(snapshot) && !previous.map(entry::equals).orElse(false))
                    .forEach(older::add);
        }
        for (Path folder : older) {
            PathUtils.delete(folder);
        }
    }

    private static void deleteQuietly(Path folder)
    {
        try {
            PathUtils.delete(folder);
        }
        catch (IOException ignored) {
            // the export's own error is the one to report
        }
    }
}
