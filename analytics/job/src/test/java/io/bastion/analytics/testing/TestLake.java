package io.bastion.analytics.testing;

import io.bastion.analytics.SimulatedPark;
import io.bastion.analytics.job.AnalysisSettings;
import io.bastion.analytics.lake.LakeExport;
import io.bastion.analytics.lake.LakeSnapshot;
import io.bastion.analytics.park.ParkState;
import io.bastion.sql.Warehouse;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import static java.util.Objects.requireNonNull;

/**
 * The scale-1 simulated park in a warehouse of its own (so the marts and the oracle views exist), exported to a Parquet
 * lake by the product's {@link LakeExport}. Built once per test JVM.
 */
public final class TestLake
{

    private static TestLake scaleOne;

    private final Warehouse warehouse;
    private final Path lake;
    private ParkState park;

    private TestLake(Warehouse warehouse, Path lake)
    {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
        this.lake = requireNonNull(lake, "lake is null");
    }

    /** The scale-1 simulated park (seed 42, 36 months), generated and ingested once per test JVM. */
    public static synchronized TestLake scaleOne()
    {
        if (scaleOne == null) {
            scaleOne = build();
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

    private static TestLake build()
    {
        try {
            Path root = Path.of("target", "test-lake").toAbsolutePath();
            // the previous run's lake: each JVM starts from a fresh park
            if (Files.exists(root)) {
                PathUtils.deleteDirectory(root);
            }
            Files.createDirectories(root);
            Warehouse warehouse = SimulatedPark.ingest(root, 1, 36);
            try (Connection connection = warehouse.connect()) {
                LakeSnapshot snapshot = LakeExport.export(connection, root.resolve("lake"));
                return new TestLake(warehouse, snapshot.directory());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot export the test lake", e);
        }
    }
}
