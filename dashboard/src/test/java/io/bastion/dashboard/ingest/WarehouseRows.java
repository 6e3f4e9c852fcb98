package io.bastion.dashboard.ingest;

import io.bastion.sql.Warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Reads counts straight from the warehouse with SQL, independently of the code under test. */
final class WarehouseRows
{
    private static final List<String> TABLES = List.of("ingest_run", "archived_file", "fact_enterprise_month", "fact_submission", "pulled_file", "pull_failure");

    private WarehouseRows() {}

    static long count(Warehouse warehouse, String table)
    {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as text. */
    static String text(Warehouse warehouse, String sql)
    {
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
