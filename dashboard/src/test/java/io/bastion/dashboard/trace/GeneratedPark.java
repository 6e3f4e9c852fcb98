package io.bastion.dashboard.trace;

import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.IngestionListener;
import io.bastion.ingest.simulation.GeneratorSettings;
import io.bastion.ingest.simulation.ParkGenerator;
import io.bastion.sql.Warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated park (ingest's ParkGenerator, one park, the six months July–December 2025) ingested into the test's
 * warehouse, with every mart filled from its oracle view as an analysis run would have left it — so the marts hold the
 * independent oracle's figures without starting Spark.
 */
final class GeneratedPark
{
    static final YearMonth END = YearMonth.of(2025, 12);
    static final int MONTHS = 6;
    private static final long SEED = 20251231L;

    private GeneratedPark()
    {
    }

    static void build(Path folder, Ingestion ingestion, Warehouse warehouse)
            throws SQLException
    {
        Path files = folder.resolve("park");
        ParkGenerator.generate(new GeneratorSettings(1, SEED, files, END, MONTHS));
        ingestion.ingest(List.of(files), "cli", IngestionListener.SILENT);
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            for (String mart : marts(connection)) {
                // oracle_X has the columns of mart_X in the same order, without analysis_id and computed_at.
                statement.execute("INSERT INTO " + mart + " SELECT *, 1, TIMESTAMP '2026-01-01 00:00:00' FROM oracle_" + mart.substring("mart_".length()));
            }
            statement.execute("""
                    INSERT INTO analysis_run (analysis_id, started_at, finished_at, status, trigger, spark_master, input_fingerprint, first_month, last_month)
                    SELECT 1, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', 'done', 'cli', 'oracle', 'test', min(month_key), max(month_key)
                    FROM oracle_analysed_month
                    """);
        }
    }

    private static List<String> marts(Connection connection)
            throws SQLException
    {
        List<String> marts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_name LIKE 'mart\\_%' ESCAPE '\\' ORDER BY 1");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                marts.add(rows.getString(1));
            }
        }
        return marts;
    }
}
