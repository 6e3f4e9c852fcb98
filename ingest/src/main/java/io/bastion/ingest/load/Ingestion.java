package io.bastion.ingest.load;

import io.bastion.ingest.archive.Archive;
import io.bastion.ingest.format.FileError;
import io.bastion.ingest.format.FileKind;
import io.bastion.ingest.format.FileRejectedException;
import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.format.RawTable;
import io.bastion.ingest.format.TableReader;
import io.bastion.ingest.load.FileOutcome.Outcome;
import io.bastion.ingest.validation.FeedValidator;
import io.bastion.ingest.validation.SubmissionValidator;
import io.bastion.ingest.validation.ValidatedTables;
import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * One ingestion run over files or folders: archive each file first, read and validate it, then load
 * period by period (registry first, so references resolve) in transactions that each leave the
 * warehouse before or after whole files, never between. Runs are serialized per warehouse.
 */
public final class Ingestion
{
    private static final Logger log = LoggerFactory.getLogger(Ingestion.class);
    private static final String RUN_CHECKPOINT_THRESHOLD = "1GB";

    private final Warehouse warehouse;
    private final IngestSettings settings;
    private final Archive archive;
    private final TableReader reader;
    private final RunLog runLog = new RunLog();

    public Ingestion(Warehouse warehouse, IngestSettings settings)
    {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.archive = new Archive(settings.archive());
        this.reader = new TableReader(settings.maxUncompressedBytes());
        try (DuckDBConnection connection = warehouse.connect()) {
            int interrupted = runLog.markInterrupted(connection);
            if (interrupted > 0) {
                log.warn("{} 个入库批次曾被中断 / {} ingestion run(s) had been interrupted", interrupted, interrupted);
            }
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("mark interrupted runs", e);
        }
    }

    public Archive archive()
    {
        return archive;
    }

    /** Ingests every file under the given paths (folders are walked, hidden files skipped). */
    public synchronized RunSummary ingest(List<Path> inputs, String source, IngestionListener listener)
    {
        RunPlan plan = RunPlan.of(inputs, settings.maxFileBytes());
        try (DuckDBConnection connection = warehouse.connect()) {
            long runId = runLog.start(connection, source, plan.fileCount());
            RunLog.Progress progress = RunLog.Progress.start(plan.fileCount());
            List<FileOutcome> outcomes = new ArrayList<>();
            try {
                outcomes.addAll(plan.refused());
                progress = progress.plus(plan.refused());
                progress = loadAll(connection, runId, source, plan.deliveries(), progress, outcomes, listener);
                String message = summary(outcomes);
                runLog.finish(connection, runId, progress, "SUCCEEDED", message);
                return new RunSummary(runId, "SUCCEEDED", outcomes, progress.rowsRead(), progress.rowsLoaded(), progress.rowsRejected(), progress.elapsed());
            }
            catch (RuntimeException | SQLException e) {
                // The run's error is what is reported; failing to record it in the run log must not replace it.
                try {
                    runLog.finish(connection, runId, progress, "FAILED", "入库失败，未提交的批次已回滚 / ingestion failed, the uncommitted batch was rolled back: " + e.getMessage());
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

    private RunLog.Progress loadAll(DuckDBConnection connection, long runId, String source, List<Delivery> deliveries, RunLog.Progress start,
            List<FileOutcome> outcomes, IngestionListener listener)
            throws SQLException
    {
        RunLog.Progress progress = start;
        References references = references(connection);
        deferCheckpoints(connection);
        PersonDirectory persons = PersonDirectory.load(connection);
        BatchLoader loader = new BatchLoader(connection, persons);
        Set<String> seenThisRun = new HashSet<>();
        Map<Integer, List<Delivery>> periods = new TreeMap<>();
        for (Delivery delivery : deliveries) {
            periods.computeIfAbsent(delivery.name().sortMonth(), month -> new ArrayList<>()).add(delivery);
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.parallelism());
        try {
            for (List<Delivery> period : periods.values()) {
                List<Delivery> archived = parallel(pool, period, this::archiveParts);
                Map<String, Long> known = archivedFileIds(connection, archived);
                List<Delivery> fresh = new ArrayList<>();
                for (Delivery delivery : archived) {
                    boolean duplicate = delivery.parts().stream().allMatch(part -> known.containsKey(identity(part)) || seenThisRun.contains(identity(part)));
                    delivery.parts().forEach(part -> seenThisRun.add(identity(part)));
                    if (duplicate) {
                        for (Part part : delivery.parts()) {
                            FileOutcome outcome = new FileOutcome(part.name().original(), part.source().toString(), Outcome.DUPLICATE, 0, 0, 0,
                                    "与已接收的文件完全相同，未作任何改动", "identical to a file received before; nothing changed");
                            outcomes.add(outcome);
                            progress = progress.plus(outcome);
                        }
                        continue;
                    }
                    fresh.add(delivery);
                }
                List<Delivery> validated = references.check(parallel(pool, fresh, this::validate)).stream().map(Refusals::settle).toList();
                listener.reached(IngestionListener.Stage.PERIOD_ARCHIVED);
                for (List<Delivery> batch : batches(validated)) {
                    List<FileOutcome> loaded;
                    try {
                        loaded = loader.load(runId, source, batch, known, progress, runLog, listener);
                    }
                    catch (SQLException | RuntimeException e) {
                        persons = PersonDirectory.load(connection);
                        throw e;
                    }
                    outcomes.addAll(loaded);
                    progress = progress.plus(loaded);
                    listener.progress(new IngestionListener.RunProgress(runId, progress.filesDone(), progress.filesTotal(), progress.rowsRead(),
                            progress.rowsLoaded(), progress.rowsRejected(), progress.rowsPerSecond()));
                    listener.reached(IngestionListener.Stage.AFTER_COMMIT);
                }
            }
        }
        finally {
            pool.shutdownNow();
            checkpoint(connection);
        }
        return progress;
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
     * Splits a period into transactions of about maxRowsPerTransaction rows, whole deliveries each,
     * and the deliveries of one name together: a resubmission may resend a CSV part unchanged,
     * which is one archived file, so it must be loaded in the transaction that registers that part
     * (the period's list of archived files is read before its first transaction).
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

    private Delivery archiveParts(Delivery delivery)
    {
        List<Part> parts = delivery.parts().stream()
                .map(part -> new Part(part.source(), part.name(), archive.store(part.source(), part.name().extension())))
                .toList();
        return new Delivery(delivery.sequence(), delivery.name(), parts, Optional.empty(), Optional.empty());
    }

    private Delivery validate(Delivery delivery)
    {
        try {
            if (delivery.kind() == FileKind.BRANCH_SUBMISSION) {
                Map<InputTable, RawTable> tables = new EnumMap<>(InputTable.class);
                for (Part part : delivery.parts()) {
                    for (RawTable table : reader.read(part.name(), archive.resolve(part.copy()))) {
                        tables.put(table.table(), table);
                    }
                }
                return delivery.withTables(SubmissionValidator.validate(delivery.name(), tables));
            }
            Part part = delivery.parts().get(0);
            RawTable table = reader.read(part.name(), archive.resolve(part.copy())).get(0);
            return delivery.withTables(FeedValidator.validate(delivery.name(), table));
        }
        catch (FileRejectedException e) {
            return delivery.rejected(e);
        }
        catch (RuntimeException e) {
            log.warn("unreadable file {}", delivery.name().original(), e);
            FileError error = switch (delivery.name().extension()) {
                case "xlsx" -> FileError.NOT_XLSX;
                case "json" -> FileError.NOT_JSON;
                default -> FileError.NOT_TEXT;
            };
            return delivery.rejected(new FileRejectedException(error, delivery.name().original(), "读取时出错，详见入库日志", "reading it failed; the ingestion log has the cause"));
        }
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

    /** Files (name and hash) already in the archive table, with their file ids. */
    private static Map<String, Long> archivedFileIds(DuckDBConnection connection, List<Delivery> deliveries)
            throws SQLException
    {
        List<String> hashes = deliveries.stream().flatMap(d -> d.parts().stream()).map(part -> part.copy().sha256()).distinct().toList();
        Map<String, Long> known = new HashMap<>();
        for (int from = 0; from < hashes.size(); from += 500) {
            List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + 500));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement statement = connection.prepareStatement("SELECT original_name || '|' || sha256, file_id FROM archived_file WHERE sha256 IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        known.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        }
        return known;
    }

    private static <T, R> List<R> parallel(ExecutorService pool, List<T> items, Function<T, R> work)
    {
        List<Future<R>> futures = items.stream().map(item -> pool.submit(() -> work.apply(item))).toList();
        List<R> results = new ArrayList<>(items.size());
        for (Future<R> future : futures) {
            try {
                results.add(future.get());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return results;
    }

    private static String summary(List<FileOutcome> outcomes)
    {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        outcomes.forEach(o -> counts.merge(o.outcome(), 1L, Long::sum));
        StringBuilder text = new StringBuilder();
        counts.forEach((outcome, count) -> text.append(outcome.name()).append('=').append(count).append(' '));
        // Refusals first, then the files loaded with a warning (a roster of nobody), within the first 20.
        Stream.concat(
                        outcomes.stream().filter(o -> o.outcome() == Outcome.REJECTED || o.outcome() == Outcome.SKIPPED || o.outcome() == Outcome.WAITING),
                        outcomes.stream().filter(FileOutcome::warning))
                .limit(20)
                .forEach(o -> text.append("\n").append(o.fileName()).append(": ").append(o.chinese()).append(" / ").append(o.english()));
        return text.toString().strip();
    }

}
