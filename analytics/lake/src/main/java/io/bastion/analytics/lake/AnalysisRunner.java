package io.bastion.analytics.lake;

import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.apache.commons.io.file.PathUtils;
import org.jooq.Record2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

import static java.util.Objects.requireNonNull;

/**
 * One analysis run, the API the dashboard and the tests call: record the park's rules it runs with (ParkRules), fingerprint
 * the input and what the job is (its jar, the park's rules, the marts' columns) and stop there if neither has changed since
 * the last done run; otherwise export the lake, digest what it holds
 * (InputDigests), plan from which month to recompute (AnalysisPlan: the earliest that changed since the last done run, or
 * every month), run the Spark job in a child process (a driver kept warm for the next analysis in local mode, SparkDriver;
 * a new process each time on a cluster) and load its marts in one transaction, replacing only the
 * recomputed months' rows. A failure is recorded with its bilingual message and the previous marts stay.
 * Only spark-launcher is needed on the caller's classpath, not Spark itself.
 */
public final class AnalysisRunner
        implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisRunner.class);
    private static final String MARTS_FOLDER = "marts";
    // One analysis at a time per warehouse file. DuckDB lets one process open the file, so a lock of this process suffices;
    // it is shared by every runner instance, hence static.
    private static final ConcurrentMap<Path, ReentrantLock> RUNNING = new ConcurrentHashMap<>();

    private final AnalysisRunnerSettings settings;
    private final Optional<SparkDriver> driver;

    /** A runner; in local mode it keeps its Spark driver between analyses (unless told not to), so close it when done. */
    public AnalysisRunner(AnalysisRunnerSettings settings)
    {
        this.settings = requireNonNull(settings, "settings is null");
        this.driver = settings.keepsDriver() ? Optional.of(new SparkDriver(settings)) : Optional.empty();
    }

    /** Stops the kept Spark driver, if one is running. */
    @Override
    public void close()
    {
        driver.ifPresent(SparkDriver::close);
    }

    /**
     * Starts the kept Spark driver in the background, if this runner keeps one and none is up: its JVM and SparkSession
     * (about 8 s at scale 1) then start while an ingestion runs, not after it. Returns at once; does nothing on a cluster
     * or with keep-driver 0.
     */
    public void prepareDriver()
    {
        driver.ifPresent(kept -> kept.prepareInBackground(() -> sha256(settings.jobJar())));
    }

    /** Stops, in the background, a driver {@link #prepareDriver} started if no analysis has used it: none is coming. */
    public void releasePreparedDriver()
    {
        driver.ifPresent(SparkDriver::releaseUnusedInBackground);
    }

    /** The process id of the Spark driver kept for the next analysis, if one is. */
    public OptionalLong keptDriverPid()
    {
        return driver.map(SparkDriver::pid).orElse(OptionalLong.empty());
    }

    public AnalysisRunnerSettings settings()
    {
        return settings;
    }

    /** Runs an analysis of the warehouse; waits while another one of the same warehouse is running. */
    public AnalysisOutcome run(Warehouse warehouse, Trigger trigger)
    {
        requireNonNull(warehouse, "warehouse is null");
        requireNonNull(trigger, "trigger is null");
        ReentrantLock lock = RUNNING.computeIfAbsent(warehouse.file(), file -> new ReentrantLock());
        lock.lock();
        try (Connection connection = warehouse.connect()) {
            AnalysisRuns.markInterrupted(connection);
            // The oracle views read the rules from the warehouse; recorded also when nothing is recomputed, as a warehouse
            // made before park_rule existed holds none.
            ParkRules.record(connection, settings.partyLecturesPerQuarter());
            String jobJar;
            try {
                jobJar = sha256(settings.jobJar());
            }
            catch (AnalysisException e) {
                // recorded as a failed run, as any other failure; its fingerprint is the input's alone
                long analysisId = AnalysisRuns.start(connection, RunStatus.RUNNING, trigger, settings.sparkMaster(),
                        AnalysisRuns.fingerprint(connection, settings.fingerprint()));
                return failed(connection, analysisId, e.getMessage(), 0, 0, e);
            }
            // The job is part of the fingerprint: a new job jar (an upgrade that changes a KPI) is analysed at once, not
            // only when the next file arrives.
            String jobSettings = jobSettings(connection, jobJar);
            String fingerprint = AnalysisRuns.fingerprint(connection, jobSettings);
            Optional<AnalysisRuns.DoneRun> lastDone = AnalysisRuns.lastDone(connection);
            if (lastDone.isPresent() && lastDone.get().fingerprint().equals(fingerprint)) {
                releasePreparedDriver();
                return unchanged(connection, trigger, fingerprint, lastDone.get().analysisId());
            }
            long analysisId = AnalysisRuns.start(connection, RunStatus.RUNNING, trigger, settings.sparkMaster(), fingerprint);
            LOG.info("分析批次 {} 开始 / analysis run {} started ({}, {})", analysisId, analysisId, trigger.code(), settings.sparkMaster());
            return compute(connection, analysisId, lastDone, jobJar, jobSettings);
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("analysis run", e);
        }
        finally {
            lock.unlock();
        }
    }

    private AnalysisOutcome unchanged(Connection connection, Trigger trigger, String fingerprint, long lastDoneId)
    {
        long analysisId = AnalysisRuns.start(connection, RunStatus.UNCHANGED, trigger, settings.sparkMaster(), fingerprint);
        String message = "自分析批次 " + lastDoneId + " 以来输入未变，指标未重新计算 / the input has not changed since analysis run " + lastDoneId
                + ": the marts were not recomputed";
        AnalysisRuns.unchanged(connection, analysisId, message);
        LOG.info(message);
        return new AnalysisOutcome(analysisId, RunStatus.UNCHANGED, Map.of(), 0, 0, 0, Optional.of(message));
    }

    private AnalysisOutcome compute(Connection connection, long analysisId, Optional<AnalysisRuns.DoneRun> lastDone, String jobJar,
            String jobSettings)
    {
        long exportMs = 0;
        long sparkStart = 0;
        long sparkMs = 0;
        try {
            long start = System.nanoTime();
            LakeSnapshot lake = export(connection);
            exportMs = millisSince(start);
            Optional<Record2<Integer, Integer>> months = AnalysisRuns.analysedMonths(connection);
            AnalysisRuns.exported(connection, analysisId, exportMs, months);
            AnalysisPlan plan = plan(connection, analysisId, lake, lastDone, months, jobSettings);
            LOG.info("分析批次 {} / analysis run {}: {}", analysisId, analysisId, plan.reason());

            // Outputs of earlier runs (kept when their load failed) go now; this run's is fresh.
            Path marts = settings.lake().resolve(MARTS_FOLDER);
            delete(marts);
            Path out = marts.resolve(String.valueOf(analysisId));
            sparkStart = System.nanoTime();
            if (driver.isPresent()) {
                driver.get().run(lake.directory(), out, plan.fromMonth(), jobJar);
            }
            else {
                SparkJobProcess.run(SparkJobProcess.command(settings, lake.directory(), out, plan.fromMonth()), settings.timeout());
            }
            sparkMs = millisSince(sparkStart);
            AnalysisRuns.computed(connection, analysisId, sparkMs);

            LoadedMarts loaded = MartLoad.load(connection, out, analysisId, LocalDateTime.now(), plan.fromMonth());
            delete(out);
            LOG.info("分析批次 {} 完成 / analysis run {} done: export {} ms, Spark {} ms, load {} ms, {} mart rows",
                    analysisId, analysisId, exportMs, sparkMs, loaded.loadMs(), loaded.totalRows());
            return new AnalysisOutcome(analysisId, RunStatus.DONE, loaded.rows(), exportMs, sparkMs, loaded.loadMs(), Optional.of(plan.reason()));
        }
        catch (AnalysisException e) {
            return failed(connection, analysisId, e.getMessage(), exportMs, sparkTime(sparkStart, sparkMs), e);
        }
        catch (RuntimeException e) {
            return failed(connection, analysisId, "分析失败：" + e.getMessage() + " / the analysis failed: " + e.getMessage(), exportMs,
                    sparkTime(sparkStart, sparkMs), e);
        }
    }

    private AnalysisPlan plan(Connection connection, long analysisId, LakeSnapshot lake, Optional<AnalysisRuns.DoneRun> lastDone,
            Optional<Record2<Integer, Integer>> months, String jobSettings)
    {
        AnalysisPlan plan;
        if (months.isEmpty()) {
            plan = new AnalysisPlan(OptionalInt.empty(), "尚无报送，计算全部月份 / nothing has been submitted yet: every month is computed");
        }
        else {
            InputDigests.record(connection, analysisId, lake.directory());
            plan = AnalysisPlan.of(connection, analysisId, jobSettings, lastDone, months.get().value1(), months.get().value2(),
                    settings.incremental());
        }
        AnalysisRuns.planned(connection, analysisId, jobSettings, plan);
        return plan;
    }

    /** The input's fingerprint (AnalysisRuns.fingerprint) with the job's settings ({@link #jobSettings}): equal ones, equal marts. */
    String fingerprint(Connection connection)
    {
        return AnalysisRuns.fingerprint(connection, jobSettings(connection, sha256(settings.jobJar())));
    }

    /**
     * What the marts depend on besides the input: the park's rules, the job (its jar's SHA-256) and the marts' columns
     * (a migration that adds one must fill it in for every month). A run with other job settings than the last done run
     * recomputes every month.
     */
    private String jobSettings(Connection connection, String jobJar)
    {
        try (var statement = connection.createStatement();
                var columns = statement.executeQuery("SELECT md5(string_agg(table_name || '.' || column_name || ' ' || data_type, ',' "
                        + "ORDER BY table_name, ordinal_position)) FROM information_schema.columns "
                        + "WHERE table_schema = 'main' AND starts_with(table_name, 'mart_')")) {
            columns.next();
            return settings.fingerprint() + ";job=" + jobJar + ";marts=" + columns.getString(1);
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("读取指标表结构 / read the marts' columns", e);
        }
    }

    /** The file's SHA-256; "missing" for a missing file, which the job's command line then reports with what else is missing. */
    private static String sha256(Path file)
    {
        if (!Files.isRegularFile(file)) {
            return "missing";
        }
        try (var in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (IOException e) {
            throw new AnalysisException(AnalysisException.Reason.SETUP, "无法读取分析作业 jar " + file + "：" + e.getMessage()
                    + " / cannot read the job jar " + file + ": " + e.getMessage(), e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private LakeSnapshot export(Connection connection)
    {
        try {
            return LakeExport.export(connection, settings.lake());
        }
        catch (RuntimeException e) {
            throw new AnalysisException(AnalysisException.Reason.EXPORT, "导出数据湖失败：" + e.getMessage() + " / exporting the lake failed: " + e.getMessage(), e);
        }
    }

    private static AnalysisOutcome failed(Connection connection, long analysisId, String message, long exportMs, long sparkMs, Exception cause)
    {
        LOG.error("分析批次 {} 失败 / analysis run {} failed", analysisId, analysisId, cause);
        AnalysisRuns.failed(connection, analysisId, message, sparkMs);
        return new AnalysisOutcome(analysisId, RunStatus.FAILED, Map.of(), exportMs, sparkMs, 0, Optional.of(message));
    }

    /** Deletes a folder of job output and everything in it; a missing one is fine. */
    private static void delete(Path folder)
    {
        try {
            PathUtils.delete(folder);
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法删除 " + folder + "：" + e.getMessage() + " / cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The job's time, also when it failed or was stopped: until now if it did not finish. */
    private static long sparkTime(long sparkStart, long sparkMs)
    {
        if (sparkMs > 0 || sparkStart == 0) {
            return sparkMs;
        }
        return millisSince(sparkStart);
    }

    private static long millisSince(long startNanos)
    {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
