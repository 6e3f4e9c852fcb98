package io.bastion.dashboard.ingest;

import java.time.LocalDateTime;
import java.util.Optional;

/** One ingestion run as the API and the home page show it. */
public record IngestRun(
        long runId,
        String source,
        LocalDateTime startedAt,
        Optional<LocalDateTime> finishedAt,
        String status,
        int filesTotal,
        int filesDone,
        int filesLoaded,
        int filesDuplicate,
        int filesRejected,
        long rowsRead,
        long rowsLoaded,
        long rowsRejected,
        double rowsPerSecond,
        long durationMs,
        Optional<String> message)
{
    public IngestRun(long runId, String source, LocalDateTime startedAt, LocalDateTime finishedAt, String status, int filesTotal, int filesDone,
            int filesLoaded, int filesDuplicate, int filesRejected, long rowsRead, long rowsLoaded, long rowsRejected, double rowsPerSecond,
            long durationMs, String message)
    {
        this(runId, source, startedAt, Optional.ofNullable(finishedAt), status, filesTotal, filesDone, filesLoaded, filesDuplicate, filesRejected,
                rowsRead, rowsLoaded, rowsRejected, rowsPerSecond, durationMs, Optional.ofNullable(message));
    }
}
