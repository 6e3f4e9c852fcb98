package io.bastion.dashboard.reports;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;

/**
 * The monthly report's Quartz job: the cron trigger, the start-up catch-up and each retry run it. One at a time
 * (in a cluster too, with the JDBC job store); after each run the retry trigger is set to the next due attempt.
 */
@DisallowConcurrentExecution
public final class ReportJob
        implements Job
{
    static final TriggerKey RETRY = TriggerKey.triggerKey("monthly-report-retry", ReportConfiguration.GROUP);
    private static final Logger log = LoggerFactory.getLogger(ReportJob.class);

    private final Reports reports;

    public ReportJob(Reports reports)
    {
        this.reports = reports;
    }

    @Override
    public void execute(JobExecutionContext context)
            throws JobExecutionException
    {
        Optional<LocalDateTime> next;
        try {
            next = reports.runDue();
        }
        catch (RuntimeException e) {
            // The archive itself could not be read or written: say so (log and the reports page), and try again with the first back-off.
            log.error("月报任务失败 / the monthly report job failed", e);
            reports.runFailed(e);
            next = Optional.of(reports.now().plus(reports.settings().retryInitial()));
        }
        try {
            retryAt(context, next);
        }
        catch (SchedulerException e) {
            log.error("无法安排月报重试 / could not schedule the monthly report's retry", e);
            reports.runFailed(e);
            throw new JobExecutionException(e);
        }
    }

    private void retryAt(JobExecutionContext context, Optional<LocalDateTime> next)
            throws SchedulerException
    {
        var scheduler = context.getScheduler();
        if (next.isEmpty()) {
            scheduler.unscheduleJob(RETRY);
            return;
        }
        // The wait as the report clock sees it, from the scheduler's now.
        long wait = Math.max(1000, java.time.Duration.between(reports.now(), next.get()).toMillis());
        Date at = new Date(System.currentTimeMillis() + wait);
        Trigger retry = TriggerBuilder.newTrigger()
                .withIdentity(RETRY)
                .forJob(context.getJobDetail().getKey())
                .startAt(at)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        if (scheduler.checkExists(RETRY)) {
            scheduler.rescheduleJob(RETRY, retry);
        }
        else {
            scheduler.scheduleJob(retry);
        }
    }
}
