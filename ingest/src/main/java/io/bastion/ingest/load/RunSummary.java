package io.bastion.ingest.load;

import io.bastion.ingest.load.FileOutcome.Outcome;

import java.time.Duration;
import java.util.List;

/** What a run did, file by file. */
public record RunSummary(long runId, String status, List<FileOutcome> files, long rowsRead, long rowsLoaded, long rowsRejected, Duration duration)
{
    public RunSummary
    {
        files = List.copyOf(files);
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
