package io.bastion.analytics.testing;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/** A mart computed by Spark against the warehouse's mart table: the same columns with the same types, in order. */
public final class MartCheck
{
    private static final String COLUMNS = "SELECT column_name, data_type FROM information_schema.columns "
            + "WHERE table_schema = 'main' AND table_name = ? AND column_name NOT IN ('analysis_id', 'computed_at') ORDER BY ordinal_position";

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
}
