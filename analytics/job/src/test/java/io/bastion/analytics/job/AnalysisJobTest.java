package io.bastion.analytics.job;

import io.bastion.analytics.Sql;
import io.bastion.analytics.lake.LakeExport;
import io.bastion.analytics.lake.LakeSnapshot;
import io.bastion.sql.Warehouse;
import org.apache.spark.metrics.source.CodegenMetrics;
import org.apache.spark.sql.SparkSession;
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
import java.util.OptionalInt;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The job in-process over the lake of an empty warehouse, whose dim_month the migration fills with 2000-01 … 2049-12. */
class AnalysisJobTest
{
    /** Months per year of dim_month: 50 rows. */
    private static final MartComputation YEARS = park -> Map.of("mart_years",
            park.table("dim_month").groupBy("year").agg(count("*").as("months")));
    /** The analysed months of a warehouse without submissions: none. */
    private static final MartComputation ANALYSED = park -> Map.of("mart_analysed_months", park.months().select(col("month_key")));

    @TempDir
    static Path temp;
    private static LakeSnapshot lake;
    private static SparkSession spark;

    @BeforeAll
    static void exportAnEmptyWarehouse()
            throws SQLException
    {
        try (Warehouse warehouse = Warehouse.open(temp.resolve("warehouse.duckdb")); Connection connection = warehouse.connect()) {
            lake = LakeExport.export(connection, temp.resolve("lake"));
        }
        spark = AnalysisJob.session("local[1]", Map.of());
    }

    @AfterAll
    static void stop()
    {
        spark.stop();
    }

    @Test
    void writesEachMartToItsFolderAsOneFile()
            throws SQLException, IOException
    {
        Path out = temp.resolve("out-1");

        Map<String, Long> rows = AnalysisJob.run(spark, lake.directory().toString(), out.toString(), AnalysisSettings.defaults(), OptionalInt.empty(), List.of(YEARS, ANALYSED));

        assertThat(rows).containsExactly(Map.entry("mart_analysed_months", 0L), Map.entry("mart_years", 50L));
        assertThat(parquetFiles(out.resolve("mart_years"))).hasSize(1);
        try (Connection reader = Sql.memory()) {
            assertThat(Sql.rows(reader, "SELECT count(*), min(months), max(months) FROM read_parquet('" + out.resolve("mart_years") + "/*.parquet')"))
                    .containsExactly(List.of("50", "12", "12"));
            // an empty mart still has a file with its columns, which the mart load needs
            assertThat(Sql.column(reader, "SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('" + out.resolve("mart_analysed_months") + "/*.parquet'))"))
                    .containsExactly("month_key");
        }
    }

    @Test
    void refusesToWriteIntoAnExistingMartFolder()
            throws IOException
    {
        Path out = temp.resolve("out-2");
        Files.createDirectories(out.resolve("mart_years"));

        assertThatThrownBy(() -> AnalysisJob.run(spark, lake.directory().toString(), out.toString(), AnalysisSettings.defaults(), OptionalInt.empty(), List.of(YEARS)))
                .hasMessageContaining("already exists");
    }

    @Test
    void refusesAMartComputedTwiceOrWronglyNamed()
    {
        String out = temp.resolve("out-3").toString();

        assertThatThrownBy(() -> AnalysisJob.run(spark, lake.directory().toString(), out, AnalysisSettings.defaults(), OptionalInt.empty(), List.of(YEARS, YEARS)))
                .hasMessageContaining("被计算了两次")
                .hasMessageContaining("mart mart_years is computed twice");
        MartComputation misnamed = park -> Map.of("Coverage", park.table("dim_month"));
        assertThatThrownBy(() -> AnalysisJob.run(spark, lake.directory().toString(), out, AnalysisSettings.defaults(), OptionalInt.empty(), List.of(misnamed)))
                .hasMessageContaining("指标表名不合规");
    }

    /**
     * Spark keeps 100 compiled classes by default, fewer than one analysis generates: a kept driver then compiled nearly all
     * of them again for every analysis. Counted by Spark's own codegen metric.
     */
    @Test
    void aSecondAnalysisInTheSameSessionReusesTheClassesCompiledForTheFirst()
    {
        long first = compiledDuring(() -> AnalysisJob.run(spark, lake.directory().toString(), temp.resolve("out-4").toString(), AnalysisSettings.defaults(),
                OptionalInt.empty()));
        long second = compiledDuring(() -> AnalysisJob.run(spark, lake.directory().toString(), temp.resolve("out-5").toString(), AnalysisSettings.defaults(),
                OptionalInt.empty()));

        assertThat(first).as("classes compiled by the first analysis").isGreaterThan(100);
        assertThat(second).as("classes compiled by the second analysis").isLessThan(first / 4);
    }

    private static long compiledDuring(Runnable analysis)
    {
        long before = CodegenMetrics.METRIC_COMPILATION_TIME().getCount();
        analysis.run();
        return CodegenMetrics.METRIC_COMPILATION_TIME().getCount() - before;
    }

    private static List<Path> parquetFiles(Path folder)
            throws IOException
    {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".parquet")).toList();
        }
    }
}
