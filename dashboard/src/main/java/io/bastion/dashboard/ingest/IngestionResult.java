package io.bastion.dashboard.ingest;

import io.bastion.ingest.load.FileOutcome;
import io.bastion.ingest.load.RunSummary;

import java.util.List;

/** What an upload's ingestion run did, file by file: the upload endpoint's answer. */
public record IngestionResult(long runId, String status, List<File> files)
{
    public IngestionResult
    {
        files = List.copyOf(files);
    }

    static IngestionResult of(RunSummary summary)
    {
        return new IngestionResult(summary.runId(), summary.status(), summary.files().stream().map(File::of).toList());
    }

    /** One received file's outcome, with why in Chinese and English when it was not loaded. */
    public record File(String fileName, FileOutcome.Outcome outcome, int rowsRead, int rowsLoaded, int rowsRejected, String chinese, String english)
    {
        static File of(FileOutcome outcome)
        {
            return new File(outcome.fileName(), outcome.outcome(), outcome.rowsRead(), outcome.rowsLoaded(), outcome.rowsRejected(),
                    outcome.chinese(), outcome.english());
        }
    }
}
