package io.bastion.analytics.lake;

import java.util.OptionalInt;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;

/** The runner's own bookkeeping, for tests that have a job's output in hand and load it as a done run, or set the park's rules. */
public final class TestRuns
{
    private TestRuns() {}

    /**
     * Records a running analysis run, as the runner does before it starts the job, and loads the mart folders under
     * {@code marts} as its output, which makes it done; returns its id.
     */
    public static long load(Connection connection, Path marts, String fingerprint, LocalDateTime computedAt)
    {
        long analysisId = AnalysisRuns.start(connection, RunStatus.RUNNING, Trigger.CLI, "local[*]", fingerprint);
        MartLoad.load(connection, marts, analysisId, computedAt, OptionalInt.empty());
        return analysisId;
    }

    /** Records the park's 党课 rule as the runner does before a run, for the SQL oracle's views to read. */
    public static void recordRules(Connection connection, int partyLecturesPerQuarter)
    {
        ParkRules.record(connection, partyLecturesPerQuarter);
    }
}
