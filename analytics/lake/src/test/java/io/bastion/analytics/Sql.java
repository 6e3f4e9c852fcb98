package io.bastion.analytics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL for tests: every row as text, or the first value. */
public final class Sql
{
    private Sql() {}

    /** An in-memory DuckDB, for reading Parquet files independently of the warehouse. */
    public static Connection memory()
            throws SQLException
    {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    /** Every row, every column as text (null stays null). */
    public static List<List<String>> rows(Connection connection, String sql)
            throws SQLException
    {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.add(rows.getString(column));
                }
                result.add(row);
            }
            return result;
        }
    }

    /** The first column of every row. */
    public static List<String> column(Connection connection, String sql)
            throws SQLException
    {
        return rows(connection, sql).stream().map(row -> row.get(0)).toList();
    }

    /** The first column of the first row. */
    public static String value(Connection connection, String sql)
            throws SQLException
    {
        return rows(connection, sql).get(0).get(0);
    }

    public static long count(Connection connection, String sql)
            throws SQLException
    {
        return Long.parseLong(value(connection, sql));
    }

    public static void execute(Connection connection, String sql)
            throws SQLException
    {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
