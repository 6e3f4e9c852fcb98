package io.bastion.ingest.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compares what two closed warehouse files hold, table by table, with EXCEPT ALL both ways. Left out
 * is only the bookkeeping that legitimately differs between runs: run, file and submission ids,
 * arrival times and pseudonymous person keys (people are compared by their person number).
 */
final class WarehouseComparison
{
    /** Each compared table as a query over the database {@code %1$s}, with its ids replaced by what they stand for. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("fact_submission", """
                SELECT org_code, month_key, submitted_on, on_time, is_current, superseded_by IS NULL AS never_superseded, people_rows, life_rows
                FROM %1$s.main.fact_submission""");
        for (String table : new String[] {"fact_organization_report", "fact_coverage_link", "fact_organization_life"}) {
            TABLES.put(table, "SELECT * EXCLUDE (submission_id, run_id, file_id) FROM %1$s.main." + table);
        }
        for (String table : new String[] {"fact_person_month", "fact_admission_event"}) {
            TABLES.put(table, "SELECT i.person_no, t.* EXCLUDE (person_key, submission_id, run_id, file_id) FROM %1$s.main." + table
                    + " t JOIN %1$s.restricted.person_identity i USING (person_key)");
        }
        for (String table : new String[] {"fact_enterprise_month", "fact_grade", "fact_demonstration_site", "fact_liaison_assignment", "fact_liaison_contact",
                "fact_annual_target"}) {
            TABLES.put(table, "SELECT * EXCLUDE (run_id, file_id) FROM %1$s.main." + table);
        }
        TABLES.put("dim_organization", "SELECT * FROM %1$s.main.dim_organization");
        TABLES.put("dim_enterprise", "SELECT * FROM %1$s.main.dim_enterprise");
        for (String table : new String[] {"main.dim_person", "restricted.person_identity_history"}) {
            TABLES.put(table, "SELECT i.person_no, t.* EXCLUDE (person_key) FROM %1$s." + table + " t JOIN %1$s.restricted.person_identity i USING (person_key)");
        }
        TABLES.put("restricted.person_identity", "SELECT * EXCLUDE (person_key) FROM %1$s.restricted.person_identity");
        TABLES.put("restricted.organization_secretary", "SELECT * EXCLUDE (submission_id) FROM %1$s.restricted.organization_secretary");
        TABLES.put("quarantine", """
                SELECT f.original_name, f.sha256, q.* EXCLUDE (run_id, file_id)
                FROM %1$s.main.quarantine q JOIN %1$s.main.archived_file f USING (file_id)""");
        TABLES.put("restricted.quarantine_raw_row", """
                SELECT f.original_name, f.sha256, q.* EXCLUDE (run_id, file_id)
                FROM %1$s.restricted.quarantine_raw_row q JOIN %1$s.main.archived_file f USING (file_id)""");
        TABLES.put("pending_reference", """
                SELECT f.original_name, f.sha256, p.reference, p.code, p.submission_id IS NULL AS refused
                FROM %1$s.main.pending_reference p JOIN %1$s.main.archived_file f USING (file_id)""");
    }

    private WarehouseComparison() {}

    /** Each table whose rows differ, with how many rows of {@code expected} are missing from {@code actual} and how many are extra. */
    static Map<String, String> differences(Path expected, Path actual)
            throws SQLException
    {
        Map<String, String> differences = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + expected.toAbsolutePath() + "' AS expected (READ_ONLY)");
            statement.execute("ATTACH '" + actual.toAbsolutePath() + "' AS actual (READ_ONLY)");
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                String left = table.getValue().formatted("expected");
                String right = table.getValue().formatted("actual");
                long missing = count(statement, "SELECT count(*) FROM (" + left + " EXCEPT ALL " + right + ")");
                long extra = count(statement, "SELECT count(*) FROM (" + right + " EXCEPT ALL " + left + ")");
                if (missing + extra > 0) {
                    differences.put(table.getKey(), missing + " missing, " + extra + " extra; first missing: " + first(statement, left + " EXCEPT ALL " + right)
                            + "; first extra: " + first(statement, right + " EXCEPT ALL " + left));
                }
            }
        }
        return differences;
    }

    /** The rows of each compared table in a closed warehouse file. */
    static Map<String, Long> counts(Path warehouse)
            throws SQLException
    {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + warehouse.toAbsolutePath() + "' AS warehouse (READ_ONLY)");
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                counts.put(table.getKey(), count(statement, "SELECT count(*) FROM (" + table.getValue().formatted("warehouse") + ")"));
            }
        }
        return counts;
    }

    private static String first(Statement statement, String sql)
            throws SQLException
    {
        try (ResultSet rows = statement.executeQuery(sql + " LIMIT 1")) {
            if (!rows.next()) {
                return "none";
            }
            StringBuilder row = new StringBuilder("[");
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                row.append(i == 1 ? "" : ", ").append(rows.getString(i));
            }
            return row.append(']').toString();
        }
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
