package io.bastion.analytics.testing;

import io.bastion.analytics.job.AnalysisSettings;
import io.bastion.analytics.park.ParkState;
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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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
    private ParkState park;

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

    /** The park's state over this lake in the test session, shared by the test classes so its caches are computed once. */
    public synchronized ParkState park()
    {
        if (park == null) {
            park = new ParkState(TestSpark.session(), lake(), AnalysisSettings.defaults());
        }
        return park;
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
            Path root = Path.of("target", "test-lake");
            deleteRecursively(root);
            Files.createDirectories(root);
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

    // the previous run's lake: each JVM starts from a fresh copy of the source warehouse
    private static void deleteRecursively(Path root)
            throws IOException
    {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
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
