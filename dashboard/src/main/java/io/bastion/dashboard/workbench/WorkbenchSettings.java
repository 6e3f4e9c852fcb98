package io.bastion.dashboard.workbench;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The SQL workbench's limits, bound from {@code bastion.workbench.*}: where the snapshots are published (by default a
 * folder {@code snapshots} next to the warehouse), each query's time, rows, SQL length, memory and threads, how many
 * queries run at once, and the time and rows an export may take.
 */
@ConfigurationProperties("bastion.workbench")
public record WorkbenchSettings(
        Path snapshots,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("10000") long maxRows,
        @DefaultValue("100") int pageSize,
        @DefaultValue("20000") int maxSqlLength,
        @DefaultValue("512MB") String memoryLimit,
        @DefaultValue("1") int threads,
        @DefaultValue("2") int concurrentQueries,
        @DefaultValue("2000") int maxCellChars,
        @DefaultValue("10m") Duration exportTimeout,
        @DefaultValue("1000000") long maxExportRows)
{
    public WorkbenchSettings
    {
        if (pageSize <= 0 || concurrentQueries <= 0 || maxExportRows <= 0) {
            throw new IllegalArgumentException("bastion.workbench: page-size, concurrent-queries and max-export-rows must be positive");
        }
    }

    /** The folder set by bastion.workbench.snapshots (a plain Path: Spring Boot binds no Optional from a property). */
    public Optional<Path> snapshotsFolder()
    {
        return Optional.ofNullable(snapshots);
    }

    public WorkbenchLimits limits()
    {
        return new WorkbenchLimits(timeout, maxRows, maxSqlLength, memoryLimit, threads, maxCellChars);
    }

    public WorkbenchLimits exportLimits()
    {
        return new WorkbenchLimits(exportTimeout, maxExportRows, maxSqlLength, memoryLimit, threads, Integer.MAX_VALUE);
    }

    public static WorkbenchSettings defaults()
    {
        return new WorkbenchSettings(null, Duration.ofSeconds(30), 10_000, 100, 20_000, "512MB", 1, 2, 2_000, Duration.ofMinutes(10), 1_000_000);
    }
}
