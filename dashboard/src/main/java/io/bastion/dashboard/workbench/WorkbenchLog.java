package io.bastion.dashboard.workbench;

import io.bastion.sql.Warehouse;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The workbench's audit log (restricted.workbench_query), which is also each user's history, and the saved queries
 * analysts share (restricted.workbench_saved). Both live in the warehouse, never in a snapshot analysts query. The
 * queries of {@code ./bastion sql}, which cannot write here while the server runs, are moved in before the log is read.
 */
@Component
public final class WorkbenchLog
{
    private final Warehouse warehouse;
    private final CommandLineAudit commandLine;

    public WorkbenchLog(Warehouse warehouse, SnapshotFiles files)
    {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
        this.commandLine = new CommandLineAudit(files);
    }

    /** One logged query. */
    public record Entry(long queryId, String username, String role, String snapshot, String kind, LocalDateTime startedAt, String sql,
                        long rows, long durationMs, String outcome, boolean cancelled, boolean truncated, boolean personalData, String message)
    {
    }

    public record Saved(long savedId, String title, String sql, String createdBy, LocalDateTime createdAt)
    {
    }

    /** Which rows of the log an admin asks for; empty parts match everything. */
    public record Filter(Optional<String> username, Optional<String> outcome, Optional<String> kind, boolean personalDataOnly, int limit)
    {
    }

    public void record(Entry entry)
    {
        write(entry);
    }

    /** Moves the entries {@code ./bastion sql} left for the server into the log. */
    public void moveCommandLineEntries()
    {
        commandLine.moveInto(this);
    }

    void write(Entry entry)
    {
        String sql = """
                INSERT INTO restricted.workbench_query (username, role, snapshot, kind, started_at, sql_text, rows_returned, duration_ms,
                                                        outcome, cancelled, truncated, personal_data, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """;
        try (Connection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, entry.username());
            statement.setString(2, entry.role());
            statement.setString(3, entry.snapshot());
            statement.setString(4, entry.kind());
            statement.setTimestamp(5, Timestamp.valueOf(entry.startedAt()));
            statement.setString(6, entry.sql());
            statement.setLong(7, entry.rows());
            statement.setLong(8, entry.durationMs());
            statement.setString(9, entry.outcome());
            statement.setBoolean(10, entry.cancelled());
            statement.setBoolean(11, entry.truncated());
            statement.setBoolean(12, entry.personalData());
            statement.setString(13, entry.message());
            statement.executeUpdate();
        }
        catch (SQLException e) {
            throw new IllegalStateException("could not write the workbench audit log", e);
        }
    }

    public List<Entry> history(String username, int limit)
    {
        return entries(new Filter(Optional.of(username), Optional.empty(), Optional.empty(), false, limit));
    }

    public List<Entry> entries(Filter filter)
    {
        moveCommandLineEntries();
        StringBuilder sql = new StringBuilder("SELECT query_id, username, role, snapshot, kind, started_at, sql_text, rows_returned, duration_ms, "
                + "outcome, cancelled, truncated, personal_data, message FROM restricted.workbench_query WHERE true");
        List<Object> parameters = new ArrayList<>();
        filter.username().filter(value -> !value.isBlank()).ifPresent(value -> {
            sql.append(" AND username = ?");
            parameters.add(value);
        });
        filter.outcome().filter(value -> !value.isBlank()).ifPresent(value -> {
            sql.append(" AND outcome = ?");
            parameters.add(value);
        });
        filter.kind().filter(value -> !value.isBlank()).ifPresent(value -> {
            sql.append(" AND kind = ?");
            parameters.add(value);
        });
        if (filter.personalDataOnly()) {
            sql.append(" AND personal_data");
        }
        sql.append(" ORDER BY query_id DESC LIMIT ").append(Math.max(1, Math.min(filter.limit(), 1000)));
        List<Entry> entries = new ArrayList<>();
        try (Connection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                            rows.getTimestamp(6).toLocalDateTime(), rows.getString(7), rows.getLong(8), rows.getLong(9), rows.getString(10),
                            rows.getBoolean(11), rows.getBoolean(12), rows.getBoolean(13), rows.getString(14)));
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("could not read the workbench audit log", e);
        }
        return entries;
    }

    public List<Saved> saved()
    {
        List<Saved> saved = new ArrayList<>();
        try (Connection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT saved_id, title, sql_text, created_by, created_at FROM restricted.workbench_saved ORDER BY title, saved_id");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                saved.add(new Saved(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getTimestamp(5).toLocalDateTime()));
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("could not read the saved workbench queries", e);
        }
        return saved;
    }

    public long save(String title, String sql, String username)
    {
        try (Connection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO restricted.workbench_saved (title, sql_text, created_by, created_at) VALUES (?, ?, ?, ?) RETURNING saved_id")) {
            statement.setString(1, title);
            statement.setString(2, sql);
            statement.setString(3, username);
            statement.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("could not save the workbench query", e);
        }
    }

    /** Deletes a saved query: its author may, and an admin may; returns whether one was deleted. */
    public boolean delete(long savedId, String username, boolean admin)
    {
        try (Connection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM restricted.workbench_saved WHERE saved_id = ? AND (created_by = ? OR ?)")) {
            statement.setLong(1, savedId);
            statement.setString(2, username);
            statement.setBoolean(3, admin);
            return statement.executeUpdate() > 0;
        }
        catch (SQLException e) {
            throw new IllegalStateException("could not delete the saved workbench query", e);
        }
    }
}
