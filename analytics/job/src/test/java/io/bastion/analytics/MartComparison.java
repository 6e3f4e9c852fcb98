package io.bastion.analytics;

import io.bastion.analytics.lake.MartLoad;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Two relations of one mart compared as multisets of rows with DuckDB's {@code EXCEPT ALL} both ways, DOUBLE columns
 * rounded to 9 decimals (two correct sums may differ in the last bits with the order of addition).
 */
public final class MartComparison
{
    private static final int SAMPLE_ROWS = 5;

    private MartComparison() {}

    /**
     * The rows of {@code left} missing from {@code right} and the other way round, compared on {@code left}'s columns
     * (both relations as SQL: a table, a view, {@code read_parquet(…)} or a subquery); empty when they hold the same rows.
     */
    public static Optional<Difference> compare(Connection connection, String mart, String left, String right)
    {
        return compare(connection, mart, left, right, true);
    }

    /**
     * Each mart of the warehouse against its SQL oracle view {@code oracle_X} over what the warehouse holds, on the
     * mart's computed columns: the description of every mart that differs (empty when all hold the oracle's rows).
     */
    public static List<String> differencesFromTheOracle(Connection connection)
            throws SQLException
    {
        List<String> differences = new java.util.ArrayList<>();
        for (String mart : MartLoad.martTables(connection)) {
            String computed = MartLoad.computedColumns(connection, mart).stream().map(column -> '"' + column + '"').collect(Collectors.joining(", "));
            String oracle = "oracle_" + mart.substring("mart_".length());
            compare(connection, mart, "(SELECT " + computed + " FROM " + mart + ")", "(SELECT " + computed + " FROM " + oracle + ")")
                    .ifPresent(difference -> differences.add(difference.describe("spark", "oracle")));
        }
        return differences;
    }

    /** As {@link #compare}, but DOUBLE columns too must be equal to the last bit: for two runs of the same computation. */
    public static Optional<Difference> compareExactly(Connection connection, String mart, String left, String right)
    {
        return compare(connection, mart, left, right, false);
    }

    private static Optional<Difference> compare(Connection connection, String mart, String left, String right, boolean roundDoubles)
    {
        try {
            List<List<String>> columns = Sql.rows(connection, "DESCRIBE SELECT * FROM " + left);
            String select = columns.stream()
                    .map(column -> roundDoubles ? rounded(column.get(0), column.get(1)) : '"' + column.get(0) + '"')
                    .collect(Collectors.joining(", "));
            String onlyLeft = "SELECT " + select + " FROM " + left + " EXCEPT ALL SELECT " + select + " FROM " + right;
            String onlyRight = "SELECT " + select + " FROM " + right + " EXCEPT ALL SELECT " + select + " FROM " + left;
            long leftCount = Sql.count(connection, "SELECT count(*) FROM (" + onlyLeft + ")");
            long rightCount = Sql.count(connection, "SELECT count(*) FROM (" + onlyRight + ")");
            if (leftCount == 0 && rightCount == 0) {
                return Optional.empty();
            }
            String header = columns.stream().map(column -> column.get(0)).collect(Collectors.joining(" | "));
            return Optional.of(new Difference(mart, header, leftCount, rightCount,
                    Sql.rows(connection, onlyLeft + " ORDER BY ALL LIMIT " + SAMPLE_ROWS),
                    Sql.rows(connection, onlyRight + " ORDER BY ALL LIMIT " + SAMPLE_ROWS), ""));
        }
        catch (SQLException e) {
            return Optional.of(new Difference(mart, "", 0, 0, List.of(), List.of(), "cannot compare: " + e.getMessage()));
        }
    }

    private static String rounded(String column, String type)
    {
        String quoted = '"' + column + '"';
        return type.equals("DOUBLE") || type.equals("FLOAT") ? "round(" + quoted + ", 9) AS " + quoted : quoted;
    }

    /**
     * How one mart's two relations differ.
     *
     * @param onlyLeft rows of the left relation missing from the right
     * @param onlyRight rows of the right relation missing from the left
     * @param problem why they could not be compared, if so
     */
    public record Difference(String mart, String header, long onlyLeft, long onlyRight, List<List<String>> leftSample, List<List<String>> rightSample,
                             String problem)
    {
        public Difference
        {
            requireNonNull(mart, "mart is null");
        }

        /** A readable account, with a few rows of each side. */
        public String describe(String leftName, String rightName)
        {
            if (!problem.isEmpty()) {
                return mart + ": " + problem;
            }
            StringBuilder text = new StringBuilder(mart).append(": ").append(onlyLeft).append(" rows only in ").append(leftName)
                    .append(", ").append(onlyRight).append(" rows only in ").append(rightName).append("\n    ").append(header);
            leftSample.forEach(row -> text.append("\n    ").append(leftName).append(": ").append(String.join(" | ", row.stream().map(String::valueOf).toList())));
            rightSample.forEach(row -> text.append("\n    ").append(rightName).append(": ").append(String.join(" | ", row.stream().map(String::valueOf).toList())));
            return text.toString();
        }
    }
}
