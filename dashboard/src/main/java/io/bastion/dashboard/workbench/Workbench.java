package io.bastion.dashboard.workbench;

import io.bastion.dashboard.security.Viewer;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** The workbench as the pages, the API and the exports use it: runs on the viewer's snapshot and logs every statement. */
@Component
public final class Workbench
{
    static final String SCHEMA_SQL = """
            SELECT 'table' AS kind, schema_name, table_name AS name, comment FROM duckdb_tables() WHERE database_name = current_database()
            UNION ALL
            SELECT 'view', schema_name, view_name, comment FROM duckdb_views() WHERE database_name = current_database() AND NOT internal
            ORDER BY 2, 1, 3
            """;
    static final String COLUMNS_SQL = """
            SELECT schema_name, table_name, column_name, data_type, comment FROM duckdb_columns()
            WHERE database_name = current_database() AND NOT internal ORDER BY schema_name, table_name, column_index
            """;

    private final QueryEngine engine;
    private final WorkbenchLog log;
    private final WorkbenchSettings settings;

    Workbench(QueryEngine engine, WorkbenchLog log, WorkbenchSettings settings)
    {
        this.engine = requireNonNull(engine, "engine is null");
        this.log = requireNonNull(log, "log is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    public record Page(List<ResultSink.Column> columns, List<Object[]> rows, int page, int pageSize, long totalRows, boolean truncated,
                       long durationMs, String snapshot, long maxRows)
    {
    }

    /** One page of a statement's result; the rows are counted up to the row limit. */
    public Page query(Viewer viewer, String sql, int page)
    {
        int pageSize = settings.pageSize();
        int wanted = Math.max(1, page);
        long skip = (long) (wanted - 1) * pageSize;
        List<Object[]> rows = new ArrayList<>();
        long[] seen = {0};
        Snapshot snapshot = Snapshot.of(viewer);
        QueryEngine.Outcome outcome = logged(viewer, "query", sql, snapshot, engine.limits(), new ResultSink()
        {
            @Override
            public void columns(List<Column> columns) {}

            @Override
            public boolean row(Object[] values)
            {
                if (seen[0] >= skip && rows.size() < pageSize) {
                    rows.add(values);
                }
                seen[0]++;
                return true;
            }
        });
        return new Page(outcome.columns(), rows, wanted, pageSize, outcome.rows(), outcome.truncated(), outcome.duration().toMillis(),
                snapshot.code(), engine.limits().maxRows());
    }

    /** Streams the whole result (up to the export limit) into the sink; logged with the kind {@code csv} or {@code xlsx}. */
    public QueryEngine.Outcome export(Viewer viewer, String sql, String kind, ResultSink sink)
    {
        return logged(viewer, kind, sql, Snapshot.of(viewer), settings.exportLimits(), sink);
    }

    /** Tables and views of the viewer's snapshot with the data dictionary's Chinese names and English descriptions. */
    public List<Map<String, Object>> schema(Viewer viewer)
    {
        Snapshot snapshot = Snapshot.of(viewer);
        Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
        engine.run(snapshot, SCHEMA_SQL, engine.limits().withMaxRows(100_000), new Collect(values -> {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("kind", values[0]);
            object.put("schema", values[1]);
            object.put("name", values[2]);
            putComment(object, (String) values[3]);
            object.put("columns", new ArrayList<Map<String, Object>>());
            objects.put(values[1] + "." + values[2], object);
        }));
        engine.run(snapshot, COLUMNS_SQL, engine.limits().withMaxRows(1_000_000), new Collect(values -> {
            Map<String, Object> object = objects.get(values[0] + "." + values[1]);
            if (object == null) {
                return;
            }
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("name", values[2]);
            column.put("type", values[3]);
            putComment(column, (String) values[4]);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> columns = (List<Map<String, Object>>) object.get("columns");
            columns.add(column);
        }));
        return List.copyOf(objects.values());
    }

    private static void putComment(Map<String, Object> target, String comment)
    {
        String text = comment == null ? "" : comment;
        int separator = text.indexOf(" — ");
        target.put("zh", separator < 0 ? text : text.substring(0, separator));
        target.put("en", separator < 0 ? "" : text.substring(separator + 3));
    }

    private QueryEngine.Outcome logged(Viewer viewer, String kind, String sql, Snapshot snapshot, WorkbenchLimits limits, ResultSink sink)
    {
        LocalDateTime started = LocalDateTime.now();
        long start = System.nanoTime();
        String text = sql == null ? "" : sql;
        String logged = logged(text, limits);
        try {
            QueryEngine.Outcome outcome = engine.run(snapshot, text, limits, sink);
            log.record(new LogEntryBuilder(viewer, snapshot, kind, started, logged).finish(outcome.rows(), outcome.duration().toMillis(), "ok", false,
                    outcome.truncated(), null));
            return outcome;
        }
        catch (WorkbenchException e) {
            log.record(new LogEntryBuilder(viewer, snapshot, kind, started, logged).finish(0, (System.nanoTime() - start) / 1_000_000, outcome(e),
                    e.cancelled(), false, message(e)));
            throw e;
        }
        catch (RuntimeException e) {
            log.record(new LogEntryBuilder(viewer, snapshot, kind, started, logged).finish(0, (System.nanoTime() - start) / 1_000_000, "failed",
                    false, false, String.valueOf(e.getMessage())));
            throw e;
        }
    }

    /** The log's word for how a query that threw ended: cancelled, failed (the query's own error) or refused (a rule). */
    public static String outcome(WorkbenchException e)
    {
        return e.cancelled() ? "cancelled" : switch (e.refusal()) {
            case SYNTAX, NOT_FOUND, INVALID, FAILED, MEMORY -> "failed";
            default -> "refused";
        };
    }

    /** The log's message for a query that threw: the refusal and DuckDB's detail. */
    public static String message(WorkbenchException e)
    {
        return e.refusal().name() + (e.detail().isEmpty() ? "" : ": " + e.detail());
    }

    /** The SQL as logged: cut at the longest statement the limits accept. */
    public static String logged(String sql, WorkbenchLimits limits)
    {
        String text = sql == null ? "" : sql;
        return text.length() > limits.maxSqlLength() ? text.substring(0, limits.maxSqlLength()) + "…" : text;
    }

    private record LogEntryBuilder(Viewer viewer, Snapshot snapshot, String kind, LocalDateTime started, String sql)
    {
        WorkbenchLog.Entry finish(long rows, long durationMs, String outcome, boolean cancelled, boolean truncated, String message)
        {
            // Whatever ran on the admin snapshot could read personal data; its exports are logged as personal-data exports.
            return new WorkbenchLog.Entry(0, viewer.username(), viewer.role().name(), snapshot.code(), kind, started, sql, rows, durationMs,
                    outcome, cancelled, truncated, snapshot.holdsPersonalData(), message);
        }
    }

    private record Collect(java.util.function.Consumer<Object[]> each)
            implements ResultSink
    {
        @Override
        public void columns(List<Column> columns) {}

        @Override
        public boolean row(Object[] values)
                throws IOException
        {
            each.accept(values);
            return true;
        }
    }
}
