package io.bastion.dashboard.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static java.util.Objects.requireNonNull;

/**
 * Runs one analyst's statement on a published snapshot, with the safety coming from DuckDB itself: every statement gets
 * its own DuckDB instance (not shared through the JDBC driver's instance cache, so a {@code DETACH} or a temp table
 * cannot outlive it or reach another query), opened read-only, with no temp directory, external access off (no files,
 * no extensions), a memory and thread limit, and the configuration locked before the statement is seen. The statement
 * is cancelled with {@link Statement#cancel()} at its time limit and reading stops at the row limit.
 */
public final class QueryEngine
        implements AutoCloseable
{
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "workbench-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private final SnapshotFiles files;
    private final WorkbenchLimits limits;
    private final Semaphore running;

    public QueryEngine(SnapshotFiles files, WorkbenchLimits limits, int concurrentQueries)
    {
        this.files = requireNonNull(files, "files is null");
        this.limits = requireNonNull(limits, "limits is null");
        if (concurrentQueries <= 0) {
            throw new IllegalArgumentException("concurrentQueries must be positive");
        }
        this.running = new Semaphore(concurrentQueries);
    }

    public WorkbenchLimits limits()
    {
        return limits;
    }

    public SnapshotFiles files()
    {
        return files;
    }

    /** How a statement ended when it was not refused. */
    public record Outcome(List<ResultSink.Column> columns, long rows, boolean truncated, Duration duration)
    {
    }

    public Outcome run(Snapshot snapshot, String sql, ResultSink sink)
    {
        return run(snapshot, sql, limits, sink);
    }

    /** Runs the statement under the given limits; a refusal is thrown as a {@link WorkbenchException}. */
    public Outcome run(Snapshot snapshot, String sql, WorkbenchLimits limits, ResultSink sink)
    {
        if (sql == null || sql.isBlank()) {
            throw new WorkbenchException(Refusal.EMPTY, null);
        }
        if (sql.length() > limits.maxSqlLength()) {
            throw new WorkbenchException(Refusal.TOO_LONG, null, limits.maxSqlLength());
        }
        Path file = files.file(snapshot);
        if (!Files.isRegularFile(file)) {
            throw new WorkbenchException(Refusal.NO_SNAPSHOT, null);
        }
        if (!running.tryAcquire()) {
            throw new WorkbenchException(Refusal.BUSY, null);
        }
        long started = System.nanoTime();
        AtomicBoolean cancelled = new AtomicBoolean();
        try (Connection connection = open(file, limits); Statement statement = connection.createStatement()) {
            ScheduledFuture<?> timeout = TIMER.schedule(() -> {
                cancelled.set(true);
                try {
                    statement.cancel();
                }
                catch (SQLException | RuntimeException ignored) {
                    // the statement has finished or closed meanwhile
                }
            }, limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            try {
                return read(statement, sql, limits, sink, started);
            }
            finally {
                timeout.cancel(false);
            }
        }
        catch (SQLException e) {
            Refusal refusal = Refusal.of(e, cancelled.get(), snapshot);
            throw new WorkbenchException(refusal, firstLine(e), limits.timeout().toSeconds(), limits.memoryLimit());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            running.release();
        }
    }

    private static Outcome read(Statement statement, String sql, WorkbenchLimits limits, ResultSink sink, long started)
            throws SQLException, IOException
    {
        List<ResultSink.Column> columns = new ArrayList<>();
        long rows = 0;
        boolean truncated = false;
        if (statement.execute(sql)) {
            try (ResultSet result = statement.getResultSet()) {
                ResultSetMetaData meta = result.getMetaData();
                int count = meta.getColumnCount();
                for (int i = 1; i <= count; i++) {
                    columns.add(new ResultSink.Column(meta.getColumnLabel(i), meta.getColumnTypeName(i), numeric(meta.getColumnType(i))));
                }
                sink.columns(List.copyOf(columns));
                boolean wanted = true;
                while (result.next()) {
                    if (rows >= limits.maxRows()) {
                        truncated = true;
                        break;
                    }
                    Object[] values = new Object[count];
                    for (int i = 0; i < count; i++) {
                        values[i] = value(result, i + 1, columns.get(i), limits.maxCellChars());
                    }
                    rows++;
                    if (wanted && !sink.row(values)) {
                        wanted = false;
                    }
                    if (!wanted && rows >= limits.maxRows()) {
                        break;
                    }
                }
            }
        }
        else {
            sink.columns(List.of());
        }
        return new Outcome(List.copyOf(columns), rows, truncated, Duration.ofNanos(System.nanoTime() - started));
    }

    private static Object value(ResultSet result, int index, ResultSink.Column column, int maxChars)
            throws SQLException
    {
        Object value = result.getObject(index);
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigInteger || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        String text = value instanceof byte[] bytes ? "(" + bytes.length + " bytes)" : String.valueOf(value);
        return text.length() > maxChars ? text.substring(0, maxChars) + "…" : text;
    }

    private static boolean numeric(int type)
    {
        return switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL -> true;
            default -> false;
        };
    }

    /**
     * A DuckDB instance of its own over the snapshot file, locked down before any user SQL is seen. The options travel
     * as connection properties (a {@code ?} in the URL would silently name another file).
     */
    static Connection open(Path file, WorkbenchLimits limits)
            throws SQLException
    {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        properties.setProperty("jdbc_instance_cache", "false");
        properties.setProperty("temp_directory", "");
        properties.setProperty("enable_external_access", "false");
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        properties.setProperty("allow_community_extensions", "false");
        properties.setProperty("memory_limit", limits.memoryLimit());
        properties.setProperty("threads", Integer.toString(limits.threads()));
        properties.setProperty("lock_configuration", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath().normalize(), properties);
    }

    static String firstLine(SQLException e)
    {
        String message = String.valueOf(e.getMessage());
        // DuckDB wraps the real error behind "Attempting to execute an unsuccessful or closed pending query result".
        int real = message.indexOf("\nError: ");
        if (real >= 0) {
            message = message.substring(real + "\nError: ".length());
        }
        int end = message.indexOf('\n');
        message = end < 0 ? message : message.substring(0, end);
        return message.length() > 500 ? message.substring(0, 500) + "…" : message;
    }

    @Override
    public void close()
    {
        // queries own their instances; nothing is kept between them
    }
}
