package io.bastion.ingest.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether two closed warehouse files hold the same: every table of every schema, compared row for row
 * with EXCEPT ALL both ways, ids included. Left out are only the columns a second run cannot reproduce:
 * the clock (when a run started and finished, how long it took and so how many rows per second; when a
 * file or submission was received, pulled or failed; when a migration was applied and how long it took)
 * and a migration's rank, which shifts when a newer build brings migrations of its own (the repeatable
 * ones come after every versioned one). Of the migration history, the migrations only one side has are
 * noted, not compared, and so are the tables only their side has. The sequences' last values are compared.
 * Run: {@code ./mvnw -q -B -pl ingest -am -DskipTests -Psame-warehouse verify -Dexpected=A.duckdb -Dactual=B.duckdb};
 * the exit status is 1 when they differ.
 */
public final class SameWarehouse
{
    /** Columns a second run cannot reproduce, by schema.table. */
    static final Map<String, Set<String>> RUN_DEPENDENT = Map.of(
            "main.ingest_run", Set.of("started_at", "finished_at", "duration_ms", "rows_per_second"),
            "main.archived_file", Set.of("received_at"),
            "main.fact_submission", Set.of("received_at"),
            "main.pulled_file", Set.of("pulled_at"),
            "main.pull_failure", Set.of("failed_at"),
            "main.flyway_schema_history", Set.of("installed_on", "execution_time", "installed_rank"));
    private static final String HISTORY = "main.flyway_schema_history";

    private SameWarehouse() {}

    public static void main(String[] args)
            throws SQLException
    {
        if (args.length != 2) {
            System.err.println("usage: SameWarehouse EXPECTED.duckdb ACTUAL.duckdb");
            System.exit(2);
        }
        Report report = compare(Path.of(args[0]), Path.of(args[1]));
        report.notes().forEach(note -> System.out.println("note: " + note));
        report.compared().forEach((table, rows) -> System.out.printf("same  %-45s %,12d rows%n", table, rows));
        report.differences().forEach((table, why) -> System.out.println("DIFFERENT " + table + ": " + why));
        System.out.printf("%d tables compared, %d different%n", report.compared().size() + report.differences().size(), report.differences().size());
        System.exit(report.same() ? 0 : 1);
    }

    /** What the comparison found: tables equal (with their row counts), tables that differ and why, and notes. */
    record Report(Map<String, Long> compared, Map<String, String> differences, List<String> notes)
    {
        boolean same()
        {
            return differences.isEmpty();
        }
    }

    static Report compare(Path expected, Path actual)
            throws SQLException
    {
        for (Path file : List.of(expected, actual)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no warehouse file " + file);
            }
        }
        Map<String, Long> compared = new LinkedHashMap<>();
        Map<String, String> differences = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + expected.toAbsolutePath() + "' AS expected (READ_ONLY)");
            statement.execute("ATTACH '" + actual.toAbsolutePath() + "' AS actual (READ_ONLY)");
            Set<String> expectedTables = tables(statement, "expected");
            Set<String> actualTables = tables(statement, "actual");
            List<String> newMigrations = expectedTables.contains(HISTORY) && actualTables.contains(HISTORY)
                    ? rows(statement, "SELECT script FROM actual." + HISTORY + " WHERE script NOT IN (SELECT script FROM expected." + HISTORY + ")")
                    : List.of();
            for (String table : union(expectedTables, actualTables)) {
                if (!actualTables.contains(table)) {
                    differences.put(table, "only in expected");
                    continue;
                }
                if (!expectedTables.contains(table)) {
                    if (newMigrations.isEmpty()) {
                        differences.put(table, "only in actual");
                    }
                    else {
                        notes.add("table only in actual, made by its migrations " + newMigrations + ": " + table + " ("
                                + count(statement, "SELECT count(*) FROM actual." + table) + " rows)");
                    }
                    continue;
                }
                List<String> columns = columns(statement, "expected", table);
                List<String> actualColumns = columns(statement, "actual", table);
                if (!columns.equals(actualColumns)) {
                    differences.put(table, "columns differ: " + columns + " vs " + actualColumns);
                    continue;
                }
                String left = select(table, columns, "expected", "actual");
                String right = select(table, columns, "actual", "expected");
                long missing = count(statement, "SELECT count(*) FROM (" + left + " EXCEPT ALL " + right + ")");
                long extra = count(statement, "SELECT count(*) FROM (" + right + " EXCEPT ALL " + left + ")");
                if (missing + extra > 0) {
                    differences.put(table, missing + " rows only in expected, " + extra + " only in actual; first only in expected: "
                            + first(statement, left + " EXCEPT ALL " + right) + "; first only in actual: " + first(statement, right + " EXCEPT ALL " + left));
                }
                else {
                    compared.put(table, count(statement, "SELECT count(*) FROM (" + left + ")"));
                }
            }
            if (expectedTables.contains(HISTORY) && actualTables.contains(HISTORY)) {
                for (String side : List.of("expected", "actual")) {
                    String other = side.equals("expected") ? "actual" : "expected";
                    rows(statement, "SELECT script FROM " + side + "." + HISTORY + " WHERE script NOT IN (SELECT script FROM " + other + "." + HISTORY + ")")
                            .forEach(script -> notes.add("migration only in " + side + ": " + script));
                }
            }
            String sequences = "SELECT schema_name, sequence_name, last_value FROM duckdb_sequences() WHERE database_name = '%s'";
            long sequenceDifferences = count(statement, "SELECT count(*) FROM ((" + sequences.formatted("expected") + " EXCEPT ALL " + sequences.formatted("actual")
                    + ") UNION ALL (" + sequences.formatted("actual") + " EXCEPT ALL " + sequences.formatted("expected") + "))");
            if (sequenceDifferences > 0) {
                differences.put("(sequences)", "last values differ: " + rows(statement, sequences.formatted("expected")) + " vs " + rows(statement, sequences.formatted("actual")));
            }
            else {
                compared.put("(sequences)", count(statement, "SELECT count(*) FROM (" + sequences.formatted("expected") + ")"));
            }
        }
        return new Report(compared, differences, notes);
    }

    /** The table's rows without its clock columns; of the migration history, only the migrations both sides have. */
    private static String select(String table, List<String> columns, String database, String other)
    {
        Set<String> skipped = RUN_DEPENDENT.getOrDefault(table, Set.of());
        List<String> kept = columns.stream().filter(column -> !skipped.contains(column)).map(column -> '"' + column + '"').toList();
        String sql = "SELECT " + String.join(", ", kept) + " FROM " + database + "." + table;
        if (table.equals(HISTORY)) {
            sql += " WHERE script IN (SELECT script FROM " + other + "." + HISTORY + ")";
        }
        return sql;
    }

    private static Set<String> tables(Statement statement, String database)
            throws SQLException
    {
        return new TreeSet<>(rows(statement, "SELECT schema_name || '.' || table_name FROM duckdb_tables() WHERE database_name = '" + database + "'"));
    }

    private static List<String> columns(Statement statement, String database, String table)
            throws SQLException
    {
        String[] name = table.split("\\.", 2);
        return rows(statement, "SELECT column_name FROM duckdb_columns() WHERE database_name = '" + database + "' AND schema_name = '" + name[0]
                + "' AND table_name = '" + name[1] + "' ORDER BY column_index");
    }

    private static Set<String> union(Set<String> a, Set<String> b)
    {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> rows(Statement statement, String sql)
            throws SQLException
    {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " ").append(rows.getString(i));
                }
                values.add(row.toString());
            }
        }
        return values;
    }

    private static String first(Statement statement, String sql)
            throws SQLException
    {
        List<String> rows = rows(statement, sql + " LIMIT 1");
        return rows.isEmpty() ? "none" : "[" + rows.get(0) + "]";
    }

    private static long count(Statement statement, String sql)
            throws SQLException
    {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
