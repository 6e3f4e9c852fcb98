package io.bastion.analytics.lake;

import java.sql.Connection;

/** The runner's own bookkeeping for tests that run the job in their own Spark session and then the mart load. */
public final class TestRuns
{
    private TestRuns() {}

    /** Records a running analysis run, as the runner does before it starts the job; returns its id. */
    public static long start(Connection connection, String fingerprint)
    {
        return AnalysisRuns.start(connection, RunStatus.RUNNING, Trigger.CLI, "local[2]", fingerprint);
    }
}
