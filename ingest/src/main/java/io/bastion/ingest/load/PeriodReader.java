package io.bastion.ingest.load;

import io.bastion.ingest.load.FileOutcome.Outcome;
import io.bastion.ingest.validation.ValidatedTables;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Makes a run's periods ready to load, in order, on a thread of its own that runs ahead of the loader:
 * it archives a period's files, sets aside those received before, reads and validates the others and
 * checks their references while the loader writes the periods before; the next period's files are
 * archived, which mostly waits for the disk, while those of one are read. It runs ahead by at most
 * {@code rowsAhead} rows (and one period), which the loader gives back as it loads them. The files of
 * one period cannot be those of another (the name says the period), so what was received before is read
 * from the warehouse as committed, on a connection of its own, without waiting for the periods being loaded.
 */
final class PeriodReader
        implements AutoCloseable
{
    private static final String SAME_FILES = "SELECT original_name || '|' || sha256, file_id FROM archived_file WHERE sha256 IN (%s)";
    private static final int HASHES_PER_LOOKUP = 500;
    private static final int ARCHIVING_THREADS = 8;

    private final DeliveryReader reader;
    private final DuckDBConnection lookups;
    private final References references;
    private final ExecutorService pool;
    private final int periods;
    private final int rowsAhead;
    private final Semaphore ahead;
    private final BlockingQueue<Ready> ready = new LinkedBlockingQueue<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "period-reader"));
    /** Archiving waits for the disk (each copy is forced to it before it counts as archived): more threads than cores. */
    private final ExecutorService archiving;
    /** Files of this run so far (name and hash): only the reader's thread touches it, one period after the other. */
    private final Set<String> seenThisRun = new HashSet<>();
    private int taken;

    /**
     * Starts reading the periods, in the order given.
     *
     * @param lookups a connection of its own, used by the reader's thread only; closed by the caller after this reader
     * @param pool the threads that archive, read and validate files
     */
    PeriodReader(DeliveryReader reader, DuckDBConnection lookups, References references, ExecutorService pool, List<List<Delivery>> periods, int rowsAhead)
    {
        this.reader = reader;
        this.lookups = lookups;
        this.references = references;
        this.pool = pool;
        this.archiving = Executors.newFixedThreadPool(ARCHIVING_THREADS);
        this.periods = periods.size();
        this.rowsAhead = rowsAhead;
        // Twice the rows of a transaction: the loader may hold up to a transaction's rows while it waits for the next period.
        this.ahead = new Semaphore((int) Math.min(Integer.MAX_VALUE, 2L * rowsAhead));
        List<List<Delivery>> all = List.copyOf(periods);
        thread.submit(() -> readAll(all));
    }

    /** A period made ready: its deliveries to load, the files among them archived before, and its duplicates. */
    record ReadPeriod(List<Delivery> deliveries, Map<String, Long> archivedBefore, List<FileOutcome> duplicates, int rows) {}

    /** A period ready, or why it could not be made ready. */
    private record Ready(Optional<ReadPeriod> period, Optional<Exception> failure) {}

    /** Reads the periods in order; the files of the next are archived (waiting for the disk) while those of one are read. */
    private void readAll(List<List<Delivery>> all)
    {
        try {
            List<Future<Delivery>> archived = all.isEmpty() ? List.of() : archive(all.get(0));
            for (int i = 0; i < all.size(); i++) {
                List<Delivery> period = done(archived);
                archived = i + 1 < all.size() ? archive(all.get(i + 1)) : List.of();
                ReadPeriod read = ready(period);
                ahead.acquire(held(read));
                ready.put(new Ready(Optional.of(read), Optional.empty()));
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (SQLException | RuntimeException e) {
            ready.add(new Ready(Optional.empty(), Optional.of(e)));
        }
    }

    /** The next period in load order, once it is ready; empty when all have been taken. A failure to read it is thrown as it was. */
    Optional<ReadPeriod> next()
            throws SQLException
    {
        if (taken == periods) {
            return Optional.empty();
        }
        Ready next;
        try {
            next = ready.take();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (next.failure().isPresent()) {
            if (next.failure().get() instanceof SQLException sql) {
                throw sql;
            }
            throw (RuntimeException) next.failure().get();
        }
        taken++;
        return next.period();
    }

    /** The period is loaded: the reader may read that many rows further. */
    void loaded(ReadPeriod period)
    {
        ahead.release(held(period));
    }

    private int held(ReadPeriod period)
    {
        return Math.min(Math.max(period.rows(), 1), rowsAhead);
    }

    private List<Future<Delivery>> archive(List<Delivery> period)
    {
        return period.stream().map(delivery -> archiving.submit(() -> reader.archive(delivery))).toList();
    }

    private ReadPeriod ready(List<Delivery> archived)
            throws SQLException
    {
        Map<String, Long> known = archivedFileIds(lookups, archived);
        List<Delivery> fresh = new ArrayList<>();
        List<FileOutcome> duplicates = new ArrayList<>();
        for (Delivery delivery : archived) {
            boolean duplicate = delivery.parts().stream().allMatch(part -> known.containsKey(Ingestion.identity(part)) || seenThisRun.contains(Ingestion.identity(part)));
            delivery.parts().forEach(part -> seenThisRun.add(Ingestion.identity(part)));
            if (duplicate) {
                delivery.parts().stream()
                        .map(part -> new FileOutcome(part.name().original(), part.source().toString(), Outcome.DUPLICATE, 0, 0, 0,
                                "与已接收的文件完全相同，未作任何改动", "identical to a file received before; nothing changed"))
                        .forEach(duplicates::add);
                continue;
            }
            fresh.add(delivery);
        }
        List<Delivery> validated = references.check(parallel(pool, fresh, reader::validate)).stream().map(Refusals::settle).toList();
        int rows = validated.stream().mapToInt(delivery -> delivery.tables().map(ValidatedTables::rowsRead).orElse(0)).sum();
        return new ReadPeriod(validated, known, duplicates, rows);
    }

    /** Files (name and hash) already in the archive table, with their file ids. */
    static Map<String, Long> archivedFileIds(DuckDBConnection connection, List<Delivery> deliveries)
            throws SQLException
    {
        List<String> hashes = deliveries.stream().flatMap(d -> d.parts().stream()).map(part -> part.copy().sha256()).distinct().toList();
        Map<String, Long> known = new HashMap<>();
        for (int from = 0; from < hashes.size(); from += HASHES_PER_LOOKUP) {
            List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + HASHES_PER_LOOKUP));
            try (PreparedStatement statement = connection.prepareStatement(SAME_FILES.formatted(String.join(",", Collections.nCopies(chunk.size(), "?"))))) {
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

    /** The work applied to every item on the pool, the results in the items' order; the first failure is thrown as it was. */
    static <T, R> List<R> parallel(ExecutorService pool, List<T> items, Function<T, R> work)
    {
        return done(items.stream().map(item -> pool.submit(() -> work.apply(item))).toList());
    }

    /** The results of the tasks in their order, once all are done; the first failure is thrown as it was. */
    private static <R> List<R> done(List<Future<R>> futures)
    {
        List<R> results = new ArrayList<>(futures.size());
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

    /** Stops reading ahead and waits for the thread to stop, so that its connection may be closed. */
    @Override
    public void close()
    {
        thread.shutdownNow();
        archiving.shutdownNow();
        try {
            if (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the period reader did not stop");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
