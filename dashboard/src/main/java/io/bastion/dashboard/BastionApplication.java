package io.bastion.dashboard;

import io.bastion.dashboard.cli.Command;
import io.bastion.dashboard.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.jooq.JooqAutoConfiguration;
import org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/**
 * Bastion's entry point: {@code serve} (the default), {@code ingest}, {@code generate}, {@code demo}
 * and {@code help}. The warehouse opens and migrates itself, so Spring Boot's DataSource, Flyway
 * and jOOQ auto-configuration stay out of it; so do the JdbcTemplate and SQL-script initialisation that would otherwise
 * attach to Quartz's PostgreSQL pool, the only DataSource (QuartzStoreConfiguration).
 */
@SpringBootApplication(exclude = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class, JooqAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, SqlInitializationAutoConfiguration.class})
public class BastionApplication
{
    public static void main(String[] args)
    {
        Command command = CommandLine.parse(args);
        if (command instanceof Command.Serve serve) {
            try {
                serve(serve.springArguments());
            }
            catch (RuntimeException e) {
                // Spring Boot has already reported why it could not start.
                System.exit(Command.FAILURE);
            }
            return;
        }
        int code = command.run(System.out, System.err);
        if (command instanceof Command.Demo && code == Command.SUCCESS) {
            return; // the web server keeps the process alive
        }
        System.exit(code);
    }

    /** Starts the web server; it keeps the process alive until stopped. */
    public static ConfigurableApplicationContext serve(List<String> springArguments)
    {
        return SpringApplication.run(BastionApplication.class, springArguments.toArray(String[]::new));
    }
}
