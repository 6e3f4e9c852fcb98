package io.bastion.dashboard.reports;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * Run after every analysis: the report versions waiting for one are made due, and the report job is fired at once
 * (through Quartz, so it stays one run at a time, also in a cluster) instead of at its next poll. Without a running
 * scheduler (a command-line analysis) they are due at the next start. With the schedule turned off, they are built here.
 */
public final class ReportWakeUp
        implements Runnable
{
    private static final Logger log = LoggerFactory.getLogger(ReportWakeUp.class);

    private final Reports reports;
    private final Supplier<Optional<Scheduler>> scheduler;

    public ReportWakeUp(Reports reports, Supplier<Optional<Scheduler>> scheduler)
    {
        this.reports = requireNonNull(reports, "reports is null");
        this.scheduler = requireNonNull(scheduler, "scheduler is null");
    }

    @Override
    public void run()
    {
        try {
            if (!reports.analysisFinished()) {
                return;
            }
            if (!reports.settings().enabled()) {
                // Without the schedule (bastion.reports.enabled=false) there is no job to fire and no poll: the versions an
                // admin asked for, which waited for this analysis, are built here. (runDue claims no month when disabled.)
                reports.runDue();
                return;
            }
            Optional<Scheduler> running = scheduler.get();
            if (running.isPresent() && running.get().isStarted() && !running.get().isInStandbyMode()) {
                running.get().triggerJob(ReportConfiguration.JOB);
            }
        }
        catch (SchedulerException | RuntimeException e) {
            // Shown on the reports page; the waiting versions are still polled.
            log.error("分析完成后无法启动月报任务 / could not start the monthly report after the analysis", e);
            reports.runFailed(e);
        }
    }
}
