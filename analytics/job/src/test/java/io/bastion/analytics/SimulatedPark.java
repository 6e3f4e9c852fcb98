package io.bastion.analytics;

import io.bastion.ingest.load.IngestSettings;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.IngestionListener;
import io.bastion.ingest.load.RunSummary;
import io.bastion.ingest.simulation.GeneratorSettings;
import io.bastion.ingest.simulation.ParkGenerator;
import io.bastion.sql.Warehouse;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/** A simulated park (ingest's generator, seed 42, months ending 2026-10), generated and ingested into a warehouse file. */
public final class SimulatedPark
{
    public static final YearMonth END_MONTH = YearMonth.of(2026, 10);

    private SimulatedPark() {}

    /** Generates the park's files under {@code folder/park} and ingests them into {@code folder/warehouse.duckdb}; the caller closes it. */
    public static Warehouse ingest(Path folder, int scale, int months)
    {
        Path park = generate(folder, scale, months);
        Warehouse warehouse = Warehouse.open(folder.resolve("warehouse.duckdb"));
        try {
            ingest(warehouse, folder, park);
        }
        catch (RuntimeException e) {
            warehouse.close();
            throw e;
        }
        return warehouse;
    }

    /** Generates the park's files under {@code folder/park}; returns that folder. */
    public static Path generate(Path folder, int scale, int months)
    {
        Path park = folder.resolve("park");
        ParkGenerator.generate(new GeneratorSettings(scale, 42, park, END_MONTH, months));
        return park;
    }

    /** Ingests the files under {@code sources} in one run, archiving under {@code folder/archive}; a run that does not succeed fails. */
    public static void ingest(Warehouse warehouse, Path folder, Path... sources)
    {
        RunSummary summary = new Ingestion(warehouse, IngestSettings.defaults(folder.resolve("archive")))
                .ingest(List.of(sources), "test", IngestionListener.SILENT);
        if (!summary.status().equals("SUCCEEDED")) {
            throw new IllegalStateException("the simulated park did not ingest: " + summary.status());
        }
    }
}
