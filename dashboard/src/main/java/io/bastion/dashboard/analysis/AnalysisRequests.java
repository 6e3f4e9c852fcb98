package io.bastion.dashboard.analysis;

import io.bastion.analytics.lake.AnalysisRunner;
import io.bastion.dashboard.BastionSettings;
import io.bastion.dashboard.scope.DataVersion;
import io.bastion.dashboard.workbench.Snapshots;
import io.bastion.ingest.load.RunSummary;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Starts an analysis in the background after an ingestion that loaded something (drop folder, HTTP pull, upload), unless
 * {@code bastion.analysis.after-ingest} is false — then the workbench snapshots are published from the new data instead
 * (an analysis publishes them when it ends). Requests made while one runs wait for it (the job is not concurrent); one
 * that finds the input unchanged ends at once.
 */
@Component
public final class AnalysisRequests
{
    static final JobKey ANALYZE = JobKey.jobKey("analyze", "analysis");
    private static final Logger log = LoggerFactory.getLogger(AnalysisRequests.class);

    private final Optional<Scheduler> scheduler;
    private final Runnable starting;
    private final Runnable notNeeded;
    private final Runnable withoutAnalysis;
    private final Runnable ended;

    @Autowired
    public AnalysisRequests(Scheduler scheduler, BastionSettings settings, ObjectProvider<Snapshots> snapshots, ObjectProvider<DataVersion> version,
            ObjectProvider<AnalysisRunner> runner)
            throws SchedulerException
    {
        this(settings.analysis().afterIngest() ? Optional.of(scheduler) : Optional.empty(),
                settings.analysis().afterIngest() ? () -> runner.ifAvailable(AnalysisRunner::prepareDriver) : () -> {},
                () -> runner.ifAvailable(AnalysisRunner::releasePreparedDriver), () -> version.ifAvailable(DataVersion::changed),
                () -> snapshots.ifAvailable(Snapshots::publishInBackground));
        if (settings.analysis().afterIngest()) {
            JobDetail job = JobBuilder.newJob(AnalyzeJob.class)
                    .withIdentity(ANALYZE)
                    .withDescription("入库后计算指标 / compute the KPIs after an ingestion")
                    .storeDurably()
                    .build();
            scheduler.addJob(job, true);
        }
    }

    /**
     * Requests that run the given steps: with a scheduler, one triggers the analysis; {@code starting} as an ingestion of received
     * files starts, {@code notNeeded} when it fails or loads nothing, {@code ended} after every ingestion, {@code withoutAnalysis}
     * after one that loaded rows when there is no scheduler.
     */
    public AnalysisRequests(Optional<Scheduler> scheduler, Runnable starting, Runnable notNeeded, Runnable ended, Runnable withoutAnalysis)
    {
        this.scheduler = scheduler;
        this.starting = starting;
        this.notNeeded = notNeeded;
        this.ended = ended;
        this.withoutAnalysis = withoutAnalysis;
    }

    /** Requests that never start anything: for code run without a scheduler. */
    public static AnalysisRequests none()
    {
        return new AnalysisRequests(Optional.empty(), () -> {}, () -> {}, () -> {}, () -> {});
    }

    /**
     * Runs an ingestion of received files, then {@link #afterIngest}. With after-ingest on, the kept Spark driver (local
     * mode) starts in the background as the ingestion starts, so that the analysis after it does not wait for a JVM and a
     * session; it is stopped again when the ingestion fails or loads nothing.
     */
    public RunSummary ingest(Supplier<RunSummary> ingestion)
    {
        starting.run();
        RunSummary summary;
        try {
            summary = ingestion.get();
        }
        catch (RuntimeException | Error e) {
            notNeeded.run();
            throw e;
        }
        afterIngest(summary);
        return summary;
    }

    /** Asks for an analysis if the run loaded rows (or, with after-ingest off, publishes the workbench snapshots). */
    public void afterIngest(RunSummary summary)
    {
        // Every ingestion path of the application ends here: the pages see the new names and tree at once.
        ended.run();
        if (summary.rowsLoaded() == 0) {
            notNeeded.run();
            return;
        }
        if (scheduler.isEmpty()) {
            withoutAnalysis.run();
            return;
        }
        try {
            scheduler.get().triggerJob(ANALYZE);
        }
        catch (SchedulerException e) {
            // The data is in; the marts catch up with the next ingestion or `./bastion analyze`.
            log.error("无法启动入库后分析 / could not start the analysis after ingestion run {}", summary.runId(), e);
        }
    }
}
