package io.bastion.dashboard.workbench;

import io.bastion.dashboard.BastionSettings;
import io.bastion.sql.Warehouse;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workbench's snapshots and query engine; the snapshots are published once at start-up, in the background. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkbenchSettings.class)
public class WorkbenchConfiguration
{
    @Bean
    SnapshotFiles snapshotFiles(BastionSettings bastion, WorkbenchSettings settings)
    {
        return settings.snapshotsFolder().map(SnapshotFiles::new).orElseGet(() -> SnapshotFiles.besides(bastion.warehouse()));
    }

    @Bean
    Snapshots snapshots(Warehouse warehouse, SnapshotFiles files)
    {
        return new Snapshots(warehouse, files);
    }

    @Bean
    QueryEngine queryEngine(SnapshotFiles files, WorkbenchSettings settings)
    {
        return new QueryEngine(files, settings.limits(), settings.concurrentQueries());
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> publishSnapshotsAtStartUp(Snapshots snapshots)
    {
        return event -> snapshots.publishInBackground();
    }
}
