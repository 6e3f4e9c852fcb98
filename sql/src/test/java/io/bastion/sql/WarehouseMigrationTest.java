package io.bastion.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A warehouse made by an older build opens with this one's migrations. */
final class WarehouseMigrationTest
{
    // What the single oracle file, before it was split into R__kpi_oracle_*.sql, left in Flyway's history.
    private static final String SINGLE_ORACLE_FILE_APPLIED = """
            INSERT INTO flyway_schema_history
            SELECT max(installed_rank) + 1, NULL, 'kpi oracle', 'SQL', 'R__kpi_oracle.sql', 92868154, 'bastion', now(), 1, true
            FROM flyway_schema_history
            """;
    private static final String REPEATABLES = "SELECT script FROM flyway_schema_history WHERE version IS NULL AND type = 'SQL' ORDER BY installed_rank";

    @TempDir
    Path directory;

    @Test
    void opensAWarehouseWhoseOracleWasTheSingleFile()
            throws SQLException
    {
        Path file = directory.resolve("warehouse.duckdb");
        try (Warehouse warehouse = Warehouse.open(file); Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            statement.execute(SINGLE_ORACLE_FILE_APPLIED);
        }

        try (Warehouse warehouse = Warehouse.open(file); Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            List<String> scripts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(REPEATABLES)) {
                while (rows.next()) {
                    scripts.add(rows.getString(1));
                }
            }
            assertThat(scripts).contains("R__kpi_oracle.sql", "R__kpi_oracle_00_shared.sql", "R__kpi_oracle_10_findings.sql");
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM oracle_life_compliance")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
        }
    }
}
