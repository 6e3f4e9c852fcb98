package io.bastion.dashboard.reports;

import io.bastion.dashboard.scope.Month;
import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The report archive in the warehouse (tables report, report_file, report_claim): every version of every month, its
 * files with their SHA-256, and the one claim per month that keeps the schedule from producing a duplicate.
 */
public final class ReportArchive
{
    public static final String PENDING = "pending";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    /** A build the marts cannot make yet (no analysis, or none reaching the month): waits for the next analysis, counts no attempt. */
    public static final String WAITING = "waiting";
    public static final String NONE = "none";
    public static final String SENT = "sent";

    private static final String COLUMNS = """
            report_id, month_key, version, trigger, requested_by, requested_at, generated_at, analysis_id, status, message, attempts,
            next_attempt_at, delivery, delivered_at, delivery_attempts, delivery_message
            """;

    /** A version whose build or delivery is to be attempted at or before the time bound to the ?. */
    private static final String DUE = """
            next_attempt_at IS NOT NULL AND next_attempt_at <= ? AND (status IN ('pending', 'failed', 'waiting') OR delivery IN ('pending', 'failed'))
            """;

    private final Warehouse warehouse;

    public ReportArchive(Warehouse warehouse)
    {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
    }

    /** One version's row. */
    public record Report(long reportId, Month month, int version, String trigger, Optional<String> requestedBy, LocalDateTime requestedAt,
            Optional<LocalDateTime> generatedAt, Optional<Long> analysisId, String status, Optional<String> message, int attempts,
            Optional<LocalDateTime> nextAttemptAt, String delivery, Optional<LocalDateTime> deliveredAt, int deliveryAttempts,
            Optional<String> deliveryMessage)
    {
        public boolean failed()
        {
            return FAILED.equals(status) || FAILED.equals(delivery);
        }
    }

    /** One archived file, without its content. */
    public record FileInfo(long reportId, String format, String fileName, String mediaType, long bytes, String sha256)
    {
    }

    /** A file to archive. */
    public record NewFile(String format, String fileName, String mediaType, byte[] content)
    {
    }

    /**
     * Claims the scheduled report of a month: creates its first version (pending, due at {@code now}) unless the month
     * already has a claim or any report. Empty when another run, restart or instance got there first.
     */
    public Optional<Report> claim(Month month, String instance, LocalDateTime now, String delivery)
    {
        try (Connection connection = warehouse.connect()) {
            connection.setAutoCommit(false);
            try {
                if (exists(connection, "SELECT 1 FROM report_claim WHERE month_key = ?", month.key())
                        || exists(connection, "SELECT 1 FROM report WHERE month_key = ?", month.key())) {
                    rollback(connection);
                    return Optional.empty();
                }
                long id = insert(connection, month, "schedule", instance, now, delivery, Optional.of(now));
                try (PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO report_claim (month_key, report_id, claimed_at, claimed_by) VALUES (?, ?, ?, ?)")) {
                    statement.setInt(1, month.key());
                    statement.setLong(2, id);
                    statement.setTimestamp(3, Timestamp.valueOf(now));
                    statement.setString(4, instance);
                    statement.executeUpdate();
                }
                connection.commit();
                return find(id);
            }
            catch (SQLException e) {
                rollback(connection);
                if (conflict(e)) {
                    return Optional.empty();
                }
                throw e;
            }
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("claim the report of " + month, e);
        }
    }

    /**
     * A new version of a month (an admin's regeneration or the command line), pending. With {@code leasedUntil}, its first
     * attempt is the caller's: no schedule run takes it before then.
     */
    public Report newVersion(Month month, String trigger, String requestedBy, LocalDateTime now, String delivery, Optional<LocalDateTime> leasedUntil)
    {
        for (int attempt = 0; ; attempt++) {
            try (Connection connection = warehouse.connect()) {
                connection.setAutoCommit(false);
                try {
                    long id = insert(connection, month, trigger, requestedBy, now, delivery, leasedUntil);
                    connection.commit();
                    return find(id).orElseThrow();
                }
                catch (SQLException e) {
                    rollback(connection);
                    if (!conflict(e) || attempt >= 5) {
                        throw e;
                    }
                }
            }
            catch (SQLException e) {
                throw new WarehouseSqlException("add a version of the report of " + month, e);
            }
        }
    }

    private static long insert(Connection connection, Month month, String trigger, String requestedBy, LocalDateTime now, String delivery,
            Optional<LocalDateTime> nextAttempt)
            throws SQLException
    {
        long id;
        int version;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT coalesce(max(report_id), 0) + 1, (SELECT coalesce(max(version), 0) + 1 FROM report WHERE month_key = ?) FROM report")) {
            statement.setInt(1, month.key());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
                version = rows.getInt(2);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO report (report_id, month_key, version, trigger, requested_by, requested_at, status, attempts, delivery, delivery_attempts,
                                    next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, 0, ?)
                """)) {
            statement.setLong(1, id);
            statement.setInt(2, month.key());
            statement.setInt(3, version);
            statement.setString(4, trigger);
            statement.setString(5, requestedBy);
            statement.setTimestamp(6, Timestamp.valueOf(now));
            statement.setString(7, delivery);
            statement.setTimestamp(8, nextAttempt.map(Timestamp::valueOf).orElse(null));
            statement.executeUpdate();
        }
        return id;
    }

    /** Records a built version: its files, the analysis run, done. */
    public void built(long reportId, long analysisId, LocalDateTime generatedAt, List<NewFile> files)
    {
        try (Connection connection = warehouse.connect()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement statement = connection.prepareStatement("DELETE FROM report_file WHERE report_id = ?")) {
                    statement.setLong(1, reportId);
                    statement.executeUpdate();
                }
                try (PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO report_file (report_id, format, file_name, media_type, bytes, sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (NewFile file : files) {
                        statement.setLong(1, reportId);
                        statement.setString(2, file.format());
                        statement.setString(3, file.fileName());
                        statement.setString(4, file.mediaType());
                        statement.setLong(5, file.content().length);
                        statement.setString(6, sha256(file.content()));
                        statement.setBytes(7, file.content());
                        statement.executeUpdate();
                    }
                }
                try (PreparedStatement statement = connection.prepareStatement("""
                        UPDATE report SET status = 'done', generated_at = ?, analysis_id = ?, message = NULL, attempts = attempts + 1,
                               next_attempt_at = CASE WHEN delivery IN ('pending', 'failed') THEN coalesce(next_attempt_at, ?) END
                        WHERE report_id = ?
                        """)) {
                    statement.setTimestamp(1, Timestamp.valueOf(generatedAt));
                    statement.setLong(2, analysisId);
                    statement.setTimestamp(3, Timestamp.valueOf(generatedAt));
                    statement.setLong(4, reportId);
                    statement.executeUpdate();
                }
                connection.commit();
            }
            catch (SQLException e) {
                rollback(connection);
                throw e;
            }
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("archive report " + reportId, e);
        }
    }

    /** Records a failed build and when it is retried (blank: no more). */
    public void buildFailed(long reportId, String message, Optional<LocalDateTime> nextAttempt)
    {
        update("UPDATE report SET status = 'failed', message = ?, attempts = attempts + 1, next_attempt_at = ? WHERE report_id = ?",
                message, nextAttempt.map(Timestamp::valueOf).orElse(null), reportId);
    }

    /**
     * Records a build that waits for an analysis ({@link #WAITING}): no attempt counted, the lease released, looked at again
     * at {@code poll} or as soon as an analysis finishes ({@link #wakeWaiting}).
     */
    public void waiting(long reportId, String message, LocalDateTime poll)
    {
        update("UPDATE report SET status = 'waiting', message = ?, next_attempt_at = ? WHERE report_id = ?", message, Timestamp.valueOf(poll), reportId);
    }

    /**
     * After an analysis: every version {@link #WAITING} for one is due at {@code now}. A version whose attempt is under way
     * is never waiting ({@link #takeAttempt} makes it pending), so no lease is cut short. Returns how many were woken.
     */
    public int wakeWaiting(LocalDateTime now)
    {
        return update("UPDATE report SET next_attempt_at = ? WHERE status = 'waiting'", Timestamp.valueOf(now));
    }

    public void delivered(long reportId, LocalDateTime at, String message)
    {
        update("""
                UPDATE report SET delivery = 'sent', delivered_at = ?, delivery_message = ?, delivery_attempts = delivery_attempts + 1, next_attempt_at = NULL
                WHERE report_id = ? AND delivery <> 'sent'
                """, Timestamp.valueOf(at), message, reportId);
    }

    public void deliveryFailed(long reportId, String message, Optional<LocalDateTime> nextAttempt)
    {
        update("""
                UPDATE report SET delivery = 'failed', delivery_message = ?, delivery_attempts = delivery_attempts + 1, next_attempt_at = ?
                WHERE report_id = ? AND delivery <> 'sent'
                """, message, nextAttempt.map(Timestamp::valueOf).orElse(null), reportId);
    }

    /**
     * Takes the attempt of a due version for one instance: moves its next attempt to {@code until}, only if it is still due
     * at {@code now}. Of several instances that saw it due, exactly one gets {@code true}; the others leave it alone. If the
     * winner dies mid-attempt, the version is due again at {@code until}. A waiting version becomes pending while attempted.
     */
    public boolean takeAttempt(long reportId, LocalDateTime now, LocalDateTime until)
    {
        try {
            return update("UPDATE report SET next_attempt_at = ?, status = CASE WHEN status = 'waiting' THEN 'pending' ELSE status END WHERE report_id = ? AND "
                    + DUE, Timestamp.valueOf(until), reportId, Timestamp.valueOf(now)) == 1;
        }
        catch (WarehouseSqlException e) {
            if (e.getCause() instanceof SQLException cause && conflict(cause)) {
                return false;
            }
            throw e;
        }
    }

    /** Versions with a build or a delivery to attempt at or before {@code now}. */
    public List<Report> due(LocalDateTime now)
    {
        return query("SELECT " + COLUMNS + " FROM report WHERE " + DUE + " ORDER BY report_id", Timestamp.valueOf(now));
    }

    /** When the next retry is due, if any. */
    public Optional<LocalDateTime> nextAttempt()
    {
        try (Connection connection = warehouse.connect();
                PreparedStatement statement = connection.prepareStatement("SELECT min(next_attempt_at) FROM report WHERE next_attempt_at IS NOT NULL");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return Optional.ofNullable(rows.getTimestamp(1)).map(Timestamp::toLocalDateTime);
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("read the next report attempt", e);
        }
    }

    public Optional<Report> find(long reportId)
    {
        return query("SELECT " + COLUMNS + " FROM report WHERE report_id = ?", reportId).stream().findFirst();
    }

    /** Every version, newest month first, newest version first. */
    public List<Report> list()
    {
        return query("SELECT " + COLUMNS + " FROM report ORDER BY month_key DESC, version DESC");
    }

    public List<Report> ofMonth(Month month)
    {
        return query("SELECT " + COLUMNS + " FROM report WHERE month_key = ? ORDER BY version", month.key());
    }

    public List<FileInfo> files(long reportId)
    {
        try (Connection connection = warehouse.connect();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT report_id, format, file_name, media_type, bytes, sha256 FROM report_file WHERE report_id = ?
                        ORDER BY CASE format WHEN 'html' THEN 1 WHEN 'pdf' THEN 2 ELSE 3 END
                        """)) {
            statement.setLong(1, reportId);
            try (ResultSet rows = statement.executeQuery()) {
                List<FileInfo> files = new ArrayList<>();
                while (rows.next()) {
                    files.add(new FileInfo(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getLong(5), rows.getString(6)));
                }
                return files;
            }
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("read the files of report " + reportId, e);
        }
    }

    public Optional<byte[]> content(long reportId, String format)
    {
        try (Connection connection = warehouse.connect();
                PreparedStatement statement = connection.prepareStatement("SELECT content FROM report_file WHERE report_id = ? AND format = ?")) {
            statement.setLong(1, reportId);
            statement.setString(2, format);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
            }
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("read a file of report " + reportId, e);
        }
    }

    public static String sha256(byte[] content)
    {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DuckDB ends a transaction that failed to commit by itself; there may be nothing left to roll back. */
    private static void rollback(Connection connection)
    {
        try {
            connection.rollback();
        }
        catch (SQLException ignored) {
            // no transaction is active
        }
    }

    private static boolean exists(Connection connection, String sql, int monthKey)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, monthKey);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** A duplicate key or a write-write conflict between two transactions: someone else's insert won. */
    private static boolean conflict(SQLException e)
    {
        String message = String.valueOf(e.getMessage());
        return message.contains("Duplicate key") || message.contains("Conflict") || message.contains("conflict") || message.contains("PRIMARY KEY")
                || message.contains("UNIQUE");
    }

    /** Runs one statement on its own; returns the rows it changed. */
    private int update(String sql, Object... values)
    {
        try (Connection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
        catch (SQLException e) {
            throw new WarehouseSqlException(sql, e);
        }
    }

    private List<Report> query(String sql, Object... values)
    {
        try (Connection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Report> reports = new ArrayList<>();
                while (rows.next()) {
                    reports.add(new Report(rows.getLong(1), new Month(rows.getInt(2)), rows.getInt(3), rows.getString(4), Optional.ofNullable(rows.getString(5)),
                            rows.getTimestamp(6).toLocalDateTime(), time(rows, 7), Optional.ofNullable(rows.getObject(8) == null ? null : rows.getLong(8)),
                            rows.getString(9), Optional.ofNullable(rows.getString(10)), rows.getInt(11), time(rows, 12), rows.getString(13), time(rows, 14),
                            rows.getInt(15), Optional.ofNullable(rows.getString(16))));
                }
                return reports;
            }
        }
        catch (SQLException e) {
            throw new WarehouseSqlException(sql, e);
        }
    }

    private static Optional<LocalDateTime> time(ResultSet rows, int column)
            throws SQLException
    {
        return Optional.ofNullable(rows.getTimestamp(column)).map(Timestamp::toLocalDateTime);
    }
}
