package io.bastion.ingest.load;

import io.bastion.ingest.load.FileOutcome.Outcome;

import java.time.Duration;
import java.util.List;

/**
 * What a run did, file by file: the files it received ({@code files}, each with the path it was read
 * from) and the archived files of earlier runs it processed again because a code they waited for
 * became known, or an admin asked ({@code reprocessed}, each with its path in the archive).
 */
public record RunSummary(long runId, String status, List<FileOutcome> files, List<FileOutcome> reprocessed, long rowsRead, long rowsLoaded,
                         long rowsRejected, Duration duration)
{
    public RunSummary
    {
        files = List.copyOf(files);
        reprocessed = List.copyOf(reprocessed);
    }

    public long count(Outcome outcome)
    {
        return files.stream().filter(file -> file.outcome() == outcome).count();
    }

    public double rowsPerSecond()
    {
        double seconds = duration.toNanos() / 1e9;
        return seconds <= 0 ? 0 : rowsRead / seconds;
    }
}
