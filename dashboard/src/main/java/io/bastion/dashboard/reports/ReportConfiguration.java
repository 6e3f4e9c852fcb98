package io.bastion.dashboard.reports;

import io.bastion.sql.Warehouse;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.JobPersistenceException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Clock;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The monthly report in the server: the archive, the builder, the mailer when Spring Mail is configured, and the Quartz
 * job on {@code bastion.reports.cron} with misfire catch-up (fire once now; with the JDBC job store, whose trigger
 * outlives a restart). On start the job runs once too, so a month whose scheduled time passed while the application was
 * down gets its report with the in-memory store as well.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportSettings.class)
public class ReportConfiguration
{
    static final String GROUP = "reports";
    static final JobKey JOB = JobKey.jobKey("monthly-report", GROUP);
    static final TriggerKey CRON = TriggerKey.triggerKey("monthly-report", GROUP);
    private static final Logger log = LoggerFactory.getLogger(ReportConfiguration.class);
    private static final int REGISTRATION_ATTEMPTS = 3;


    @Bean
    Reports reports(Warehouse warehouse, ReportSettings settings, ObjectProvider<JavaMailSender> mail, ObjectProvider<Clock> clock)
    {
        Optional<ReportMailer> mailer = Optional.ofNullable(mail.getIfAvailable()).map(sender -> new ReportMailer(sender, settings));
        return new Reports(new ReportArchive(warehouse), new ReportQueries(warehouse), new ReportRenderer(), settings, mailer,
                clock.getIfAvailable(Clock::systemUTC));
    }

    /** Run by the analyses after each run (AnalysisConfiguration). */
    @Bean
    ReportWakeUp reportWakeUp(Reports reports, ObjectProvider<Scheduler> scheduler)
    {
        return new ReportWakeUp(reports, () -> Optional.ofNullable(scheduler.getIfAvailable()));
    }

    static JobDetail job()
    {
        return JobBuilder.newJob(ReportJob.class)
                .withIdentity(JOB)
                .withDescription("联系点工作进展月报 / the monthly liaison-progress report")
                .storeDurably()
                .build();
    }

    static Trigger trigger(ReportSettings settings)
    {
        return TriggerBuilder.newTrigger()
                .forJob(JOB)
                .withIdentity(CRON)
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.cron())
                        .inTimeZone(TimeZone.getTimeZone(settings.zone()))
                        // MISFIRE_INSTRUCTION_FIRE_ONCE_NOW: a schedule missed while down fires once when back (JDBC job store).
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /**
     * Registers the job and its cron trigger (kept as it is when a persistent job store already has it with the same
     * cron, so its misfire is handled), then runs the job once now: the catch-up for a schedule missed while down. The
     * claim makes it a no-op when the month already has its report. Two instances starting together on the JDBC job
     * store may both find nothing stored and both insert: the loser's insert fails, and its second attempt finds what the
     * winner stored.
     */
    @EventListener(ApplicationReadyEvent.class)
    void schedule(ApplicationReadyEvent event)
    {
        ApplicationContext context = event.getApplicationContext();
        ReportSettings settings = context.getBean(ReportSettings.class);
        Scheduler scheduler = context.getBeanProvider(Scheduler.class).getIfAvailable();
        if (!settings.enabled() || scheduler == null) {
            return;
        }
        Reports reports = context.getBean(Reports.class);
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    register(scheduler, settings);
                    break;
                }
                catch (JobPersistenceException e) {
                    if (attempt == REGISTRATION_ATTEMPTS) {
                        throw e;
                    }
                    log.info("月报任务正由另一实例同时登记，重试 / another instance is registering the monthly report too, trying again: {}", e.getMessage());
                }
            }
            if (scheduler.isStarted() && !scheduler.isInStandbyMode()) {
                scheduler.triggerJob(JOB);
            }
            reports.scheduled();
        }
        catch (SchedulerException | RuntimeException e) {
            log.error("无法安排月报任务 / could not schedule the monthly report", e);
            reports.schedulingFailed(e);
        }
    }

    private static void register(Scheduler scheduler, ReportSettings settings)
            throws SchedulerException
    {
        scheduler.addJob(job(), true);
        Trigger existing = scheduler.getTrigger(CRON);
        if (existing instanceof CronTrigger cron && cron.getCronExpression().equals(settings.cron())
                && cron.getTimeZone().getID().equals(settings.zone().getId())) {
            log.debug("monthly report trigger kept");
        }
        else if (existing != null) {
            scheduler.rescheduleJob(CRON, trigger(settings));
        }
        else {
            scheduler.scheduleJob(trigger(settings));
        }
    }
}
