package io.bastion.analytics.job;

import io.bastion.analytics.park.ParkState;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.metrics.source.CodegenMetrics;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

/**
 * The Spark job: reads the Parquet lake, runs every {@link Marts} computation over one {@link ParkState} and writes each
 * mart as Parquet to {@code <out>/<mart_table>/}. Started as a child process by the analysis runner, or in-process by tests.
 */
public final class AnalysisJob
{
    /** Exit code of a wrong command line. */
    public static final int WRONG_ARGUMENTS = 2;
    /** Exit code of a job that started but failed. */
    public static final int FAILED = 1;

    /** Spark setting: how many marts are written at once ({@link #concurrentWrites}). */
    public static final String CONCURRENT_WRITES = "spark.bastion.concurrentWrites";

    /** Spark's static setting: how many compiled generated classes the JVM keeps for the next query of the same code. */
    static final String CODEGEN_CACHE_ENTRIES = "spark.sql.codegen.cache.maxEntries";
    /** The job's default for {@value #CODEGEN_CACHE_ENTRIES}: above the distinct classes of one analysis (BENCHMARKS.md). */
    static final int GENERATED_CLASSES_KEPT = 4000;

    /** Spark's setting: the largest split of a file one task reads. */
    static final String MAX_PARTITION_BYTES = "spark.sql.files.maxPartitionBytes";
    /** The job's default for {@value #MAX_PARTITION_BYTES}: 1 GiB, so that Spark's split per core decides. */
    static final long MAX_PARTITION_BYTES_VALUE = 1L << 30;

    private static final Pattern MART_NAME = Pattern.compile("mart_[a-z0-9_]+");

    private AnalysisJob() {}

    public static void main(String[] args)
    {
        JobArguments arguments;
        try {
            arguments = JobArguments.parse(args);
        }
        catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(WRONG_ARGUMENTS);
            return;
        }
        int exitCode = 0;
        long start = System.nanoTime();
        SparkSession spark = null;
        try {
            spark = session(arguments.master(), arguments.conf());
            Map<String, Long> rows = run(spark, arguments.lake(), arguments.out(), arguments.settings(), arguments.fromMonth());
            System.out.printf("分析作业完成 / analysis job done: %d marts in %d ms%n", rows.size(), (System.nanoTime() - start) / 1_000_000);
        }
        catch (Throwable e) {
            System.err.println("分析作业失败：" + e + " / The analysis job failed: " + e);
            e.printStackTrace(System.err);
            exitCode = FAILED;
        }
        finally {
            if (spark != null) {
                spark.stop();
            }
        }
        // Spark leaves non-daemon threads behind; the exit code is the runner's only signal.
        System.exit(exitCode);
    }

    /**
     * A session for these sizes: loopback driver unless configured, UTC, few shuffle partitions, no UI.
     * {@code conf} is applied last and wins.
     */
    public static SparkSession session(String master, Map<String, String> conf)
    {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("bastion-analysis")
                .master(master)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.session.timeZone", "UTC")
                // The park's tables are small (thousands to a few million rows): a handful of partitions, merged further by AQE.
                .config("spark.sql.shuffle.partitions", "4")
                // Spark splits a file into its size ÷ the default parallelism, but at most 128 MB by default: at scale 100 the
                // roster (348 MB) was read in three tasks, the third alone on one of two cores. With no such cap a table is
                // split evenly over the cores; one whose share per core is under 128 MB is split as before (BENCHMARKS.md).
                .config(MAX_PARTITION_BYTES, String.valueOf(MAX_PARTITION_BYTES_VALUE))
                // One scale-1 analysis generates and compiles 850-1,000 distinct classes; Spark keeps 100 by default, so a kept
                // driver compiled nearly all of them again on every analysis (and its JIT compiled them again).
                .config(CODEGEN_CACHE_ENTRIES, String.valueOf(GENERATED_CLASSES_KEPT))
                .config("spark.ui.enabled", "false");
        conf.forEach(builder::config);
        return builder.getOrCreate();
    }

    /**
     * Computes every mart over the lake and writes it to {@code <out>/<mart_table>/} (one file each);
     * returns each mart's row count by name. A mart folder that already exists is an error: the caller gives a fresh {@code out}.
     * With {@code fromMonth} (yyyymm) only the months from it on are recomputed: each mart but {@link Marts#WRITTEN_WHOLE}
     * holds those months' rows (and some of the month or quarter before, to be dropped), the others every row.
     */
    public static Map<String, Long> run(SparkSession spark, String lake, String out, AnalysisSettings settings, OptionalInt fromMonth)
    {
        requireNonNull(spark, "spark is null");
        requireNonNull(lake, "lake is null");
        requireNonNull(out, "out is null");
        requireNonNull(settings, "settings is null");
        requireNonNull(fromMonth, "fromMonth is null");
        return run(spark, lake, out, settings, fromMonth, Marts.all());
    }

    static Map<String, Long> run(SparkSession spark, String lake, String out, AnalysisSettings settings, OptionalInt fromMonth,
            List<MartComputation> computations)
    {
        long compiledBefore = CodegenMetrics.METRIC_COMPILATION_TIME().getCount();
        ParkState whole = new ParkState(spark, lake, settings);
        ParkState park = fromMonth.isPresent() ? whole.from(fromMonth.getAsInt()) : whole;
        // Read the lake once up front: a wrong lake fails here, and the log says which months the marts cover.
        Row months = park.months().agg(count("*"), min("month_key"), max("month_key")).first();
        System.out.println("分析月份 / analysed months: " + months.getLong(0) + " (" + months.get(1) + " … " + months.get(2) + ")"
                + fromMonth.stream().mapToObj(month -> "，自 " + month + " 起重算 / recomputed from " + month).findFirst().orElse(""));
        Map<String, Long> rows = new ConcurrentSkipListMap<>();
        Set<String> names = new HashSet<>();
        int writers = concurrentWrites(spark);
        ExecutorService writing = Executors.newFixedThreadPool(writers);
        List<Future<?>> writes = new ArrayList<>();
        try {
            for (MartComputation computation : computations) {
                Map<String, Dataset<Row>> computed = computation.compute(park);
                // datasets are lazy: the family's marts computed over every month are only run for those of OVER_ALL_MONTHS
                Map<String, Dataset<Row>> overAllMonths = park == whole || computed.keySet().stream().noneMatch(Marts.OVER_ALL_MONTHS::contains)
                        ? computed : computation.compute(whole);
                for (Map.Entry<String, Dataset<Row>> mart : computed.entrySet()) {
                    String name = mart.getKey();
                    Dataset<Row> dataset = Marts.OVER_ALL_MONTHS.contains(name) ? overAllMonths.get(name) : mart.getValue();
                    if (!MART_NAME.matcher(name).matches()) {
                        throw new IllegalStateException("指标表名不合规：" + name + "（应为 mart_ 加小写字母） / mart name " + name
                                + " from " + computation.getClass().getName() + " is not mart_ followed by lower-case letters");
                    }
                    if (!names.add(name)) {
                        throw new IllegalStateException("指标表 " + name + " 被计算了两次 / mart " + name + " is computed twice (again by "
                                + computation.getClass().getName() + ")");
                    }
                    writes.add(writing.submit(() -> write(spark, out, name, dataset, rows)));
                }
            }
            for (Future<?> write : writes) {
                write.get();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("分析作业被中断 / the analysis job was interrupted", e);
        }
        catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        finally {
            writing.shutdownNow();
        }
        System.out.println("生成代码编译 / generated classes compiled: " + (CodegenMetrics.METRIC_COMPILATION_TIME().getCount() - compiledBefore));
        return new TreeMap<>(rows);
    }

    /**
     * How many marts are written at once (Spark setting {@value #CONCURRENT_WRITES}, by default the driver's cores, at most
     * 4): one mart's query is planned and compiled on one driver thread while the tasks of another run, so the cores a
     * small park leaves idle in one query are used by the next.
     */
    private static int concurrentWrites(SparkSession spark)
    {
        int cores = Math.min(4, Runtime.getRuntime().availableProcessors());
        int writers = Integer.parseInt(spark.conf().get(CONCURRENT_WRITES, String.valueOf(cores)));
        if (writers < 1) {
            throw new IllegalArgumentException(CONCURRENT_WRITES + " must be at least 1, not " + writers);
        }
        return writers;
    }

    private static void write(SparkSession spark, String out, String name, Dataset<Row> dataset, Map<String, Long> rows)
    {
        String folder = out + "/" + name;
        long start = System.nanoTime();
        dataset.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(folder);
        long written = writtenRows(spark, folder);
        rows.put(name, written);
        System.out.printf("指标表 / mart %s: %d rows in %d ms%n", name, written, (System.nanoTime() - start) / 1_000_000);
    }

    /** The rows of the Parquet files just written to {@code folder}, from their footers: no Spark job reads them back. */
    private static long writtenRows(SparkSession spark, String folder)
    {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path path = new Path(folder);
        try {
            long rows = 0;
            for (FileStatus file : path.getFileSystem(hadoop).listStatus(path, child -> child.getName().endsWith(".parquet"))) {
                try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(file, hadoop))) {
                    rows += reader.getRecordCount();
                }
            }
            return rows;
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法读取指标文件 " + folder + " / cannot read the mart files in " + folder, e);
        }
    }
}
