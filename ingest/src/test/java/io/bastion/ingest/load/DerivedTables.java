package io.bastion.ingest.load;

import io.bastion.sql.Warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tables the loader derives from its own rows, next to the same tables derived again from all
 * the facts at once, the way the loader derived them before it kept them up to date from each transaction
 * (every person's latest row by a window over all roster rows, every version of every key rebuilt).
 */
final class DerivedTables
{
    private static final String LATEST_ROWS = """
            SELECT p.person_key, p.submission_id, p.month_key, s.submitted_on, p.org_code, p.applied_on, p.activist_on, p.candidate_on, p.joined_on,
                   p.full_on, p.run_id, p.file_id
            FROM fact_person_month p JOIN fact_submission s USING (submission_id)
            QUALIFY row_number() OVER (PARTITION BY p.person_key ORDER BY p.month_key DESC, s.submitted_on DESC, p.org_code DESC) = 1""";
    private static final Map<String, String[]> RECOMPUTED = new LinkedHashMap<>();

    static {
        RECOMPUTED.put("person_latest_row", new String[] {
                "SELECT * FROM person_latest_row",
                "SELECT person_key, submission_id, month_key, submitted_on, org_code FROM (" + LATEST_ROWS + ")"});
        RECOMPUTED.put("fact_admission_event", new String[] {
                "SELECT * FROM fact_admission_event",
                """
                WITH latest AS (%s),
                events AS (
                    SELECT person_key, '入党申请人' AS stage, applied_on AS event_date, org_code, submission_id, run_id, file_id FROM latest WHERE applied_on IS NOT NULL
                    UNION ALL SELECT person_key, '入党积极分子', activist_on, org_code, submission_id, run_id, file_id FROM latest WHERE activist_on IS NOT NULL
                    UNION ALL SELECT person_key, '发展对象', candidate_on, org_code, submission_id, run_id, file_id FROM latest WHERE candidate_on IS NOT NULL
                    UNION ALL SELECT person_key, '预备党员', joined_on, org_code, submission_id, run_id, file_id FROM latest WHERE joined_on IS NOT NULL
                    UNION ALL SELECT person_key, '正式党员', full_on, org_code, submission_id, run_id, file_id FROM latest WHERE full_on IS NOT NULL)
                SELECT person_key, stage, event_date, year(event_date) * 100 + month(event_date), org_code, submission_id, run_id, file_id FROM events
                """.formatted(LATEST_ROWS)});
        RECOMPUTED.put("dim_organization", new String[] {"SELECT * FROM dim_organization", versions(TypeTwoDimension.ORGANIZATION)});
        RECOMPUTED.put("dim_enterprise", new String[] {"SELECT * FROM dim_enterprise", versions(TypeTwoDimension.ENTERPRISE)});
    }

    private DerivedTables() {}

    /** Each derived table that differs from its recomputation, with how many rows are missing and how many extra. */
    static Map<String, String> differences(Warehouse warehouse)
            throws SQLException
    {
        Map<String, String> differences = new LinkedHashMap<>();
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String[]> table : RECOMPUTED.entrySet()) {
                String stored = table.getValue()[0];
                String recomputed = table.getValue()[1];
                long missing = count(statement, "SELECT count(*) FROM ((" + recomputed + ") EXCEPT ALL (" + stored + "))");
                long extra = count(statement, "SELECT count(*) FROM ((" + stored + ") EXCEPT ALL (" + recomputed + "))");
                if (missing + extra > 0) {
                    differences.put(table.getKey(), missing + " missing, " + extra + " extra");
                }
            }
        }
        return differences;
    }

    /** Every version of every key, rebuilt from all its months. */
    private static String versions(TypeTwoDimension dimension)
    {
        String columns = String.join(", ", dimension.attributes());
        return """
                WITH months AS (SELECT *, struct_pack(%1$s) AS attributes FROM %2$s),
                starts AS (SELECT * FROM months QUALIFY lag(attributes) OVER (PARTITION BY %3$s ORDER BY month_key) IS DISTINCT FROM attributes),
                versions AS (SELECT *, lead(month_key) OVER (PARTITION BY %3$s ORDER BY month_key) AS next_start FROM starts)
                SELECT %3$s, month_key,
                       CASE WHEN next_start IS NULL THEN 999912 WHEN next_start %% 100 = 1 THEN next_start - 89 ELSE next_start - 1 END,
                       next_start IS NULL, %1$s
                FROM versions
                """.formatted(columns, dimension.fact(), dimension.key());
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
