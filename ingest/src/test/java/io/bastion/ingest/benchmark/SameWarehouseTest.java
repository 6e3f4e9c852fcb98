package io.bastion.ingest.benchmark;

import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The before/after comparison of BENCHMARKS.md finds what differs, and only that. */
class SameWarehouseTest
{
    @TempDir
    Path temp;

    private Path expected;
    private Path actual;

    @BeforeEach
    void twoEqualWarehouses()
            throws IOException, SQLException
    {
        expected = temp.resolve("expected.duckdb");
        Warehouse.open(expected).close();
        actual = Files.copy(expected, temp.resolve("actual.duckdb"));
        change(expected, """
                INSERT INTO ingest_run (run_id, source, started_at, status) VALUES (1, 'cli', TIMESTAMP '2026-01-01 10:00', 'SUCCEEDED');
                INSERT INTO fact_grade VALUES ('B001', '2025Q1', 202503, '好', 91.5, DATE '2025-04-02', 2, 1, 7)
                """);
        change(actual, """
                INSERT INTO ingest_run (run_id, source, started_at, status) VALUES (1, 'cli', TIMESTAMP '2026-01-01 11:00', 'SUCCEEDED');
                INSERT INTO fact_grade VALUES ('B001', '2025Q1', 202503, '好', 91.5, DATE '2025-04-02', 2, 1, 7)
                """);
    }

    @Test
    void warehousesDifferingOnlyInTheClockAreTheSame()
            throws SQLException
    {
        SameWarehouse.Report report = SameWarehouse.compare(expected, actual);

        assertThat(report.differences()).isEmpty();
        assertThat(report.compared()).containsEntry("main.fact_grade", 1L).containsEntry("main.ingest_run", 1L).containsKey("restricted.person_identity");
    }

    @Test
    void aValueChangedInOneRowIsADifference()
            throws SQLException
    {
        change(actual, "UPDATE fact_grade SET grade = '较好'");

        assertThat(SameWarehouse.compare(expected, actual).differences())
                .containsOnlyKeys("main.fact_grade")
                .hasEntrySatisfying("main.fact_grade", why -> assertThat(why).startsWith("1 rows only in expected, 1 only in actual").contains("较好"));
    }

    @Test
    void aRepeatedRowIsADifference()
            throws SQLException
    {
        change(actual, "INSERT INTO fact_liaison_contact VALUES ('张三', 'B001', DATE '2025-03-03', '电话', NULL, 202503, 2, 1, 8)");
        change(expected, "INSERT INTO fact_liaison_contact VALUES ('张三', 'B001', DATE '2025-03-03', '电话', NULL, 202503, 2, 1, 8)");
        change(actual, "INSERT INTO fact_liaison_contact VALUES ('张三', 'B001', DATE '2025-03-03', '电话', NULL, 202503, 2, 1, 8)");

        assertThat(SameWarehouse.compare(expected, actual).differences()).containsOnlyKeys("main.fact_liaison_contact");
    }

    @Test
    void anIdIsNotLeftOut()
            throws SQLException
    {
        change(actual, "UPDATE fact_grade SET file_id = 8");

        assertThat(SameWarehouse.compare(expected, actual).differences()).containsOnlyKeys("main.fact_grade");
    }

    @Test
    void aTableOrColumnOnOneSideOnlyIsADifference()
            throws SQLException
    {
        change(actual, "CREATE TABLE restricted.extra (id INTEGER); ALTER TABLE fact_grade ADD COLUMN note VARCHAR");

        assertThat(SameWarehouse.compare(expected, actual).differences()).containsOnlyKeys("restricted.extra", "main.fact_grade");
    }

    @Test
    void aSequenceDrawnFurtherIsADifference()
            throws SQLException
    {
        change(actual, "SELECT nextval('person_key_seq')");

        assertThat(SameWarehouse.compare(expected, actual).differences()).containsOnlyKeys("(sequences)");
    }

    private static void change(Path warehouse, String sql)
            throws SQLException
    {
        try (Warehouse opened = Warehouse.open(warehouse); Connection connection = opened.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
