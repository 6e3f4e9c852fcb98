package io.bastion.ingest.load;

import io.bastion.ingest.format.FileName;
import io.bastion.ingest.validation.ValidRows;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** Replaces a committee feed's rows: the earlier file with the same name goes, the new rows come. */
final class FeedAppender
{
    private FeedAppender() {}

    static void deleteEarlier(DuckDBConnection connection, FileName name)
            throws SQLException
    {
        switch (name.kind()) {
            case ENTERPRISE_REGISTRY -> {
                deleteByKey(connection, "INSERT INTO scratch_key SELECT 'unit', unit_code FROM fact_enterprise_month WHERE month_key = ?", name.sortMonth());
                deleteByKey(connection, "DELETE FROM fact_enterprise_month WHERE month_key = ?", name.sortMonth());
            }
            case GRADES -> {
                try (PreparedStatement statement = connection.prepareStatement("DELETE FROM fact_grade WHERE period = ?")) {
                    statement.setString(1, name.key());
                    statement.executeUpdate();
                }
            }
            case DEMONSTRATION_SITES -> deleteAll(connection, "fact_demonstration_site");
            case LIAISON_ASSIGNMENTS -> deleteAll(connection, "fact_liaison_assignment");
            case LIAISON_CONTACTS -> deleteByKey(connection, "DELETE FROM fact_liaison_contact WHERE month_key = ?", name.sortMonth());
            case ANNUAL_TARGETS -> deleteByKey(connection, "DELETE FROM fact_annual_target WHERE year = ?", Integer.parseInt(name.key()));
            case BRANCH_SUBMISSION -> throw new IllegalArgumentException("not a feed: " + name.original());
        }
    }

    static void append(Appenders appenders, long runId, long fileId, Delivery delivery)
            throws SQLException
    {
        FileName name = delivery.name();
        for (Object row : delivery.tables().orElseThrow().feedRows()) {
            if (row instanceof ValidRows.Enterprise e) {
                DuckDBAppender a = appenders.table("fact_enterprise_month");
                a.beginRow().append(e.unitCode()).append(name.sortMonth()).append(e.unitName()).append(e.unitCategory());
                Nullable.text(a, e.industry()).append(e.employees()).append(e.movedInOn());
                Nullable.date(a, e.movedOutOn());
                Nullable.decimal(a, e.output10kYuan(), 2).append(e.hasUnion()).append(e.hasYouthLeague());
                Nullable.text(a, e.instructor()).append(e.rowNo()).append(runId).append(fileId).endRow();
            }
            else if (row instanceof ValidRows.Grade g) {
                DuckDBAppender a = appenders.table("fact_grade");
                a.beginRow().append(g.orgCode()).append(g.period()).append(name.sortMonth()).append(g.grade());
                Nullable.decimal(a, g.score(), 2);
                Nullable.date(a, g.assessedOn()).append(g.rowNo()).append(runId).append(fileId).endRow();
            }
            else if (row instanceof ValidRows.Site s) {
                DuckDBAppender a = appenders.table("fact_demonstration_site");
                a.beginRow().append(s.orgCode()).append(s.level()).append(s.namedOn());
                Nullable.date(a, s.revokedOn()).append(s.rowNo()).append(runId).append(fileId).endRow();
            }
            else if (row instanceof ValidRows.Assignment s) {
                DuckDBAppender a = appenders.table("fact_liaison_assignment");
                Nullable.text(a.beginRow().append(s.liaison()), s.title()).append(s.siteOrgCode()).append(s.startOn());
                Nullable.date(a, s.endOn()).append(s.rowNo()).append(runId).append(fileId).endRow();
            }
            else if (row instanceof ValidRows.Contact c) {
                DuckDBAppender a = appenders.table("fact_liaison_contact");
                a.beginRow().append(c.liaison()).append(c.siteOrgCode()).append(c.contactedOn()).append(c.mode());
                Nullable.text(a, c.summary()).append(name.sortMonth()).append(c.rowNo()).append(runId).append(fileId).endRow();
            }
            else if (row instanceof ValidRows.Target t) {
                DuckDBAppender a = appenders.table("fact_annual_target");
                Nullable.decimal(a.beginRow().append(t.year()).append(t.indicator()), t.targetValue(), 4).append(t.rowNo()).append(runId).append(fileId).endRow();
            }
        }
        appenders.table("scratch_file").beginRow().append(fileId).endRow();
    }

    private static void deleteByKey(DuckDBConnection connection, String sql, int key)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, key);
            statement.executeUpdate();
        }
    }

    private static void deleteAll(DuckDBConnection connection, String table)
            throws SQLException
    {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM " + table);
        }
    }
}
