package io.bastion.ingest.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.ingest.load.FileOutcome.Outcome;
import io.bastion.ingest.simulation.GeneratorSettings;
import io.bastion.ingest.simulation.ParkGenerator;
import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole real path at DOMAIN.md's scale 1: a simulated park of 36 months, generated, ingested
 * from its folder, and the warehouse counted against the generator's manifest.
 */
class ScaleOneIngestionTest
{
    private static final List<String> FACT_TABLES = List.of(
            "fact_submission", "fact_organization_report", "fact_coverage_link", "fact_person_month", "fact_organization_life",
            "fact_admission_event", "fact_enterprise_month", "fact_grade", "fact_demonstration_site", "fact_liaison_assignment",
            "fact_liaison_contact", "fact_annual_target", "dim_person");

    @TempDir
    Path temp;

    @Test
    void warehouseCountsEqualTheManifest()
            throws IOException, SQLException
    {
        Path park = temp.resolve("park");
        ParkGenerator.generate(new GeneratorSettings(1, 42, park, YearMonth.of(2026, 10), 36));
        JsonNode expected = new ObjectMapper().readTree(park.resolve("manifest.json").toFile()).get("expected");

        try (Warehouse warehouse = Warehouse.open(temp.resolve("warehouse.duckdb"))) {
            RunSummary summary = new Ingestion(warehouse, IngestSettings.defaults(temp.resolve("archive")))
                    .ingest(List.of(park), "test", IngestionListener.SILENT);

            assertThat(summary.status()).isEqualTo("SUCCEEDED");
            assertThat(summary.count(Outcome.REJECTED)).isEqualTo(expected.get("rejectedFiles").asLong());
            for (String table : FACT_TABLES) {
                assertThat(count(warehouse, "SELECT count(*) FROM " + table)).as(table).isEqualTo(expected.get(table).asLong());
            }
            assertThat(count(warehouse, "SELECT count(*) FROM fact_submission WHERE is_current")).isEqualTo(expected.get("current_submissions").asLong());
            assertThat(quarantinedRowsByRule(warehouse)).isEqualTo(asMap(expected.get("quarantinedRowsByRule")));
            assertThat(DerivedTables.differences(warehouse)).isEmpty();

            // Ingesting the same folder again changes nothing.
            RunSummary again = new Ingestion(warehouse, IngestSettings.defaults(temp.resolve("archive")))
                    .ingest(List.of(park), "test", IngestionListener.SILENT);
            assertThat(again.count(Outcome.LOADED)).isZero();
            assertThat(count(warehouse, "SELECT count(*) FROM fact_person_month")).isEqualTo(expected.get("fact_person_month").asLong());
        }
    }

    private static Map<String, Long> quarantinedRowsByRule(Warehouse warehouse)
            throws SQLException
    {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT rule, count(DISTINCT (file_id, table_name, row_no)) FROM quarantine GROUP BY rule")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private static Map<String, Long> asMap(JsonNode node)
    {
        Map<String, Long> map = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            map.put(field.getKey(), field.getValue().asLong());
        }
        return map;
    }

    private static long count(Warehouse warehouse, String sql)
            throws SQLException
    {
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
