package io.bastion.analytics.lake;

import io.bastion.sql.WarehouseSqlException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import static java.util.Map.entry;

/**
 * What an analysis run read, per lake table and per "effect month" — the earliest month whose month-by-month marts the
 * row can change — as a row count and a digest (the sum of the rows' hashes), in table analysis_input. Comparing a run's
 * digests with the last done run's gives the earliest month that changed. The rules are conservative: a row counts from
 * the first month that any month-by-month mart reads it at.
 * <ul>
 * <li>Monthly facts: their month. A roster row is read from its report month on (the latest report carries forward).
 * <li>Organization versions: from the month they are valid from; the end of a version is left out of the digest, as it
 * ends only where a newer version, itself in the digest, begins.
 * <li>People: from the first month they were reported.
 * <li>Admission events: for no month. Only the marts computed over all months (the job's Marts.OVER_ALL_MONTHS) and the
 * year-to-date count of new members in targets read them, and every run recomputes those for every month: a member
 * reported late with an earlier 入党 date changes that count in any past month of the year. Their organization and
 * submission, re-read from each person's latest roster, are left out.
 * <li>Grades: from the period's last month. Sites and liaison assignments: from the month of their first date. Annual
 * targets: from January of their year. The park's default targets: from the beginning.
 * </ul>
 * Provenance (ingestion run, file, row number) is left out, so a file sent again with the same rows changes nothing,
 * except for liaison contacts, whose latest contact of a day is chosen by file and row.
 */
final class InputDigests
{
    private static final Set<String> PROVENANCE = Set.of("run_id", "file_id", "row_no");

    private record Rule(String effectMonth, Set<String> leftOut) {}

    private static final Map<String, Rule> RULES = Map.ofEntries(
            entry("fact_submission", new Rule("month_key", PROVENANCE)),
            entry("fact_organization_report", new Rule("month_key", PROVENANCE)),
            entry("fact_coverage_link", new Rule("month_key", PROVENANCE)),
            entry("fact_person_month", new Rule("month_key", PROVENANCE)),
            entry("fact_admission_event", new Rule("NULL", Set.of("run_id", "file_id", "org_code", "submission_id"))),
            entry("fact_organization_life", new Rule("least(month_key, " + month("held_on") + ")", PROVENANCE)),
            entry("fact_enterprise_month", new Rule("month_key", PROVENANCE)),
            entry("fact_liaison_contact", new Rule("least(month_key, " + month("contacted_on") + ")", Set.of("run_id"))),
            entry("dim_month", new Rule("month_key", Set.of())),
            entry("dim_organization", new Rule("valid_from_month", Set.of("valid_to_month", "is_current"))),
            entry("dim_person", new Rule("first_month", Set.of())),
            entry("fact_grade", new Rule("period_end_month", PROVENANCE)),
            entry("fact_demonstration_site", new Rule("least(" + month("named_on") + ", coalesce(" + month("revoked_on") + ", " + month("named_on") + "))",
                    PROVENANCE)),
            entry("fact_liaison_assignment", new Rule("least(" + month("start_on") + ", coalesce(" + month("end_on") + ", " + month("start_on") + "))",
                    PROVENANCE)),
            entry("fact_annual_target", new Rule("year * 100 + 1", PROVENANCE)),
            entry("default_annual_target", new Rule("0", Set.of())));

    private static final String COLUMNS = """
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position""";
    // Table names and rules are the constants above; the file is a checked literal (PathLiteral).
    private static final String RECORD = """
            INSERT INTO analysis_input (analysis_id, table_name, effect_month, input_rows, digest)
            SELECT ?, ?, %s AS effect_month, count(*), sum(hash(%s)::HUGEINT) FROM read_parquet(%s) GROUP BY effect_month""";
    private static final String FIRST_DIFFERENCE = """
            WITH this_run AS (SELECT table_name, effect_month, input_rows, digest FROM analysis_input WHERE analysis_id = ?),
                 last_run AS (SELECT table_name, effect_month, input_rows, digest FROM analysis_input WHERE analysis_id = ?),
                 differing AS ((SELECT * FROM this_run EXCEPT SELECT * FROM last_run) UNION ALL (SELECT * FROM last_run EXCEPT SELECT * FROM this_run))
            SELECT min(effect_month) FROM differing""";
    private static final String HAS_DIGESTS = "SELECT count(*) FROM analysis_input WHERE analysis_id = ?";

    private InputDigests() {}

    /** Records the digests of the lake snapshot run {@code analysisId} reads. */
    static void record(Connection connection, long analysisId, Path snapshot)
    {
        try {
            for (String table : LakeExport.TABLES) {
                Rule rule = RULES.get(table);
                if (rule == null) {
                    throw new IllegalStateException("湖表 " + table + " 没有摘要规则 / lake table " + table + " has no digest rule");
                }
                List<String> columns = columns(connection, table).stream().filter(column -> !rule.leftOut().contains(column))
                        .map(column -> '"' + column + '"').toList();
                String sql = String.format(RECORD, rule.effectMonth(), String.join(", ", columns),
                        PathLiteral.of(snapshot.resolve(table).resolve(LakeExport.FILE)));
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setLong(1, analysisId);
                    statement.setString(2, table);
                    statement.executeUpdate();
                }
            }
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("记录分析输入摘要 / record the analysis input digests", e);
        }
    }

    /** Whether run {@code analysisId} recorded digests (runs before incremental analysis did not). */
    static boolean recorded(Connection connection, long analysisId)
    {
        try (PreparedStatement statement = connection.prepareStatement(HAS_DIGESTS)) {
            statement.setLong(1, analysisId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("读取分析输入摘要 / read the analysis input digests", e);
        }
    }

    /**
     * The earliest effect month whose rows differ between the two runs' inputs; empty when only rows that change no
     * month-by-month mart differ, or nothing.
     */
    static OptionalInt firstDifference(Connection connection, long analysisId, long lastDoneId)
    {
        try (PreparedStatement statement = connection.prepareStatement(FIRST_DIFFERENCE)) {
            statement.setLong(1, analysisId);
            statement.setLong(2, lastDoneId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                int month = rows.getInt(1);
                return rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(month);
            }
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("比较分析输入摘要 / compare the analysis input digests", e);
        }
    }

    private static List<String> columns(Connection connection, String table)
            throws SQLException
    {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    private static String month(String dateColumn)
    {
        return "(year(" + dateColumn + ") * 100 + month(" + dateColumn + "))";
    }
}
