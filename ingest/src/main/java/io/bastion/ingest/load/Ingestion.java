package io.bastion.ingest.load;

import io.bastion.ingest.archive.Archive;
import io.bastion.ingest.format.TableReader;
import io.bastion.ingest.load.FileOutcome.Outcome;
import io.bastion.ingest.validation.ValidatedTables;
import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * One ingestion run over files or folders: archive each file first, read and validate it, then load
 * period by period (registry first, so references resolve) in transactions that each leave the
 * warehouse before or after whole files, never between; the next periods are archived and read while
 * the ones before are loaded ({@link PeriodReader}). Rows refused only because a code they name
 * was not known yet wait ({@link PendingReferences}); at the end of every run the files waiting for
 * codes that are now known are processed again from the archive, so neither the order of files in
 * a run nor the run that brought them decides what is loaded. Runs are serialized per warehouse.
 */
public final class Ingestion
{
    private static final Logger log = LoggerFactory.getLogger(Ingestion.class);
    private static final String RUN_CHECKPOINT_THRESHOLD = "1GB";

    private final Warehouse warehouse;
    private final IngestSettings settings;
    private final Archive archive;
    private final DeliveryReader deliveryReader;
    private final RunLog runLog = new RunLog();

    public Ingestion(Warehouse warehouse, IngestSettings settings)
    {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.archive = new Archive(settings.archive());
        this.deliveryReader = new DeliveryReader(archive, new TableReader(settings.maxUncompressedBytes()));
        try (DuckDBConnection connection = warehouse.connect()) {
            int interrupted = runLog.markInterrupted(connection);
            if (interrupted > 0) {
                log.warn("{} 个入库批次曾被中断 / {} ingestion run(s) had been interrupted", interrupted, interrupted);
            }
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("mark interrupted runs", e);
        }
        // No run is under way yet: what .incoming holds was left by a process killed mid-write.
        int leftovers = archive.removeLeftovers();
        if (leftovers > 0) {
            log.warn("已删除 {} 个中断写入留下的临时归档文件 / deleted {} temporary archive file(s) left by an interrupted run", leftovers, leftovers);
        }
    }

    public Archive archive()
    {
        return archive;
    }

    /** Ingests every file under the given paths (folders are walked, hidden files skipped). */
    public RunSummary ingest(List<Path> inputs, String source, IngestionListener listener)
    {
        return ingest(inputs, source, listener, List.of());
    }

    /**
     * Ingests every file under the given paths, and records in the run what the source could not
     * deliver (an HTTP pull's failed downloads), so it shows where runs are shown.
     */
    public synchronized RunSummary ingest(List<Path> inputs, String source, IngestionListener listener, List<PullFailure> failures)
    {
        RunPlan plan = RunPlan.of(inputs, settings.maxFileBytes());
        return run(source, plan.fileCount(), failures, listener, run -> {
            run.tally().add(plan.refused());
            process(run, plan.deliveries(), List.of());
        });
    }

    /**
     * Processes an archived file again, in a run of its own recorded with the given source: a feed
     * or a submission (a CSV submission by its 组织信息 part, with its other parts). Its quarantine lines
     * and what it waits for are replaced by what the current warehouse and rules make of it; then
     * whatever waited for codes it introduces is processed again too.
     *
     * @throws ReprocessRefusedException when there is no such file, or its CSV parts cannot be told apart
     */
    public synchronized RunSummary reprocess(long fileId, String source)
    {
        PendingReferences.Waiting delivery;
        try (DuckDBConnection connection = warehouse.connect()) {
            delivery = ArchivedDeliveries.containing(connection, fileId);
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("find archived file " + fileId, e);
        }
        return run(source, 0, List.of(), IngestionListener.SILENT, run -> process(run, List.of(), List.of(delivery)));
    }

    private RunSummary run(String source, int filesTotal, List<PullFailure> failures, IngestionListener listener, RunWork work)
    {
        try (DuckDBConnection connection = warehouse.connect()) {
            long runId = runLog.start(connection, source, filesTotal);
            Run run = new Run(connection, runId, source, listener, new RunTally(filesTotal, RunLog.Progress.start(filesTotal)));
            try {
                runLog.recordPullFailures(connection, runId, failures);
                work.run(run);
                RunLog.Progress progress = run.tally().progress();
                runLog.finish(connection, runId, progress, "SUCCEEDED", summary(failures, run.tally()));
                return new RunSummary(runId, "SUCCEEDED", run.tally().files(), run.tally().reprocessed(), progress.rowsRead(), progress.rowsLoaded(),
                        progress.rowsRejected(), progress.elapsed());
            }
            catch (RuntimeException | SQLException e) {
                // The run's error is what is reported; failing to record it in the run log must not replace it.
                try {
                    runLog.finish(connection, runId, run.tally().progress(), "FAILED",
                            "入库失败，未提交的批次已回滚 / ingestion failed, the uncommitted batch was rolled back: " + e.getMessage());
                }
                catch (RuntimeException logFailure) {
                    e.addSuppressed(logFailure);
                }
                if (e instanceof SQLException sql) {
                    throw new WarehouseSqlException("ingestion run " + runId, sql);
                }
                throw (RuntimeException) e;
            }
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("ingestion", e);
        }
    }

    /**
     * Loads the received deliveries period by period, consecutive periods together up to a transaction's rows,
     * the next periods read while the ones before are loaded; then processes again what waits and can now be checked.
     */
    private void process(Run run, List<Delivery> deliveries, List<PendingReferences.Waiting> requested)
            throws SQLException
    {
        DuckDBConnection connection = run.connection();
        References references = references(connection);
        deferCheckpoints(connection);
        BatchLoader loader = new BatchLoader(connection, PersonDirectory.load(connection));
        Map<Integer, List<Delivery>> byMonth = new TreeMap<>();
        for (Delivery delivery : deliveries) {
            byMonth.computeIfAbsent(delivery.name().sortMonth(), month -> new ArrayList<>()).add(delivery);
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.parallelism());
        try (DuckDBConnection lookups = warehouse.connect();
                PeriodReader ahead = new PeriodReader(deliveryReader, lookups, references, pool, List.copyOf(byMonth.values()), settings.maxRowsPerTransaction())) {
            List<PeriodReader.ReadPeriod> periods = new ArrayList<>();
            long rows = 0;
            for (Optional<PeriodReader.ReadPeriod> next = ahead.next(); next.isPresent(); next = ahead.next()) {
                PeriodReader.ReadPeriod period = next.get();
                if (!periods.isEmpty() && rows + period.rows() > settings.maxRowsPerTransaction()) {
                    load(run, loader, ahead, periods);
                    periods.clear();
                    rows = 0;
                }
                run.tally().add(period.duplicates());
                run.listener().reached(IngestionListener.Stage.PERIOD_ARCHIVED);
                periods.add(period);
                rows += period.rows();
            }
            load(run, loader, ahead, periods);
            if (!requested.isEmpty()) {
                reprocess(run, loader, references, pool, requested);
            }
            resolvePending(run, loader, references, pool);
        }
        finally {
            pool.shutdownNow();
            checkpoint(connection);
        }
    }

    /** Loads consecutive periods, in as few transactions as their rows allow, and lets the reader read as far again. */
    private void load(Run run, BatchLoader loader, PeriodReader ahead, List<PeriodReader.ReadPeriod> periods)
            throws SQLException
    {
        if (periods.isEmpty()) {
            return;
        }
        List<Delivery> deliveries = new ArrayList<>();
        Map<String, Long> archivedBefore = new HashMap<>();
        for (PeriodReader.ReadPeriod period : periods) {
            deliveries.addAll(period.deliveries());
            archivedBefore.putAll(period.archivedBefore());
        }
        load(run, loader, deliveries, archivedBefore);
        periods.forEach(ahead::loaded);
    }

    /**
     * Processes again, from the archive, the deliveries waiting for a code that is known now; a
     * submission loaded so makes its organization known, so this repeats until nothing more resolves.
     */
    private void resolvePending(Run run, BatchLoader loader, References references, ExecutorService pool)
            throws SQLException
    {
        while (true) {
            int knownBefore = references.size();
            List<PendingReferences.Waiting> ready = PendingReferences.ready(run.connection(), references);
            if (ready.isEmpty()) {
                return;
            }
            reprocess(run, loader, references, pool, ready);
            if (references.size() == knownBefore) {
                // Nothing new became known, so nothing else can have become ready.
                return;
            }
        }
    }

    private void reprocess(Run run, BatchLoader loader, References references, ExecutorService pool, List<PendingReferences.Waiting> waiting)
            throws SQLException
    {
        List<Delivery> deliveries = new ArrayList<>();
        for (PendingReferences.Waiting delivery : waiting) {
            deliveries.add(ArchivedDeliveries.of(run.connection(), archive, delivery));
        }
        List<Delivery> validated = references.check(PeriodReader.parallel(pool, deliveries, deliveryReader::validate)).stream().map(Refusals::settle).toList();
        load(run, loader, validated, PeriodReader.archivedFileIds(run.connection(), validated));
    }

    private void load(Run run, BatchLoader loader, List<Delivery> deliveries, Map<String, Long> known)
            throws SQLException
    {
        for (List<Delivery> batch : batches(deliveries)) {
            List<FileOutcome> loaded = loader.load(run.runId(), run.source(), batch, known,
                    result -> runLog.progress(run.connection(), run.runId(), run.tally().progressWith(batch, result)), run.listener());
            run.tally().add(batch, loaded);
            RunLog.Progress progress = run.tally().progress();
            run.listener().progress(new IngestionListener.RunProgress(run.runId(), progress.filesDone(), progress.filesTotal(), progress.rowsRead(),
                    progress.rowsLoaded(), progress.rowsRejected(), progress.rowsPerSecond()));
            run.listener().reached(IngestionListener.Stage.AFTER_COMMIT);
        }
    }

    /**
     * DuckDB checkpoints whenever its write-ahead log passes 16 MB, and a checkpoint rewrites the
     * tables it touched: done after every period it cost a third of the load. A run lets the log grow
     * (it is as durable, and a killed run replays it on the next open) and checkpoints once at the end.
     */
    private static void deferCheckpoints(DuckDBConnection connection)
            throws SQLException
    {
        try (var statement = connection.createStatement()) {
            statement.execute("SET checkpoint_threshold = '" + RUN_CHECKPOINT_THRESHOLD + "'");
        }
    }

    private static void checkpoint(DuckDBConnection connection)
    {
        try (var statement = connection.createStatement()) {
            statement.execute("RESET checkpoint_threshold");
            statement.execute("CHECKPOINT");
        }
        catch (SQLException e) {
            // Readers may hold the database; DuckDB then checkpoints by itself later.
            log.info("checkpoint deferred: {}", e.getMessage());
        }
    }

    /**
     * Splits deliveries into transactions of about maxRowsPerTransaction rows, whole deliveries each,
     * and the deliveries of one name together: a resubmission may resend a CSV part unchanged,
     * which is one archived file, so it must be loaded in the transaction that registers that part
     * (a period's list of archived files is read before its first transaction).
     */
    private List<List<Delivery>> batches(List<Delivery> deliveries)
    {
        Map<String, List<Delivery>> byName = new LinkedHashMap<>();
        for (Delivery delivery : deliveries) {
            byName.computeIfAbsent(delivery.kind() + "/" + delivery.name().key(), name -> new ArrayList<>()).add(delivery);
        }
        List<List<Delivery>> batches = new ArrayList<>();
        List<Delivery> current = new ArrayList<>();
        long rows = 0;
        for (List<Delivery> sameName : byName.values()) {
            int size = sameName.stream().mapToInt(delivery -> delivery.tables().map(ValidatedTables::rowsRead).orElse(0)).sum();
            if (!current.isEmpty() && rows + size > settings.maxRowsPerTransaction()) {
                batches.add(current);
                current = new ArrayList<>();
                rows = 0;
            }
            current.addAll(sameName);
            rows += size;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private References references(DuckDBConnection connection)
            throws SQLException
    {
        Set<String> organizations = new HashSet<>();
        Set<String> units = new HashSet<>();
        try (var statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT DISTINCT org_code FROM fact_organization_report")) {
                while (rows.next()) {
                    organizations.add(rows.getString(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT DISTINCT unit_code FROM fact_enterprise_month")) {
                while (rows.next()) {
                    units.add(rows.getString(1));
                }
            }
        }
        return new References(organizations, units);
    }

    /** A received file is the same file when both its name and its bytes are the same. */
    static String identity(Part part)
    {
        return part.name().original() + "|" + part.copy().sha256();
    }

    private static String summary(List<PullFailure> failures, RunTally tally)
    {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        tally.files().forEach(o -> counts.merge(o.outcome(), 1L, Long::sum));
        StringBuilder text = new StringBuilder();
        counts.forEach((outcome, count) -> text.append(outcome.name()).append('=').append(count).append(' '));
        if (!tally.reprocessed().isEmpty()) {
            text.append("REPROCESSED=").append(tally.reprocessed().size()).append(' ');
        }
        if (!failures.isEmpty()) {
            text.append("\n拉取失败 ").append(failures.size()).append(" 个，下次拉取时重试 / ").append(failures.size())
                    .append(" download(s) failed, retried at the next pull:");
            failures.stream().limit(20).forEach(f -> text.append("\n").append(f.sourceName()).append(' ').append(f.remoteName()).append(" (").append(f.url())
                    .append("): ").append(f.chinese()).append(" / ").append(f.english()));
        }
        // Refusals first, then the files loaded with a warning (a roster of nobody), within the first 20.
        Stream.concat(
                        tally.files().stream().filter(o -> o.outcome() == Outcome.REJECTED || o.outcome() == Outcome.SKIPPED || o.outcome() == Outcome.WAITING),
                        tally.files().stream().filter(FileOutcome::warning))
                .limit(20)
                .forEach(o -> text.append("\n").append(o.fileName()).append(": ").append(o.chinese()).append(" / ").append(o.english()));
        if (!tally.reprocessed().isEmpty()) {
            text.append("\n重新处理归档文件 / archived files processed again:");
            tally.reprocessed().stream().limit(20).forEach(o -> text.append("\n").append(o.fileName()).append(": ").append(o.outcome().name()));
        }
        return text.toString().strip();
    }

    /** What a run does, with the run record open. */
    @FunctionalInterface
    private interface RunWork
    {
        void run(Run run)
                throws SQLException;
    }

    /** A run under way: its connection and record, who listens, and the files done so far. */
    private record Run(DuckDBConnection connection, long runId, String source, IngestionListener listener, RunTally tally) {}
}
