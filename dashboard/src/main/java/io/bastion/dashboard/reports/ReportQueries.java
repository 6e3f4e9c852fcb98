package io.bastion.dashboard.reports;

import io.bastion.dashboard.reports.LiaisonReport.AnalysisRef;
import io.bastion.dashboard.reports.LiaisonReport.Assignment;
import io.bastion.dashboard.reports.LiaisonReport.Changes;
import io.bastion.dashboard.reports.LiaisonReport.Liaison;
import io.bastion.dashboard.reports.LiaisonReport.SiteLevel;
import io.bastion.dashboard.reports.LiaisonReport.Summary;
import io.bastion.dashboard.reports.LiaisonReport.Target;
import io.bastion.dashboard.scope.Month;
import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Reads one month's report from the marts (mart_liaison_summary, mart_liaison_progress, mart_demonstration_sites,
 * mart_targets) of the analysis run that loaded them; refuses when that run did not reach the month.
 */
public final class ReportQueries
{
    static final String ADVANCED_RATE = "先进率";

    private final Warehouse warehouse;

    public ReportQueries(Warehouse warehouse)
    {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
    }

    public LiaisonReport read(Month month)
    {
        try (Connection connection = warehouse.connect()) {
            AnalysisRef analysis = analysis(connection, month);
            Optional<Summary> previous = month.previous().key() >= analysis.firstMonth().key()
                    ? Optional.of(summary(connection, month.previous()))
                    : Optional.empty();
            Summary summary = summary(connection, month);
            List<Assignment> assignments = assignments(connection, month);
            List<Assignment> before = previous.isPresent() ? assignments(connection, month.previous()) : List.of();
            return new LiaisonReport(month, analysis, summary, previous, assignments, liaisons(connection, month, assignments), sites(connection, month),
                    advancedRate(connection, month), changes(previous.isPresent(), assignments, before));
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("read the report's marts", e);
        }
    }

    /** The run whose rows are in the marts; refused when there is none, or it ends before M or starts after it. */
    static AnalysisRef analysis(Connection connection, Month month)
            throws SQLException
    {
        String sql = """
                SELECT r.analysis_id, r.first_month, r.last_month, r.finished_at
                FROM analysis_run r
                WHERE r.analysis_id = (SELECT max(analysis_id) FROM mart_liaison_summary)
                """;
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            if (!rows.next() || rows.getObject(2) == null || rows.getObject(3) == null) {
                throw ReportWords.waitingForAnalysis("refusal.noMarts", month.chinese(), month.iso());
            }
            long id = rows.getLong(1);
            Month first = new Month(rows.getInt(2));
            Month last = new Month(rows.getInt(3));
            Timestamp finished = rows.getTimestamp(4);
            if (last.key() < month.key()) {
                throw ReportWords.waitingForAnalysis("refusal.stale", month.chinese(), month.iso(), String.valueOf(id), last.chinese(), last.iso());
            }
            if (first.key() > month.key()) {
                throw ReportWords.refusal("refusal.before", month.chinese(), month.iso(), String.valueOf(id), first.chinese(), first.iso());
            }
            return new AnalysisRef(id, first, last, Optional.ofNullable(finished).map(Timestamp::toLocalDateTime));
        }
    }

    private static Summary summary(Connection connection, Month month)
            throws SQLException
    {
        String sql = """
                SELECT s.active_assignments, s.contacted_assignments, s.overdue_assignments, s.monthly_rate, s.quarter_end,
                       s.quarter_assignments, s.onsite_ok_assignments, s.quarterly_rate,
                       (SELECT count(*) FROM mart_liaison_progress p WHERE p.month_key = s.month_key AND p.onsite_in_quarter >= 1),
                       (SELECT count(*) FROM mart_liaison_progress p WHERE p.month_key = s.month_key AND p.onsite_in_quarter = 0)
                FROM mart_liaison_summary s
                WHERE s.month_key = ? AND s.scope_kind = 'park'
                """;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, month.key());
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Summary.none(month.endsQuarter());
                }
                return new Summary(rows.getLong(1), rows.getLong(2), rows.getLong(3), doubleOrNull(rows, 4), rows.getBoolean(5), rows.getLong(6),
                        rows.getLong(7), doubleOrNull(rows, 8), rows.getLong(9), rows.getLong(10));
            }
        }
    }

    /** Every assignment active at M, overdue first, then by liaison and site; the last contact's mode from the contact facts. */
    private static List<Assignment> assignments(Connection connection, Month month)
            throws SQLException
    {
        String sql = """
                WITH mode AS (
                    SELECT liaison, site_org_code, contacted_on, mode
                    FROM fact_liaison_contact
                    QUALIFY row_number() OVER (PARTITION BY liaison, site_org_code, contacted_on ORDER BY file_id DESC, row_no DESC) = 1
                )
                SELECT p.liaison, p.title, p.site_org_code, p.site_name, p.start_on, p.end_on, p.contacts_in_month, p.monthly_ok,
                       p.onsite_in_quarter, p.quarterly_status, p.last_contact_on, m.mode, p.days_since_last_contact, p.last_contact_summary, p.overdue
                FROM mart_liaison_progress p
                LEFT JOIN mode m ON m.liaison = p.liaison AND m.site_org_code = p.site_org_code AND m.contacted_on = p.last_contact_on
                WHERE p.month_key = ?
                ORDER BY p.overdue DESC, p.days_since_last_contact DESC NULLS FIRST, p.liaison, p.site_org_code, p.start_on
                """;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, month.key());
            try (ResultSet rows = statement.executeQuery()) {
                List<Assignment> assignments = new ArrayList<>();
                while (rows.next()) {
                    Date end = rows.getDate(6);
                    Date last = rows.getDate(11);
                    assignments.add(new Assignment(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getDate(5).toLocalDate(), end == null ? null : end.toLocalDate(), rows.getLong(7), rows.getBoolean(8), rows.getLong(9),
                            rows.getString(10), last == null ? null : last.toLocalDate(), rows.getString(12), (Integer) intOrNull(rows, 13),
                            rows.getString(14), rows.getBoolean(15)));
                }
                return assignments;
            }
        }
    }

    private static List<Liaison> liaisons(Connection connection, Month month, List<Assignment> assignments)
            throws SQLException
    {
        Map<String, List<Assignment>> byLiaison = assignments.stream()
                .sorted((a, b) -> a.siteCode().compareTo(b.siteCode()))
                .collect(Collectors.groupingBy(Assignment::liaison, LinkedHashMap::new, Collectors.toList()));
        String sql = """
                SELECT s.scope_code, (SELECT min(p.title) FROM mart_liaison_progress p WHERE p.month_key = s.month_key AND p.liaison = s.scope_code),
                       s.active_assignments, s.contacted_assignments, s.overdue_assignments, s.monthly_rate,
                       s.quarter_assignments, s.onsite_ok_assignments, s.quarterly_rate
                FROM mart_liaison_summary s
                WHERE s.month_key = ? AND s.scope_kind = 'liaison'
                ORDER BY s.overdue_assignments DESC, 2, s.scope_code
                """;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, month.key());
            try (ResultSet rows = statement.executeQuery()) {
                List<Liaison> liaisons = new ArrayList<>();
                while (rows.next()) {
                    String name = rows.getString(1);
                    liaisons.add(new Liaison(name, rows.getString(2), rows.getLong(3), rows.getLong(4), rows.getLong(5), doubleOrNull(rows, 6),
                            rows.getLong(7), rows.getLong(8), doubleOrNull(rows, 9), byLiaison.getOrDefault(name, List.of())));
                }
                return liaisons;
            }
        }
    }

    private static List<SiteLevel> sites(Connection connection, Month month)
            throws SQLException
    {
        String sql = """
                SELECT level, active_sites, target_sites
                FROM mart_demonstration_sites
                WHERE month_key = ? AND scope_kind = 'park'
                ORDER BY CASE level WHEN '市级' THEN 1 WHEN '区级' THEN 2 WHEN '部门级' THEN 3 ELSE 4 END, level
                """;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, month.key());
            try (ResultSet rows = statement.executeQuery()) {
                List<SiteLevel> levels = new ArrayList<>();
                while (rows.next()) {
                    levels.add(new SiteLevel(rows.getString(1), rows.getLong(2), rows.getBigDecimal(3)));
                }
                return levels;
            }
        }
    }

    private static Optional<Target> advancedRate(Connection connection, Month month)
            throws SQLException
    {
        String sql = "SELECT indicator, target_value, actual, gap FROM mart_targets WHERE month_key = ? AND indicator = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, month.key());
            statement.setString(2, ADVANCED_RATE);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Target(rows.getString(1), rows.getBigDecimal(2), doubleOrNull(rows, 3), doubleOrNull(rows, 4)));
            }
        }
    }

    static Changes changes(boolean previousAnalysed, List<Assignment> now, List<Assignment> before)
    {
        Map<String, Assignment> earlier = before.stream().collect(Collectors.toMap(Assignment::key, Function.identity(), (a, b) -> a));
        Set<String> current = now.stream().map(Assignment::key).collect(Collectors.toSet());
        List<Assignment> newlyOverdue = new ArrayList<>();
        List<Assignment> stillOverdue = new ArrayList<>();
        List<Assignment> resolved = new ArrayList<>();
        List<Assignment> started = new ArrayList<>();
        for (Assignment assignment : now) {
            Assignment last = earlier.get(assignment.key());
            if (last == null) {
                if (previousAnalysed) {
                    started.add(assignment);
                }
                if (assignment.overdue()) {
                    newlyOverdue.add(assignment);
                }
            }
            else if (assignment.overdue()) {
                (last.overdue() ? stillOverdue : newlyOverdue).add(assignment);
            }
            else if (last.overdue()) {
                resolved.add(assignment);
            }
        }
        List<Assignment> ended = before.stream().filter(assignment -> !current.contains(assignment.key())).toList();
        return new Changes(previousAnalysed, newlyOverdue, stillOverdue, resolved, started, ended);
    }

    private static Double doubleOrNull(ResultSet rows, int column)
            throws SQLException
    {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    private static Object intOrNull(ResultSet rows, int column)
            throws SQLException
    {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
