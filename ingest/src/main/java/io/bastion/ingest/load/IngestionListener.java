package io.bastion.ingest.load;

/** Hears how a run advances: for the console's progress line, and for tests that stop a run at a given point. */
public interface IngestionListener
{
    IngestionListener SILENT = new IngestionListener() {};

    /** Points in a run a listener may act at. */
    enum Stage
    {
        /** A period's files are archived and validated; nothing of them is in the warehouse yet. */
        PERIOD_ARCHIVED,
        /** A batch's rows are written inside its transaction, which is about to commit. */
        BEFORE_COMMIT,
        /** A batch's transaction committed. */
        AFTER_COMMIT
    }

    default void reached(Stage stage) {}

    default void progress(RunProgress progress) {}

    /** Files done of total, and the read rate so far. */
    record RunProgress(long runId, int filesDone, int filesTotal, long rowsRead, long rowsLoaded, long rowsRejected, double rowsPerSecond) {}
}
