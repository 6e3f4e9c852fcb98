package io.bastion.analytics.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * Replaces every mart of the schema with the Spark job's output, {@code <marts>/<mart_table>/*.parquet}, in one DuckDB
 * transaction that also marks the analysis run done: readers see the old marts or the new ones, never a mix.
 * A run that recomputed from a month replaces, in the marts of {@link MartMonths}, only the rows of that month and later
 * (the job's rows of earlier months are incomplete and dropped); the other marts it replaces whole.
 * A missing, unknown or malformed mart folder fails the whole load and nothing changes.
 */
public final class MartLoad
{
    public static final String ANALYSIS_ID = "analysis_id";
    public static final String COMPUTED_AT = "computed_at";

    private static final String MART_TABLES = """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'main' AND table_type = 'BASE TABLE' AND starts_with(table_name, 'mart_')
            ORDER BY table_name""";
    private static final String MART_COLUMNS = """
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position""";
    // The mart names come from the catalogue above; the folder is a checked literal (PathLiteral).
    private static final String PARQUET_COLUMNS = "DESCRIBE SELECT * FROM read_parquet(%s)";
    private static final String DELETE = "DELETE FROM main.%s";
    private static final String DELETE_FROM_MONTH = "DELETE FROM main.%s WHERE %s >= ?";
    private static final String INSERT = "INSERT INTO main.%s BY NAME SELECT *, ? AS analysis_id, ? AS computed_at FROM read_parquet(%s)";
    private static final String INSERT_FROM_MONTH = INSERT + " WHERE %s >= ?";

    private MartLoad() {}

    /**
     * Loads the marts of run {@code analysisId} (recorded as running), stamping every row with it and {@code computedAt},
     * and marks the run done with the load time and the rows loaded. With {@code fromMonth}, only the rows of that month
     * and later are replaced in the marts replaced month by month.
     */
    public static LoadedMarts load(Connection connection, Path marts, long analysisId, LocalDateTime computedAt, OptionalInt fromMonth)
    {
        requireNonNull(fromMonth, "fromMonth is null");
        requireNonNull(connection, "connection is null");
        requireNonNull(marts, "marts is null");
        requireNonNull(computedAt, "computedAt is null");
        long start = System.nanoTime();
        try {
            List<String> tables = martTables(connection);
            checkFolders(marts, tables);
            for (String table : tables) {
                checkColumns(connection, marts.resolve(table), table);
            }
            return replace(connection, marts, tables, analysisId, computedAt, fromMonth, start);
        }
        catch (SQLException e) {
            throw new AnalysisException(AnalysisException.Reason.LOAD, "装载指标失败，已回滚，指标保持上次的结果：" + e.getMessage()
                    + " / Loading the marts failed and was rolled back; the previous marts stay: " + e.getMessage(), e);
        }
    }

    /** The mart tables of the schema, by name. */
    public static List<String> martTables(Connection connection)
            throws SQLException
    {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(MART_TABLES)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** A mart's columns without the stamps the load adds. */
    public static List<String> computedColumns(Connection connection, String table)
            throws SQLException
    {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(MART_COLUMNS)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        columns.removeAll(List.of(ANALYSIS_ID, COMPUTED_AT));
        return columns;
    }

    private static LoadedMarts replace(Connection connection, Path marts, List<String> tables, long analysisId, LocalDateTime computedAt,
            OptionalInt fromMonth, long start)
            throws SQLException
    {
        Map<String, Long> rows = new TreeMap<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (String table : tables) {
                String files = PathLiteral.parquetFilesIn(marts.resolve(table));
                Optional<String> month = fromMonth.isPresent() ? MartMonths.of(table) : Optional.empty();
                if (month.isPresent()) {
                    try (PreparedStatement delete = connection.prepareStatement(String.format(DELETE_FROM_MONTH, table, month.get()))) {
                        delete.setInt(1, fromMonth.getAsInt());
                        delete.executeUpdate();
                    }
                }
                else {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate(String.format(DELETE, table));
                    }
                }
                String sql = month.map(expression -> String.format(INSERT_FROM_MONTH, table, files, expression)).orElse(String.format(INSERT, table, files));
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    insert.setLong(1, analysisId);
                    insert.setTimestamp(2, Timestamp.valueOf(computedAt));
                    if (month.isPresent()) {
                        insert.setInt(3, fromMonth.getAsInt());
                    }
                    rows.put(table, (long) insert.executeUpdate());
                }
            }
            long loadMs = (System.nanoTime() - start) / 1_000_000;
            long total = rows.values().stream().mapToLong(Long::longValue).sum();
            AnalysisRuns.done(connection, analysisId, loadMs, total);
            connection.commit();
            return new LoadedMarts(rows, loadMs);
        }
        catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void checkFolders(Path marts, List<String> tables)
    {
        Set<String> missing = new TreeSet<>();
        for (String table : tables) {
            if (!hasParquetFiles(marts.resolve(table))) {
                missing.add(table);
            }
        }
        Set<String> unknown = new TreeSet<>();
        if (Files.isDirectory(marts)) {
            try (Stream<Path> entries = Files.list(marts)) {
                entries.map(entry -> entry.getFileName().toString())
                        .filter(name -> name.startsWith("mart_") && !tables.contains(name))
                        .forEach(unknown::add);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new AnalysisException(AnalysisException.Reason.MARTS, "分析结果 " + marts + " 不完整，未装载：缺少 " + missing + "，多出 " + unknown
                    + " / The job's output " + marts + " is not the schema's marts, nothing was loaded: missing " + missing + ", unknown " + unknown);
        }
    }

    private static boolean hasParquetFiles(Path folder)
    {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkColumns(Connection connection, Path folder, String table)
            throws SQLException
    {
        Set<String> expected = new LinkedHashSet<>(computedColumns(connection, table));
        Set<String> actual = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(String.format(PARQUET_COLUMNS, PathLiteral.parquetFilesIn(folder)))) {
            while (rows.next()) {
                actual.add(rows.getString("column_name"));
            }
        }
        catch (SQLException e) {
            throw new AnalysisException(AnalysisException.Reason.MARTS, "指标 " + table + " 的结果文件无法读取：" + e.getMessage()
                    + " / The output of mart " + table + " cannot be read: " + e.getMessage(), e);
        }
        if (!actual.equals(expected)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            throw new AnalysisException(AnalysisException.Reason.MARTS, "指标 " + table + " 的列与表结构不符：缺少 " + missing + "，多出 " + extra
                    + " / Mart " + table + " does not have the schema's columns: missing " + missing + ", unexpected " + extra);
        }
    }
}
