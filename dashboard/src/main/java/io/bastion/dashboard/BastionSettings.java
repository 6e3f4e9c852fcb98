package io.bastion.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Where Bastion keeps its files and how it receives new ones; bound from {@code bastion.*}
 * (application.yml, {@code --bastion.warehouse=…}, or environment variables such as {@code BASTION_WAREHOUSE}).
 */
@ConfigurationProperties("bastion")
public record BastionSettings(
        @DefaultValue("./data/warehouse.duckdb") Path warehouse,
        @DefaultValue("./data/archive") Path archive,
        @DefaultValue("./data/inbox") Path inbox,
        @DefaultValue Ingest ingest,
        @DefaultValue Analysis analysis)
{
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public BastionSettings
    {
        requireNonNull(warehouse, "warehouse is null");
        requireNonNull(archive, "archive is null");
        requireNonNull(inbox, "inbox is null");
        requireNonNull(ingest, "ingest is null");
        requireNonNull(analysis, "analysis is null");
    }

    /** How files are received: the drop folder's schedule, the largest file accepted, the branch systems pulled from. */
    public record Ingest(
            @DefaultValue("0 */5 * * * ?") String dropFolderCron,
            @DefaultValue("52428800") long maxFileBytes,
            @DefaultValue List<HttpSource> httpSources)
    {
        public Ingest
        {
            requireNonNull(dropFolderCron, "dropFolderCron is null");
            if (maxFileBytes <= 0) {
                throw new IllegalArgumentException("bastion.ingest.max-file-bytes must be positive, got " + maxFileBytes);
            }
            httpSources = httpSources == null ? List.of() : List.copyOf(httpSources);
            long distinct = httpSources.stream().map(HttpSource::name).distinct().count();
            if (distinct != httpSources.size()) {
                throw new IllegalArgumentException("bastion.ingest.http-sources: every source needs its own name");
            }
        }
    }

    /** A branch system Bastion pulls files from: its listing's URL and when to ask (Quartz cron). */
    public record HttpSource(String name, URI url, String cron)
    {
        public HttpSource
        {
            requireNonNull(name, "bastion.ingest.http-sources[].name is null");
            requireNonNull(url, "bastion.ingest.http-sources[].url is null");
            requireNonNull(cron, "bastion.ingest.http-sources[].cron is null");
            if (name.isBlank()) {
                throw new IllegalArgumentException("bastion.ingest.http-sources[].name is blank");
            }
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw new IllegalArgumentException("bastion.ingest.http-sources[" + name + "].url must be http or https, got " + url);
            }
        }
    }

    /**
     * How the KPIs are computed: the Spark job's master ({@code local[*]} embedded, or {@code spark://host:7077}), the lake
     * it reads and writes (a folder the cluster's workers share), where its classpath is, and whether every ingestion that
     * loaded something starts an analysis.
     */
    public record Analysis(
            @DefaultValue("true") boolean afterIngest,
            @DefaultValue("./data/lake") Path lake,
            @DefaultValue("local[*]") String sparkMaster,
            @DefaultValue("./analytics/job/target/spark-home") Path sparkHome,
            @DefaultValue("./analytics/job/target/bastion-analytics-job.jar") Path jobJar,
            @DefaultValue("") String javaHome,
            @DefaultValue("2g") String driverMemory,
            @DefaultValue("1") int partyLecturesPerQuarter,
            @DefaultValue Map<String, String> sparkConf,
            @DefaultValue("1h") Duration timeout,
            @DefaultValue("true") boolean incremental,
            @DefaultValue("2h") Duration keepDriver)
    {
        public Analysis
        {
            requireNonNull(lake, "bastion.analysis.lake is null");
            requireNonNull(sparkMaster, "bastion.analysis.spark-master is null");
            requireNonNull(sparkHome, "bastion.analysis.spark-home is null");
            requireNonNull(jobJar, "bastion.analysis.job-jar is null");
            requireNonNull(javaHome, "bastion.analysis.java-home is null");
            requireNonNull(driverMemory, "bastion.analysis.driver-memory is null");
            sparkConf = sparkConf == null ? Map.of() : Map.copyOf(sparkConf);
            requireNonNull(timeout, "bastion.analysis.timeout is null");
            requireNonNull(keepDriver, "bastion.analysis.keep-driver is null");
        }

        /** The Java 17 home the Spark job runs on, when set; otherwise the one running Bastion. */
        public Optional<Path> java()
        {
            return javaHome.isBlank() ? Optional.empty() : Optional.of(Path.of(javaHome));
        }
    }
}
