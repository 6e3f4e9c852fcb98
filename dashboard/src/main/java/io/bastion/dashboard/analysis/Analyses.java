package io.bastion.dashboard.analysis;

import io.bastion.analytics.lake.AnalysisOutcome;
import io.bastion.analytics.lake.AnalysisRunner;
import io.bastion.analytics.lake.Trigger;
import io.bastion.sql.Warehouse;

import static java.util.Objects.requireNonNull;

/** Runs an analysis of the process's warehouse: the one call the commands, the schedule and the pages make. */
public final class Analyses
{
    private final Warehouse warehouse;
    private final AnalysisRunner runner;
    private final Runnable afterRun;

    public Analyses(Warehouse warehouse, AnalysisRunner runner)
    {
        this(warehouse, runner, () -> {});
    }

    /** {@code afterRun} runs after every analysis, whatever its outcome: the workbench publishes its snapshots there. */
    public Analyses(Warehouse warehouse, AnalysisRunner runner, Runnable afterRun)
    {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
        this.runner = requireNonNull(runner, "runner is null");
        this.afterRun = requireNonNull(afterRun, "afterRun is null");
    }

    /** Runs now, in the caller's thread; another analysis of the same warehouse is waited for. */
    public AnalysisOutcome analyze(Trigger trigger)
    {
        try {
            return runner.run(warehouse, trigger);
        }
        finally {
            afterRun.run();
        }
    }
}
