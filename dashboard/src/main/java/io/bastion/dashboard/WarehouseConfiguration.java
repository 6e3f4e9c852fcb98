package io.bastion.dashboard;

import io.bastion.ingest.load.IngestSettings;
import io.bastion.ingest.load.Ingestion;
import io.bastion.sql.Warehouse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one warehouse of the process (DuckDB allows one writing process) and the one ingestion over it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BastionSettings.class)
public class WarehouseConfiguration
{
    @Bean(destroyMethod = "close")
    Warehouse warehouse(BastionSettings settings)
    {
        return Warehouse.open(settings.warehouse());
    }

    @Bean
    Ingestion ingestion(Warehouse warehouse, BastionSettings settings)
    {
        IngestSettings defaults = IngestSettings.defaults(settings.archive());
        return new Ingestion(warehouse, new IngestSettings(
                settings.archive(),
                settings.ingest().maxFileBytes(),
                defaults.maxUncompressedBytes(),
                defaults.maxRowsPerTransaction(),
                defaults.parallelism()));
    }
}
