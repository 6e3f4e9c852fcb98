package io.bastion.dashboard;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.quartz.QuartzDataSource;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.boot.autoconfigure.quartz.QuartzTransactionManager;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which beans bastion.quartz.* and spring.quartz.job-store-type give, without a database (the pool does not connect
 * until Quartz asks it to). That the store works, clustered, on a real PostgreSQL is ReportJobStoreTest's part.
 */
class QuartzStoreConfigurationTest
{
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(WithQuartzProperties.class, QuartzStoreConfiguration.class);

    /** spring.quartz.*, as Spring Boot's Quartz auto-configuration binds it. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(QuartzProperties.class)
    static class WithQuartzProperties
    {
    }

    @Test
    void withoutAUrlNothingChanges()
    {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(DataSource.class);
            assertThat(context).doesNotHaveBean(PlatformTransactionManager.class);
            assertThat(context).hasSingleBean(SchedulerFactoryBeanCustomizer.class);
        });
        // an empty BASTION_QUARTZ_URL, as a compose file may pass it, counts as unset
        runner.withPropertyValues("bastion.quartz.url=").run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DataSource.class));
    }

    @Test
    void aUrlGivesQuartzAPoolOfItsOwnAndNothingElse()
    {
        runner.withPropertyValues("spring.quartz.job-store-type=jdbc", "bastion.quartz.url=jdbc:postgresql://postgres:5432/quartz",
                        "bastion.quartz.username=quartz", "bastion.quartz.password=secret")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(DataSource.class);
                    assertThat(context.findAnnotationOnBean("quartzDataSource", QuartzDataSource.class)).isNotNull();
                    HikariDataSource pool = context.getBean(HikariDataSource.class);
                    assertThat(pool.getPoolName()).isEqualTo("quartz");
                    assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:postgresql://postgres:5432/quartz");
                    assertThat(pool.getUsername()).isEqualTo("quartz");
                    assertThat(pool.getPassword()).isEqualTo("secret");
                    // 10 Quartz worker threads + the scheduler, misfire and cluster threads
                    assertThat(pool.getMaximumPoolSize()).isEqualTo(13);
                    assertThat(pool.isRunning()).as("not connected yet").isFalse();
                    assertThat(context.findAnnotationOnBean("quartzTransactionManager", QuartzTransactionManager.class)).isNotNull();
                    assertThat(context.getBean(DataSourceTransactionManager.class).getDataSource()).isSameAs(pool);
                });
    }

    @Test
    void theStoreTypeAndTheUrlGoTogether()
    {
        runner.withPropertyValues("spring.quartz.job-store-type=jdbc").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause()
                .hasMessageContaining("spring.quartz.job-store-type=jdbc 需要 Quartz 的 PostgreSQL 数据库：请设置 bastion.quartz.url")
                .hasMessageContaining("spring.quartz.job-store-type=jdbc needs Quartz's PostgreSQL database: set bastion.quartz.url (BASTION_QUARTZ_URL)"));
        runner.withPropertyValues("bastion.quartz.url=jdbc:postgresql://postgres:5432/quartz").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause()
                .hasMessageContaining("已设置 bastion.quartz.url，但 spring.quartz.job-store-type 不是 jdbc")
                .hasMessageContaining("set spring.quartz.job-store-type=jdbc (SPRING_QUARTZ_JOB_STORE_TYPE=jdbc)"));
    }

    @Test
    void refusesAUrlOfAnotherDatabase()
    {
        runner.withPropertyValues("spring.quartz.job-store-type=jdbc", "bastion.quartz.url=jdbc:mysql://db:3306/quartz").run(context -> assertThat(context)
                .hasFailed()
                .getFailure().rootCause()
                .hasMessageContaining("bastion.quartz.url 须为 PostgreSQL 的 JDBC 地址")
                .hasMessageContaining("bastion.quartz.url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), got jdbc:mysql://db:3306/quartz"));
    }
}
