package io.bastion.dashboard.reports;

import io.bastion.dashboard.QuartzStoreConfiguration;
import io.bastion.sql.Warehouse;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.quartz.QuartzAutoConfiguration;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One running instance of the application's scheduling half: a Spring Boot application with the production
 * application.yml, Spring Boot's Quartz auto-configuration, {@link QuartzStoreConfiguration} and
 * {@link ReportConfiguration} (so its Reports, job, trigger and start-up catch-up are the server's own), over a warehouse
 * the test opens and closes. The pages, ingestion and analysis are left out. Settings are passed as command-line
 * arguments, which win over application.yml.
 */
final class ReportNode
        implements AutoCloseable
{
    private final ConfigurableApplicationContext context;

    private ReportNode(ConfigurableApplicationContext context)
    {
        this.context = context;
    }

    /** Starts an instance; it is ready (its schedule registered and the catch-up triggered) when this returns. */
    static ReportNode start(Warehouse warehouse, QuartzEvents events, Map<String, String> settings)
    {
        List<String> arguments = new ArrayList<>();
        settings.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Node.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(application -> {
                    application.getBeanFactory().registerSingleton("warehouse", warehouse);
                    application.getBeanFactory().registerSingleton("quartzEvents", events);
                })
                .run(arguments.toArray(String[]::new));
        return new ReportNode(context);
    }

    /** The settings of an instance on the PostgreSQL job store. */
    static Map<String, String> onJobStore(String url, String cron)
    {
        return Map.of(
                "spring.quartz.job-store-type", "jdbc",
                "bastion.quartz.url", url,
                "bastion.quartz.username", QuartzDatabase.USER,
                "bastion.reports.cron", cron);
    }

    Scheduler scheduler()
    {
        return context.getBean(Scheduler.class);
    }

    ConfigurableApplicationContext context()
    {
        return context;
    }

    Reports reports()
    {
        return context.getBean(Reports.class);
    }

    /** Stops the scheduler, waiting for a running job to finish, as the server's shutdown does. */
    void stopScheduler()
    {
        try {
            scheduler().shutdown(true);
        }
        catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the instance: the scheduler (waiting for running jobs) and its connection pool. */
    @Override
    public void close()
    {
        context.close();
    }

    /**
     * The instance's sources. Deliberately not a {@code @Configuration}: the whole application's tests scan this
     * package for components and search it for a {@code @SpringBootConfiguration}, and must find neither here.
     */
    @ImportAutoConfiguration(QuartzAutoConfiguration.class)
    @Import({QuartzStoreConfiguration.class, ReportConfiguration.class})
    static class Node
    {
        @Bean
        SchedulerFactoryBeanCustomizer quartzEventsListener(QuartzEvents events)
        {
            return factory -> {
                factory.setGlobalTriggerListeners(events);
                factory.setGlobalJobListeners(events);
            };
        }
    }
}
