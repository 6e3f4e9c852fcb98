package io.bastion.analytics.lake;

import io.bastion.analytics.SimulatedPark;
import io.bastion.analytics.job.AnalysisJob;
import io.bastion.sql.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.bastion.analytics.Sql.column;
import static io.bastion.analytics.Sql.count;
import static io.bastion.analytics.Sql.memory;
import static org.assertj.core.api.Assertions.assertThat;

/** The lake of a simulated park of three months, and of an empty warehouse, read back by DuckDB and by Spark. */
class LakeExportTest
{
    @TempDir
    static Path temp;
    private static Warehouse warehouse;
    private static LakeSnapshot lake;
    private static SparkSession spark;

    @BeforeAll
    static void exportASmallPark()
            throws SQLException
    {
        warehouse = SimulatedPark.ingest(temp.resolve("park"), 1, 3);
        try (Connection connection = warehouse.connect()) {
            lake = LakeExport.export(connection, temp.resolve("lake"));
        }
        spark = AnalysisJob.session("local[1]", Map.of());
    }

    @AfterAll
    static void close()
    {
        spark.stop();
        warehouse.close();
    }

    @Test
    void writesEveryTableWithTheWarehouseRows()
            throws SQLException
    {
        try (Connection connection = warehouse.connect(); Connection reader = memory()) {
            for (String table : LakeExport.TABLES) {
                long rows = count(connection, "SELECT count(*) FROM " + table);
                assertThat(count(reader, "SELECT count(*) FROM read_parquet('" + lake.directory().resolve(table) + "/**/*.parquet')"))
                        .as(table).isEqualTo(rows);
                assertThat(lake.rows()).containsEntry(table, rows);
            }
            // The three months have people, links and events: the month-keyed facts are not trivially empty.
            assertThat(lake.rows().get("fact_person_month")).isPositive();
            assertThat(lake.rows().get("fact_coverage_link")).isPositive();
        }
    }

    @Test
    void writesEveryTableAsOneFile()
            throws IOException
    {
        for (String table : LakeExport.TABLES) {
            assertThat(folderNames(lake.directory().resolve(table))).as(table).containsExactly(LakeExport.FILE);
        }
    }

    @Test
    void sparkReadsTheMonthKeyFromTheFile()
    {
        Dataset<Row> people = spark.read().parquet(lake.directory().resolve("fact_person_month").toString());

        assertThat(people.schema().apply("month_key").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(people.count()).isEqualTo(lake.rows().get("fact_person_month"));
        assertThat(people.select("month_key").distinct().count()).isEqualTo(3);
    }

    @Test
    void anEmptyTableIsReadableWithItsSchema()
            throws SQLException
    {
        try (Warehouse empty = Warehouse.open(temp.resolve("empty/warehouse.duckdb")); Connection connection = empty.connect()) {
            LakeSnapshot emptyLake = LakeExport.export(connection, temp.resolve("empty-lake"));

            Dataset<Row> people = spark.read().parquet(emptyLake.directory().resolve("fact_person_month").toString());
            assertThat(people.count()).isZero();
            assertThat(people.schema().fieldNames()).contains("person_key", "month_key", "stage", "left_reason");
            assertThat(people.schema().apply("month_key").dataType()).isEqualTo(DataTypes.IntegerType);
            assertThat(spark.read().parquet(emptyLake.directory().resolve("fact_grade").toString()).count()).isZero();
            // the migration's own rows are there
            assertThat(spark.read().parquet(emptyLake.directory().resolve("default_annual_target").toString()).count()).isEqualTo(9);
        }
    }

    @Test
    void keepsRestrictedDataOut()
            throws SQLException, IOException
    {
        try (Connection reader = memory()) {
            List<String> columns = column(reader, "SELECT DISTINCT name FROM parquet_schema('" + lake.directory() + "/**/*.parquet')");
            assertThat(columns).contains("person_key", "org_code").doesNotContain("name", "id_number", "person_no", "secretary", "raw_row");
        }
        List<String> folders = new java.util.ArrayList<>(LakeExport.TABLES);
        folders.addAll(LakeExport.PREVIOUS.keySet());
        assertThat(folderNames(lake.directory())).containsExactlyInAnyOrderElementsOf(folders)
                .doesNotContain("person_identity", "person_identity_history", "organization_secretary", "quarantine_raw_row", "quarantine");
    }

    @Test
    void switchesCurrentToEachNewExportAndKeepsOnlyThePrevious()
            throws SQLException, IOException
    {
        Path root = temp.resolve("switching");
        try (Connection connection = warehouse.connect()) {
            LakeSnapshot first = LakeExport.export(connection, root);
            assertThat(LakeExport.current(root)).contains(first.directory());
            LakeSnapshot second = LakeExport.export(connection, root);
            assertThat(LakeExport.current(root)).contains(second.directory());
            LakeSnapshot third = LakeExport.export(connection, root);

            assertThat(LakeExport.current(root)).contains(third.directory());
            assertThat(root.resolve(LakeExport.CURRENT).toRealPath()).isEqualTo(third.directory().toRealPath());
            assertThat(folderNames(root)).containsExactlyInAnyOrder(LakeExport.CURRENT, second.directory().getFileName().toString(),
                    third.directory().getFileName().toString());
        }
    }

    private static List<String> folderNames(Path folder)
            throws IOException
    {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }
}
