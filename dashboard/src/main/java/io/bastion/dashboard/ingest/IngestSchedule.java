package io.bastion.dashboard.ingest;

import io.bastion.dashboard.BastionSettings;
import io.bastion.dashboard.BastionSettings.HttpSource;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;

/** Schedules the drop-folder scan and one pull per configured HTTP source, each on its own cron. */
@Configuration(proxyBeanMethods = false)
class IngestSchedule
{
    private static final String GROUP = "ingest";

    @Bean
    SchedulerFactoryBeanCustomizer ingestJobs(BastionSettings settings)
    {
        List<JobDetail> jobs = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        JobDetail dropFolder = JobBuilder.newJob(DropFolderJob.class)
                .withIdentity("drop-folder", GROUP)
                .withDescription("投递目录扫描 / drop-folder scan of " + settings.inbox())
                .storeDurably()
                .build();
        jobs.add(dropFolder);
        triggers.add(cron(dropFolder, settings.ingest().dropFolderCron()));
        for (HttpSource source : settings.ingest().httpSources()) {
            JobDetail pull = JobBuilder.newJob(HttpPullJob.class)
                    .withIdentity("http-pull-" + source.name(), GROUP)
                    .withDescription("HTTP 拉取 / HTTP pull from " + source.url())
                    .usingJobData(HttpPullJob.SOURCE_NAME, source.name())
                    .storeDurably()
                    .build();
            jobs.add(pull);
            triggers.add(cron(pull, source.cron()));
        }
        return factory -> {
            factory.setJobDetails(jobs.toArray(JobDetail[]::new));
            factory.setTriggers(triggers.toArray(Trigger[]::new));
        };
    }

    private static Trigger cron(JobDetail job, String cron)
    {
        return TriggerBuilder.newTrigger()
                .forJob(job)
                .withIdentity(job.getKey().getName(), GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
