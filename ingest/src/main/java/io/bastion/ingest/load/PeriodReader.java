package io.bastion.ingest.load;

import io.bastion.ingest.load.FileOutcome.Outcome;
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
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Makes a run's periods ready to load, in order, one period ahead of the loader: it archives the files
 * of the next period, sets aside those received before, reads and validates the others and checks their
 * references while the loader writes the period before. The files of one period cannot be those of
 * another (the name says the period), so what was received before is read from the warehouse as
 * committed, on a connection of its own, without waiting for the period being loaded.
 */
final class PeriodReader
        implements AutoCloseable
{
    private static final String SAME_FILES = "SELECT original_name || '|' || sha256, file_id FROM archived_file WHERE sha256 IN (%s)";
    private static final int HASHES_PER_LOOKUP = 500;

    private final DeliveryReader reader;
    private final DuckDBConnection lookups;
    private final References references;
    private final ExecutorService pool;
    private final ExecutorService ahead = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "period-reader"));
    /** Files of this run so far (name and hash): only the read-ahead thread touches it, one period after the other. */
    private final Set<String> seenThisRun = new HashSet<>();

    /**
     * @param lookups a connection of its own, used by the read-ahead thread only; closed by the caller after this reader
     * @param pool the threads that archive, read and validate files
     */
    PeriodReader(DeliveryReader reader, DuckDBConnection lookups, References references, ExecutorService pool)
    {
        this.reader = reader;
        this.lookups = lookups;
        this.references = references;
        this.pool = pool;
    }

    /** A period made ready: its deliveries to load, the files among them archived before, and its duplicates. */
    record ReadPeriod(List<Delivery> deliveries, Map<String, Long> archivedBefore, List<FileOutcome> duplicates) {}

    /** Starts making the period ready; periods must be asked for in load order, each after the one before is ready. */
    Future<ReadPeriod> read(List<Delivery> period)
    {
        return ahead.submit(() -> ready(period));
    }

    private ReadPeriod ready(List<Delivery> period)
            throws SQLException
    {
        List<Delivery> archived = parallel(pool, period, reader::archive);
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
        return new ReadPeriod(validated, known, duplicates);
    }

    /** The period, once ready; a failure to make it ready is thrown as it was. */
    static ReadPeriod get(Future<ReadPeriod> period)
            throws SQLException
    {
        try {
            return period.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
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

    /** Stops reading ahead and waits for the thread to stop, so that its connection may be closed. */
    @Override
    public void close()
    {
        ahead.shutdownNow();
        try {
            if (!ahead.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the period reader did not stop");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
