package io.bastion.dashboard;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.autoconfigure.quartz.JobStoreType;
import org.springframework.boot.autoconfigure.quartz.QuartzDataSource;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.boot.autoconfigure.quartz.QuartzTransactionManager;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import java.util.Properties;

/**
 * Quartz's job store. Without {@code bastion.quartz.url} nothing is added: Quartz keeps its schedules in memory and no
 * DataSource exists (the DuckDB warehouse is opened by {@link io.bastion.sql.Warehouse}, never as a DataSource). With
 * it, a Hikari pool to that PostgreSQL database is the {@link QuartzDataSource} (and the only DataSource bean, which
 * Spring Boot's {@code spring.quartz.job-store-type=jdbc} needs), with a transaction manager of its own, and the
 * scheduler is clustered: every instance on the same database shares the triggers, and each fire runs on one of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuartzStoreSettings.class)
public class QuartzStoreConfiguration
{
    /** The Quartz properties of the clustered store; anything set under spring.quartz.properties wins. */
    static Properties clusterProperties()
    {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        return properties;
    }

    @Bean(destroyMethod = "close")
    @QuartzDataSource
    @Conditional(JdbcStoreConfigured.class)
    HikariDataSource quartzDataSource(QuartzStoreSettings settings)
    {
        // Configured, not started: the pool opens with Quartz's first connection, as Spring Boot's own DataSources do.
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("quartz");
        dataSource.setJdbcUrl(settings.url());
        if (!settings.username().isEmpty()) {
            dataSource.setUsername(settings.username());
        }
        if (!settings.password().isEmpty()) {
            dataSource.setPassword(settings.password());
        }
        // Quartz's scheduler, misfire and cluster threads plus its worker threads each hold a connection at times.
        dataSource.setMaximumPoolSize(settings.maximumPoolSize());
        return dataSource;
    }

    /** Spring Boot registers the configured jobs and triggers (the ingestion's) in one transaction of it on start. */
    @Bean
    @QuartzTransactionManager
    @Conditional(JdbcStoreConfigured.class)
    DataSourceTransactionManager quartzTransactionManager(@QuartzDataSource DataSource dataSource)
    {
        return new DataSourceTransactionManager(dataSource);
    }

    /**
     * Checks that {@code spring.quartz.job-store-type} and {@code bastion.quartz.url} agree (one without the other would
     * quietly keep the schedules in memory, or build a pool nobody uses), and clusters the JDBC store.
     */
    @Bean
    SchedulerFactoryBeanCustomizer quartzStore(QuartzStoreSettings settings, QuartzProperties quartz)
    {
        boolean jdbc = quartz.getJobStoreType() == JobStoreType.JDBC;
        if (jdbc && settings.jdbcUrl().isEmpty()) {
            throw new IllegalStateException("spring.quartz.job-store-type=jdbc 需要 Quartz 的 PostgreSQL 数据库：请设置 bastion.quartz.url（BASTION_QUARTZ_URL）"
                    + " / spring.quartz.job-store-type=jdbc needs Quartz's PostgreSQL database: set bastion.quartz.url (BASTION_QUARTZ_URL)");
        }
        if (!jdbc && settings.jdbcUrl().isPresent()) {
            throw new IllegalStateException("已设置 bastion.quartz.url，但 spring.quartz.job-store-type 不是 jdbc，计划任务仍会只存于内存：请设置 spring.quartz.job-store-type=jdbc"
                    + "（SPRING_QUARTZ_JOB_STORE_TYPE=jdbc） / bastion.quartz.url is set but spring.quartz.job-store-type is not jdbc, so the schedules would stay in"
                    + " memory: set spring.quartz.job-store-type=jdbc (SPRING_QUARTZ_JOB_STORE_TYPE=jdbc)");
        }
        if (!jdbc) {
            return factory -> {};
        }
        Properties properties = clusterProperties();
        properties.putAll(quartz.getProperties());
        return factory -> factory.setQuartzProperties(properties);
    }

    /** bastion.quartz.url is set and not blank (an empty BASTION_QUARTZ_URL counts as unset). */
    static final class JdbcStoreConfigured
            extends SpringBootCondition
    {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata)
        {
            String url = context.getEnvironment().getProperty("bastion.quartz.url", "");
            return url.isBlank()
                    ? ConditionOutcome.noMatch("bastion.quartz.url is not set: Quartz keeps its jobs in memory")
                    : ConditionOutcome.match("bastion.quartz.url is set: Quartz keeps its jobs in PostgreSQL");
        }
    }
}
