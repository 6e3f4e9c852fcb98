package io.bastion.analytics.benchmark;

import io.bastion.analytics.SimulatedPark;
import io.bastion.analytics.Sql;
import io.bastion.analytics.job.AnalysisJob;
import io.bastion.analytics.lake.AnalysisOutcome;
import io.bastion.analytics.lake.AnalysisRunner;
import io.bastion.analytics.lake.AnalysisRunnerSettings;
import io.bastion.analytics.lake.LakeExport;
import io.bastion.analytics.lake.MartLoad;
import io.bastion.analytics.lake.RunStatus;
import io.bastion.analytics.lake.Trigger;
import io.bastion.sql.Warehouse;
import org.apache.commons.io.file.PathUtils;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where an analysis run's time goes, next to the SQL oracle computing the same marts inside DuckDB, measured in one run
 * per scale: Spark's start-up alone, the lake export, the Spark job (a child process, start-up included), the mart load,
 * and materializing the {@code oracle_X} view of every {@code mart_X}. The Spark path is measured three times: with a new job
 * process (as on a cluster, or with {@code keep-driver} 0), and the first three analyses of one kept driver (and, with {@code -Dbenchmark.baseline-conf}, of one
 * kept driver with those Spark settings, before it). The scale's warehouse is generated and ingested once and kept under
 * /tmp/bastion-analysis-benchmark for the next run.
 * Run with: ./mvnw -q -B -pl sql,ingest,analytics -am -Panalysis-benchmark -DskipTests verify -Dbenchmark.scales=1,10
 */
public final class AnalysisBenchmark
{
    private static final Path CACHE = Path.of(System.getProperty("java.io.tmpdir"), "bastion-analysis-benchmark");
    private static final String VIEWS = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'VIEW'";

    private AnalysisBenchmark() {}

    public static void main(String[] args)
            throws SQLException, IOException
    {
        System.out.printf("machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version"));
        double sparkStart = sparkStartSeconds();
        System.out.printf("Spark start-up alone (SparkSession local[*] + a trivial action, in-process): %.1f s%n", sparkStart);
        System.out.println("| scale | driver | lake rows | export s | Spark job s | load s | Spark path s | mart rows | oracle marts | oracle s | ratio Spark path ÷ oracle | status |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (String scale : System.getProperty("benchmark.scales", "1").split(",")) {
            run(Integer.parseInt(scale.strip()));
        }
    }

    private static double sparkStartSeconds()
    {
        long start = System.nanoTime();
        SparkSession spark = AnalysisJob.session("local[*]", Map.of());
        try {
            spark.range(1).count();
            return seconds(start);
        }
        finally {
            spark.stop();
        }
    }

    private static void run(int scale)
            throws SQLException, IOException
    {
        Path folder = CACHE.resolve("scale-" + scale);
        Warehouse warehouse;
        if (Files.exists(folder.resolve("warehouse.duckdb"))) {
            warehouse = Warehouse.open(folder.resolve("warehouse.duckdb"));
        }
        else {
            warehouse = SimulatedPark.ingest(folder, scale, 36);
            // Only the warehouse is kept: the files and their archive are ten times its size (18 GB at scale 100).
            PathUtils.deleteDirectory(folder.resolve("park"));
            PathUtils.deleteDirectory(folder.resolve("archive"));
        }
        try (warehouse; Connection connection = warehouse.connect()) {
            long lakeRows = 0;
            for (String table : LakeExport.TABLES) {
                lakeRows += Sql.count(connection, "SELECT count(*) FROM " + table);
            }
            List<String> views = oracleViews(connection);
            double oracle = oracleSeconds(connection, views);

            AnalysisRunnerSettings settings = AnalysisRunnerSettings.defaults(folder.resolve("lake"), Path.of(System.getProperty("bastion.spark.home")),
                    Path.of(System.getProperty("bastion.job.jar")))
                    // the default 2 GB holds scale 10; scale 100's people-per-month state needs more
                    .withDriverMemory(System.getProperty("benchmark.driver-memory", "8g"))
                    .withTimeout(Duration.ofHours(3));
            // A new job process for the analysis (as on a cluster), then the kept driver's first analysis and its second.
            try (AnalysisRunner oneProcess = new AnalysisRunner(settings.withKeepDriver(Duration.ZERO))) {
                report(scale, "new process", lakeRows, analyse(oneProcess, warehouse, connection), views, oracle);
            }
            Map<String, String> baseline = baselineConf();
            if (!baseline.isEmpty()) {
                keptDriver(scale, "kept driver with " + baseline, settings.withSparkConf(baseline), warehouse, connection, lakeRows, views, oracle);
            }
            keptDriver(scale, "kept driver", settings, warehouse, connection, lakeRows, views, oracle);
        }
    }

    /** Three analyses, one after the other, on one kept driver. */
    private static void keptDriver(int scale, String driver, AnalysisRunnerSettings settings, Warehouse warehouse, Connection connection, long lakeRows,
            List<String> views, double oracle)
            throws SQLException
    {
        try (AnalysisRunner kept = new AnalysisRunner(settings)) {
            for (String nth : List.of("1st", "2nd", "3rd")) {
                report(scale, driver + ", " + nth, lakeRows, analyse(kept, warehouse, connection), views, oracle);
            }
        }
    }

    /**
     * The Spark settings of a baseline measured beside the job's own in the same run, from {@code -Dbenchmark.baseline-conf=k=v,k=v}
     * (e.g. {@code spark.sql.codegen.cache.maxEntries=100}, Spark's default); none by default.
     */
    private static Map<String, String> baselineConf()
    {
        Map<String, String> conf = new TreeMap<>();
        for (String setting : System.getProperty("benchmark.baseline-conf", "").split(",")) {
            if (!setting.isBlank()) {
                String[] pair = setting.strip().split("=", 2);
                if (pair.length != 2 || pair[0].isBlank()) {
                    throw new IllegalArgumentException("-Dbenchmark.baseline-conf takes key=value pairs separated by commas, not '" + setting.strip() + "'");
                }
                conf.put(pair[0].strip(), pair[1].strip());
            }
        }
        return conf;
    }

    /** A full analysis: earlier runs on the cached warehouse would make it "unchanged" or incremental. */
    private static AnalysisOutcome analyse(AnalysisRunner runner, Warehouse warehouse, Connection connection)
            throws SQLException
    {
        Sql.execute(connection, "DELETE FROM analysis_run");
        return runner.run(warehouse, Trigger.CLI);
    }

    private static void report(int scale, String driver, long lakeRows, AnalysisOutcome outcome, List<String> views, double oracle)
    {
        double sparkPath = (outcome.exportMs() + outcome.sparkMs() + outcome.loadMs()) / 1000.0;
        String ratio = views.isEmpty() || outcome.status() != RunStatus.DONE ? "n/a" : String.format("%.1f", sparkPath / oracle);
        System.out.printf("| %d | %s | %,d | %.1f | %.1f | %.1f | %.1f | %,d | %d | %.1f | %s | %s |%n", scale, driver, lakeRows, outcome.exportMs() / 1000.0,
                outcome.sparkMs() / 1000.0, outcome.loadMs() / 1000.0, sparkPath, outcome.totalMartRows(), views.size(), oracle, ratio,
                outcome.status().code() + outcome.message().map(message -> ": " + message.lines().findFirst().orElse("")).orElse(""));
    }

    /** The oracle's counterpart of every mart (its helper views are computed inside those, not on their own). */
    static List<String> oracleViews(Connection connection)
            throws SQLException
    {
        List<String> existing = Sql.column(connection, VIEWS);
        return MartLoad.martTables(connection).stream().map(mart -> "oracle_" + mart.substring("mart_".length())).filter(existing::contains).toList();
    }

    /** Seconds to materialize every view of {@code views} as a temporary table, one after the other. */
    static double oracleSeconds(Connection connection, List<String> views)
            throws SQLException
    {
        long start = System.nanoTime();
        for (String view : views) {
            Sql.execute(connection, "CREATE OR REPLACE TEMP TABLE benchmark_" + view + " AS SELECT * FROM " + view);
        }
        double seconds = seconds(start);
        for (String view : views) {
            Sql.execute(connection, "DROP TABLE benchmark_" + view);
        }
        return seconds;
    }

    private static double seconds(long startNanos)
    {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
