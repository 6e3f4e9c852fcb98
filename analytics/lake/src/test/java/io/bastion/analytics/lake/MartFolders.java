package io.bastion.analytics.lake;

import io.bastion.analytics.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made job output: one folder per mart table of the schema holding one row, written by DuckDB, in which every
 * integer is {@code marker}, every text {@code run-<marker>}; and ways to break such an output.
 */
final class MartFolders
{
    private static final String COLUMNS = """
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_schema = 'main' AND table_name = '%s' AND column_name NOT IN ('analysis_id', 'computed_at')
            ORDER BY ordinal_position""";

    private MartFolders() {}

    /** Writes {@code out/<mart>/part-0.parquet} for every mart of the warehouse; returns the marts' names. */
    static List<String> write(Connection warehouse, Path out, int marker)
            throws SQLException
    {
        List<String> marts = MartLoad.martTables(warehouse);
        for (String mart : marts) {
            writeRow(warehouse, out, mart, marker, null);
        }
        return marts;
    }

    /**
     * Rewrites every mart's one row (of {@link #write}) as one row per month of {@code months} where the mart has a
     * month_key, per quarter of {@code quarters} where it has a quarter or a grading period.
     */
    static void spread(Connection warehouse, Path out, List<Integer> months, List<String> quarters)
            throws SQLException
    {
        for (String mart : MartLoad.martTables(warehouse)) {
            List<String> columns = Sql.column(warehouse, String.format(COLUMNS, mart));
            String column;
            List<String> values;
            if (columns.contains("month_key")) {
                column = "month_key";
                values = months.stream().map(String::valueOf).toList();
            }
            else if (columns.contains("quarter") || columns.contains("period")) {
                column = columns.contains("quarter") ? "quarter" : "period";
                values = quarters.stream().map(quarter -> "'" + quarter + "'").toList();
            }
            else {
                continue;
            }
            Path file = out.resolve(mart).resolve("part-0.parquet");
            Path spread = out.resolve(mart).resolve("spread.parquet");
            try (Connection memory = Sql.memory()) {
                Sql.execute(memory, "COPY (SELECT mart.* REPLACE (spread.value AS " + column + ") FROM read_parquet('" + file + "') mart, (VALUES ("
                        + String.join("), (", values) + ")) spread(value)) TO '" + spread + "' (FORMAT parquet)");
            }
            try {
                Files.move(spread, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Rewrites one mart's file with a blank in {@code column}, which the table does not allow. */
    static void blankColumn(Connection warehouse, Path out, String mart, String column, int marker)
            throws SQLException
    {
        writeRow(warehouse, out, mart, marker, column);
    }

    /** Replaces one mart's file with bytes that are not Parquet. */
    static void garble(Path out, String mart)
    {
        try {
            Files.writeString(out.resolve(mart).resolve("part-0.parquet"), "not parquet", StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Connection warehouse, Path out, String mart, int marker, String blank)
            throws SQLException
    {
        List<String> values = new ArrayList<>();
        for (List<String> column : Sql.rows(warehouse, String.format(COLUMNS, mart))) {
            String name = column.get(0);
            String type = column.get(1);
            String value = name.equals(blank) ? "NULL" : literal(type, marker);
            values.add("CAST(" + value + " AS " + type + ") AS " + name);
        }
        Path folder = out.resolve(mart);
        try {
            Files.createDirectories(folder);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection memory = Sql.memory()) {
            Sql.execute(memory, "COPY (SELECT " + String.join(", ", values) + ") TO '" + folder.resolve("part-0.parquet") + "' (FORMAT parquet)");
        }
    }

    private static String literal(String type, int marker)
    {
        if (type.equals("VARCHAR")) {
            return "'run-" + marker + "'";
        }
        if (type.equals("DATE")) {
            return "DATE '2025-01-31'";
        }
        if (type.equals("BOOLEAN")) {
            return "true";
        }
        if (type.equals("DOUBLE") || type.startsWith("DECIMAL")) {
            return marker + ".25";
        }
        return String.valueOf(marker);
    }
}
