package io.bastion.dashboard.cli;

import io.bastion.dashboard.workbench.CommandLineAudit;
import io.bastion.dashboard.workbench.QueryEngine;
import io.bastion.dashboard.workbench.ResultSink;
import io.bastion.dashboard.workbench.Snapshot;
import io.bastion.dashboard.workbench.SnapshotFiles;
import io.bastion.dashboard.workbench.Workbench;
import io.bastion.dashboard.workbench.WorkbenchException;
import io.bastion.dashboard.workbench.WorkbenchLimits;
import io.bastion.dashboard.workbench.WorkbenchLog;
import io.bastion.dashboard.workbench.WorkbenchSettings;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code sql}: one statement on the published analyst snapshot, under the workbench's rules (its own read-only DuckDB
 * instance, external access off, configuration locked, time and memory limits). The server holds the warehouse, so
 * this reads the snapshot next to it and never the warehouse itself; it prints CSV or an aligned table. Every query is
 * audited like the workbench's, as the operating-system user {@code cli:<name>}: the entry is left in the snapshots'
 * folder for the server to move into the log ({@link CommandLineAudit}); a query whose entry cannot be left fails.
 */
final class SqlCommand
{
    /** The table format holds its rows to align them, so it shows at most this many. */
    static final int TABLE_ROWS = 10_000;

    private final PrintStream out;
    private final PrintStream err;

    SqlCommand(PrintStream out, PrintStream err)
    {
        this.out = out;
        this.err = err;
    }

    int run(String sql, boolean table, List<String> settings)
    {
        Path warehouse = Path.of(setting(settings, "bastion.warehouse").orElse(Optional.ofNullable(System.getenv("BASTION_WAREHOUSE")).orElse("./data/warehouse.duckdb")));
        SnapshotFiles files = setting(settings, "bastion.workbench.snapshots").map(Path::of).map(SnapshotFiles::new).orElseGet(() -> SnapshotFiles.besides(warehouse));
        WorkbenchSettings defaults = WorkbenchSettings.defaults();
        WorkbenchLimits limits = defaults.limits().withMaxRows(table ? TABLE_ROWS : defaults.maxExportRows());
        limits = new WorkbenchLimits(limits.timeout(), limits.maxRows(), limits.maxSqlLength(), limits.memoryLimit(), limits.threads(), Integer.MAX_VALUE);
        QueryEngine engine = new QueryEngine(files, limits, 1);
        CommandLineAudit audit = new CommandLineAudit(files);
        LocalDateTime started = LocalDateTime.now();
        long start = System.nanoTime();
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        try {
            QueryEngine.Outcome outcome = engine.run(Snapshot.ANALYST, sql, new ResultSink()
            {
                @Override
                public void columns(List<Column> columns)
                {
                    columns.forEach(column -> header.add(column.name()));
                    if (!table && !columns.isEmpty()) {
                        out.println(csv(header.toArray()));
                    }
                }

                @Override
                public boolean row(Object[] values)
                {
                    if (table) {
                        String[] cells = new String[values.length];
                        for (int i = 0; i < values.length; i++) {
                            cells[i] = values[i] == null ? "" : values[i].toString();
                        }
                        rows.add(cells);
                    }
                    else {
                        out.println(csv(values));
                    }
                    return true;
                }
            });
            out.flush();
            if (!audited(audit, entry(sql, limits, started, outcome.rows(), outcome.duration().toMillis(), "ok", false, outcome.truncated(), null))) {
                return Command.FAILURE;
            }
            if (table) {
                printTable(header, rows);
            }
            if (outcome.truncated()) {
                err.println("结果超过 " + limits.maxRows() + " 行，只输出了前 " + limits.maxRows() + " 行 / more than " + limits.maxRows() + " rows; printed the first " + limits.maxRows());
            }
            out.flush();
            return Command.SUCCESS;
        }
        catch (WorkbenchException e) {
            audited(audit, entry(sql, limits, started, 0, (System.nanoTime() - start) / 1_000_000, Workbench.outcome(e), e.cancelled(), false, Workbench.message(e)));
            err.println(e.chinese());
            err.println(e.english());
            if (!e.detail().isEmpty()) {
                err.println("DuckDB: " + e.detail());
            }
            return Command.FAILURE;
        }
    }

    private static WorkbenchLog.Entry entry(String sql, WorkbenchLimits limits, LocalDateTime started, long rows, long durationMs, String outcome,
            boolean cancelled, boolean truncated, String message)
    {
        return new WorkbenchLog.Entry(0, "cli:" + System.getProperty("user.name"), "ANALYST", Snapshot.ANALYST.code(), CommandLineAudit.KIND, started,
                Workbench.logged(sql, limits), rows, durationMs, outcome, cancelled, truncated, false, message);
    }

    /** Leaves the query's audit entry; when it cannot, says so (the command then fails, whatever it printed). */
    private boolean audited(CommandLineAudit audit, WorkbenchLog.Entry entry)
    {
        try {
            audit.spool(entry);
            return true;
        }
        catch (UncheckedIOException e) {
            err.println("查询未能写入审计记录，结果不可作数 / the query could not be audited, do not use its result: " + e.getMessage() + " (" + e.getCause().getMessage() + ")");
            return false;
        }
    }

    private void printTable(List<String> header, List<String[]> rows)
    {
        if (header.isEmpty()) {
            return;
        }
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(header.get(i));
        }
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], Math.min(60, width(row[i])));
            }
        }
        out.println(line(header.toArray(String[]::new), widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.println(rule);
        rows.forEach(row -> out.println(line(row, widths)));
        out.println("(" + rows.size() + " 行 / rows)");
    }

    private static String line(String[] cells, int[] widths)
    {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].replace('\n', ' ');
            if (width(cell) > 60) {
                cell = cell.substring(0, Math.min(cell.length(), 57)) + "…";
            }
            text.append(i == 0 ? "" : " | ").append(cell).append(" ".repeat(Math.max(0, widths[i] - width(cell))));
        }
        return text.toString().stripTrailing();
    }

    /** Display width: a Chinese character takes two columns in a terminal. */
    private static int width(String text)
    {
        return text.codePoints().map(c -> Character.isIdeographic(c) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
    }

    static String csv(Object[] values)
    {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            String value = values[i] == null ? "" : values[i].toString();
            text.append(value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r") ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
        return text.toString();
    }

    private static Optional<String> setting(List<String> settings, String name)
    {
        String prefix = "--" + name + "=";
        return settings.stream().filter(setting -> setting.startsWith(prefix)).map(setting -> setting.substring(prefix.length())).reduce((first, second) -> second);
    }
}
