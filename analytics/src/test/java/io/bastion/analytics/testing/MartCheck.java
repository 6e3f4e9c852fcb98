package io.bastion.analytics.testing;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Checks a mart computed by Spark against the warehouse: its columns and types against the mart table's, then loads it
 * into the mart table of the test warehouse and compares it with the SQL oracle's view (doubles rounded to 9 places).
 */
public final class MartCheck
{
    private static final String COLUMNS = "SELECT column_name, data_type FROM information_schema.columns "
            + "WHERE table_schema = 'main' AND table_name = ? AND column_name NOT IN ('analysis_id', 'computed_at') ORDER BY ordinal_position";
    private static final String LOAD = "INSERT INTO %s BY NAME SELECT *, 0 AS analysis_id, now() AS computed_at FROM read_parquet('%s/*.parquet')";
    private static final int SAMPLE = 10;

    private final TestLake lake;

    public MartCheck(TestLake lake)
    {
        this.lake = requireNonNull(lake, "lake is null");
    }

    /** The mart's columns as "name type" in Spark's spelling (bigint, int, double, date, boolean, string, decimal(p,s)). */
    public List<String> expectedColumns(String mart)
    {
        List<String> columns = new ArrayList<>();
        try (Connection connection = lake.warehouse().connect(); PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setString(1, mart);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1) + " " + sparkType(rows.getString(2)));
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot read the columns of " + mart, e);
        }
        return columns;
    }

    public static List<String> actualColumns(Dataset<Row> rows)
    {
        return Arrays.stream(rows.schema().fields())
                .map(field -> field.name() + " " + field.dataType().simpleString())
                .toList();
    }

    /** Replaces the mart table's rows with the dataset's; returns how many were loaded. */
    public long load(String mart, Dataset<Row> rows)
    {
        Path folder = lake.scratch(mart);
        rows.write().mode(SaveMode.Overwrite).parquet(folder.toString());
        try (Connection connection = lake.warehouse().connect(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM " + mart);
            return statement.executeUpdate(LOAD.formatted(mart, folder));
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot load " + mart, e);
        }
    }

    /** The loaded mart against oracle_X, mart_X's oracle view. */
    public Differences compareWithOracle(String mart)
    {
        String oracle = "oracle_" + mart.substring("mart_".length());
        try (Connection connection = lake.warehouse().connect()) {
            String columns = comparableColumns(mart);
            List<String> onlySpark = rows(connection, "SELECT %s FROM %s EXCEPT ALL SELECT %s FROM %s".formatted(columns, mart, columns, oracle));
            List<String> onlyOracle = rows(connection, "SELECT %s FROM %s EXCEPT ALL SELECT %s FROM %s".formatted(columns, oracle, columns, mart));
            long oracleRows = count(connection, oracle);
            return new Differences(mart, oracleRows, onlySpark, onlyOracle);
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot compare " + mart + " with " + oracle, e);
        }
    }

    /** Rows of one side missing from the other (up to a sample each), and the oracle's row count. */
    public record Differences(String mart, long oracleRows, List<String> onlySpark, List<String> onlyOracle)
    {
        public Differences
        {
            requireNonNull(mart, "mart is null");
            onlySpark = List.copyOf(onlySpark);
            onlyOracle = List.copyOf(onlyOracle);
        }

        public boolean none()
        {
            return onlySpark.isEmpty() && onlyOracle.isEmpty();
        }

        @Override
        public String toString()
        {
            return mart + ": oracle rows " + oracleRows + "\n  only Spark:\n    " + String.join("\n    ", onlySpark)
                    + "\n  only oracle:\n    " + String.join("\n    ", onlyOracle);
        }
    }

    private String comparableColumns(String mart)
    {
        return expectedColumns(mart).stream()
                .map(column -> column.split(" ", 2))
                .map(column -> column[1].equals("double") ? "round(%s, 9) AS %s".formatted(column[0], column[0]) : column[0])
                .collect(Collectors.joining(", "));
    }

    private static String sparkType(String duckdbType)
    {
        String type = duckdbType.toUpperCase(Locale.ROOT);
        if (type.startsWith("DECIMAL")) {
            return type.toLowerCase(Locale.ROOT).replace(" ", "");
        }
        return switch (type) {
            case "BIGINT" -> "bigint";
            case "INTEGER" -> "int";
            case "DOUBLE" -> "double";
            case "DATE" -> "date";
            case "BOOLEAN" -> "boolean";
            case "VARCHAR" -> "string";
            default -> throw new IllegalArgumentException("no Spark type for DuckDB's " + duckdbType);
        };
    }

    private static long count(Connection connection, String table)
            throws SQLException
    {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> rows(Connection connection, String query)
            throws SQLException
    {
        List<String> sample = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            ResultSetMetaData metadata = rows.getMetaData();
            long total = 0;
            while (rows.next()) {
                total++;
                if (sample.size() < SAMPLE) {
                    List<String> values = new ArrayList<>();
                    for (int column = 1; column <= metadata.getColumnCount(); column++) {
                        values.add(String.valueOf(rows.getObject(column)));
                    }
                    sample.add(String.join(" | ", values));
                }
            }
            if (total > SAMPLE) {
                sample.add("… " + total + " rows in all");
            }
        }
        return sample;
    }
}
