package io.bastion.analytics.testing;

import io.bastion.sql.Warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A copy of the scale-1 simulated park's warehouse, migrated to the latest schema (so the marts and the oracle views
 * exist), with every table exported to a Parquet lake as {@code <lake>/<table>/data.parquet}. Built once per test JVM.
 */
public final class TestLake
{
    private static final Path SOURCE = Path.of(System.getProperty("bastion.test.warehouse", "/tmp/fresh/data/warehouse.duckdb"));
    private static final String EXPORT = "COPY (SELECT * FROM %s) TO '%s' (FORMAT parquet)";
    private static final String TABLES = "SELECT table_name FROM information_schema.tables "
            + "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'mart_%' ORDER BY 1";

    private static TestLake scaleOne;

    private final Warehouse warehouse;
    private final Path lake;

    private TestLake(Warehouse warehouse, Path lake)
    {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
        this.lake = requireNonNull(lake, "lake is null");
    }

    /** The scale-1 park; the test is skipped where the machine has no such warehouse. */
    public static synchronized TestLake scaleOne()
    {
        assumeTrue(Files.isRegularFile(SOURCE), "no scale-1 warehouse at " + SOURCE);
        if (scaleOne == null) {
            scaleOne = build(SOURCE);
        }
        return scaleOne;
    }

    public Warehouse warehouse()
    {
        return warehouse;
    }

    public String lake()
    {
        return lake.toString();
    }

    /** A folder of its own under the test lake's root, for a test's scratch files. */
    public Path scratch(String name)
    {
        try {
            return Files.createDirectories(lake.getParent().resolve("scratch").resolve(name));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestLake build(Path source)
    {
        try {
            Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "test-lake-");
            Path copy = Files.copy(source, root.resolve("warehouse.duckdb"));
            Warehouse warehouse = Warehouse.open(copy);
            Path lake = Files.createDirectories(root.resolve("lake"));
            try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
                for (String table : tables(statement)) {
                    Path folder = Files.createDirectories(lake.resolve(table));
                    statement.execute(EXPORT.formatted(table, folder.resolve("data.parquet")));
                }
            }
            return new TestLake(warehouse, lake.toAbsolutePath());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot export the test lake from " + source, e);
        }
    }

    private static List<String> tables(Statement statement)
            throws SQLException
    {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(TABLES)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
