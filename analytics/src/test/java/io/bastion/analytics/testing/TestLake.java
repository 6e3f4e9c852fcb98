package io.bastion.analytics.testing;

import io.bastion.sql.Warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A lake for tests until the real export exists: a migrated copy of a warehouse file, and every dimension and fact
 * table of it written as {@code <lake>/<table>/data.parquet}, the layout {@link io.bastion.analytics.park.ParkState} reads.
 */
public final class TestLake
{
    /** The scale-1 simulated park the project's agents share (36 months, ~150 organizations, ~6000 people). */
    public static final Path SCALE_ONE_WAREHOUSE = Path.of("/tmp/fresh/data/warehouse.duckdb");

    private final Path warehouse;
    private final Path lake;

    private TestLake(Path warehouse, Path lake)
    {
        this.warehouse = warehouse;
        this.lake = lake;
    }

    /** Copies {@code source} into {@code folder} (emptied first), migrates the copy and exports it. */
    public static TestLake of(Path source, Path folder)
    {
        deleteRecursively(folder);
        Path warehouse = folder.resolve("warehouse.duckdb");
        Path lake = folder.resolve("lake");
        try {
            Files.createDirectories(lake);
            Files.copy(source, warehouse, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Warehouse opened = Warehouse.open(warehouse);
                Connection connection = opened.connect();
                Statement statement = connection.createStatement()) {
            for (String table : exportedTables(statement)) {
                Files.createDirectories(lake.resolve(table));
                statement.execute("COPY (SELECT * FROM " + table + ") TO '" + lake.resolve(table).resolve("data.parquet")
                        + "' (FORMAT parquet)");
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("exporting the test lake failed: " + e.getMessage(), e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestLake(warehouse, lake);
    }

    /** The migrated warehouse copy (open it only after Spark is done reading the lake, or read-only). */
    public Path warehouse()
    {
        return warehouse;
    }

    public String lake()
    {
        return lake.toString();
    }

    private static List<String> exportedTables(Statement statement)
            throws SQLException
    {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'main' AND table_type = 'BASE TABLE'
                  AND (table_name LIKE 'dim\\_%' ESCAPE '\\' OR table_name LIKE 'fact\\_%' ESCAPE '\\'
                       OR table_name = 'default_annual_target')
                ORDER BY table_name""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static void deleteRecursively(Path folder)
    {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
