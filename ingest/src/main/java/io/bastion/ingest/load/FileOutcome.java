package io.bastion.ingest.load;

import static java.util.Objects.requireNonNull;

/**
 * What became of one received file, and what its sender should read about it.
 *
 * @param warning whether a file that was loaded deserves its sender's attention all the same (a roster of nobody)
 */
public record FileOutcome(String fileName, String path, Outcome outcome, int rowsRead, int rowsLoaded, int rowsRejected, String chinese, String english,
                          boolean warning)
{
    public FileOutcome
    {
        requireNonNull(fileName, "fileName is null");
        requireNonNull(path, "path is null");
        requireNonNull(outcome, "outcome is null");
        requireNonNull(chinese, "chinese is null");
        requireNonNull(english, "english is null");
    }

    public FileOutcome(String fileName, String path, Outcome outcome, int rowsRead, int rowsLoaded, int rowsRejected, String chinese, String english)
    {
        this(fileName, path, outcome, rowsRead, rowsLoaded, rowsRejected, chinese, english, false);
    }

    /** The outcomes a file can have. */
    public enum Outcome
    {
        /** Its rows are in the warehouse (the valid ones; the rest are in quarantine). */
        LOADED,
        /** Archived and validated, but a later submission or file with the same key is in force. */
        SUPERSEDED,
        /** Refused as a whole; nothing of it is in the facts. */
        REJECTED,
        /** Its exact bytes were received before; nothing changed. */
        DUPLICATE,
        /** Its name follows none of the naming rules, so it was not read. */
        SKIPPED,
        /** A CSV part whose siblings have not arrived; left in place for a later run. */
        WAITING
    }
}
