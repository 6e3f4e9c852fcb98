package io.bastion.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

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
        @DefaultValue Ingest ingest)
{
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public BastionSettings
    {
        requireNonNull(warehouse, "warehouse is null");
        requireNonNull(archive, "archive is null");
        requireNonNull(inbox, "inbox is null");
        requireNonNull(ingest, "ingest is null");
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
}
