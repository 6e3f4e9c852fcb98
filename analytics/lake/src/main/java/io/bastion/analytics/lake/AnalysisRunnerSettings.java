package io.bastion.analytics.lake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * How the analysis runner exports, starts the Spark job and waits for it.
 *
 * @param lake the lake folder: snapshots of the warehouse and the job's output (shared with the cluster's workers, if any)
 * @param sparkMaster {@code local[*]} or a standalone cluster's {@code spark://host:port}
 * @param sparkHome the folder whose {@code jars/} (and {@code conf/}) are SparkSubmit's and the job's classpath ({@code analytics/job/target/spark-home})
 * @param jobJar the thin job jar that is submitted ({@code bastion-analytics-job.jar})
 * @param javaHome the Java 17 the job runs on (Spark 4.0 does not run on newer ones)
 * @param driverMemory the job's heap, as for {@code -Xmx} ({@code 2g})
 * @param partyLecturesPerQuarter 党课 a branch must hold per quarter (DOMAIN.md default 1)
 * @param sparkConf further Spark settings passed as {@code --conf key=value}
 * @param timeout how long the job may run before it is stopped
 * @param incremental recompute from the earliest month whose input changed since the last done run (true), or every month
 * @param keepDriver how long a local-mode Spark driver is kept, warm, for the next analysis ({@link SparkDriver}); zero starts
 *        a new job process for every analysis, as on a cluster always
 */
public record AnalysisRunnerSettings(
        Path lake,
        String sparkMaster,
        Path sparkHome,
        Path jobJar,
        Path javaHome,
        String driverMemory,
        int partyLecturesPerQuarter,
        Map<String, String> sparkConf,
        Duration timeout,
        boolean incremental,
        Duration keepDriver)
{
    public static final String LOCAL_MASTER = "local[*]";
    public static final String DEFAULT_DRIVER_MEMORY = "2g";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(1);
    public static final Duration DEFAULT_KEEP_DRIVER = Duration.ofHours(2);

    public AnalysisRunnerSettings
    {
        requireNonNull(lake, "lake is null");
        requireNonNull(sparkMaster, "sparkMaster is null");
        requireNonNull(sparkHome, "sparkHome is null");
        requireNonNull(jobJar, "jobJar is null");
        requireNonNull(javaHome, "javaHome is null");
        requireNonNull(driverMemory, "driverMemory is null");
        requireNonNull(timeout, "timeout is null");
        if (!driverMemory.matches("[0-9]+[kKmMgG]?")) {
            throw new IllegalArgumentException("驱动内存应形如 2g / driver memory must look like 2g, got: " + driverMemory);
        }
        if (partyLecturesPerQuarter < 0) {
            throw new IllegalArgumentException("每季度党课次数不能为负 / party lectures per quarter must not be negative: " + partyLecturesPerQuarter);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("超时必须为正 / the timeout must be positive: " + timeout);
        }
        requireNonNull(keepDriver, "keepDriver is null");
        if (keepDriver.isNegative()) {
            throw new IllegalArgumentException("驱动保留时长不能为负 / the time a driver is kept must not be negative: " + keepDriver);
        }
        sparkConf = Map.copyOf(sparkConf);
    }

    /** Local mode, the Java running this process, 2 GB, one 党课 a quarter, an hour at most, the driver kept two hours. */
    public static AnalysisRunnerSettings defaults(Path lake, Path sparkHome, Path jobJar)
    {
        return new AnalysisRunnerSettings(lake, LOCAL_MASTER, sparkHome, jobJar, Path.of(System.getProperty("java.home")), DEFAULT_DRIVER_MEMORY,
                1, Map.of(), DEFAULT_TIMEOUT, true, DEFAULT_KEEP_DRIVER);
    }

    public AnalysisRunnerSettings withSparkMaster(String master)
    {
        return new AnalysisRunnerSettings(lake, master, sparkHome, jobJar, javaHome, driverMemory, partyLecturesPerQuarter, sparkConf, timeout, incremental, keepDriver);
    }

    public AnalysisRunnerSettings withPartyLecturesPerQuarter(int lectures)
    {
        return new AnalysisRunnerSettings(lake, sparkMaster, sparkHome, jobJar, javaHome, driverMemory, lectures, sparkConf, timeout, incremental, keepDriver);
    }

    public AnalysisRunnerSettings withDriverMemory(String memory)
    {
        return new AnalysisRunnerSettings(lake, sparkMaster, sparkHome, jobJar, javaHome, memory, partyLecturesPerQuarter, sparkConf, timeout, incremental, keepDriver);
    }

    public AnalysisRunnerSettings withTimeout(Duration limit)
    {
        return new AnalysisRunnerSettings(lake, sparkMaster, sparkHome, jobJar, javaHome, driverMemory, partyLecturesPerQuarter, sparkConf, limit, incremental, keepDriver);
    }

    /** Every run recomputing every month ({@code false}), or from the earliest month that changed (the default). */
    public AnalysisRunnerSettings withIncremental(boolean fromChangedMonths)
    {
        return new AnalysisRunnerSettings(lake, sparkMaster, sparkHome, jobJar, javaHome, driverMemory, partyLecturesPerQuarter, sparkConf, timeout,
                fromChangedMonths, keepDriver);
    }

    /** Further Spark settings ({@code --conf key=value}, applied by the job over its own defaults) instead of these. */
    public AnalysisRunnerSettings withSparkConf(Map<String, String> conf)
    {
        return new AnalysisRunnerSettings(lake, sparkMaster, sparkHome, jobJar, javaHome, driverMemory, partyLecturesPerQuarter, conf, timeout, incremental,
                keepDriver);
    }

    /** A driver kept for {@code keep} after each analysis; {@link Duration#ZERO}: a new job process for every analysis. */
    public AnalysisRunnerSettings withKeepDriver(Duration keep)
    {
        return new AnalysisRunnerSettings(lake, sparkMaster, sparkHome, jobJar, javaHome, driverMemory, partyLecturesPerQuarter, sparkConf, timeout, incremental,
                keep);
    }

    /**
     * Whether analyses run on a kept driver: in local mode, unless {@link #keepDriver()} is zero. On a cluster each analysis is
     * an application of its own, so that the cluster's cores are not held between analyses.
     */
    public boolean keepsDriver()
    {
        return !onCluster() && !keepDriver.isZero();
    }

    /** Whether the job runs on a standalone cluster, whose executors fetch the job jar from the driver. */
    public boolean onCluster()
    {
        return sparkMaster.startsWith("spark://");
    }

    /** The part of the fingerprint that comes from the settings: what changes the marts besides the data. */
    String fingerprint()
    {
        return "partyLecturesPerQuarter=" + partyLecturesPerQuarter;
    }
}
