package io.bastion.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Where Quartz keeps its schedules, bound from {@code bastion.quartz.*} ({@code BASTION_QUARTZ_URL}, {@code _USERNAME},
 * {@code _PASSWORD}): blank url = in memory on one machine; a {@code jdbc:postgresql:} url = the clustered job store in
 * that database, shared by every instance.
 */
@ConfigurationProperties("bastion.quartz")
public record QuartzStoreSettings(
        @DefaultValue("") String url,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("13") int maximumPoolSize)
{
    static final String POSTGRESQL = "jdbc:postgresql:";

    public QuartzStoreSettings
    {
        url = requireNonNull(url, "bastion.quartz.url is null").strip();
        requireNonNull(username, "bastion.quartz.username is null");
        requireNonNull(password, "bastion.quartz.password is null");
        if (!url.isEmpty() && !url.startsWith(POSTGRESQL)) {
            throw new IllegalArgumentException("bastion.quartz.url 须为 PostgreSQL 的 JDBC 地址（jdbc:postgresql://主机:端口/库名），实际为 " + url
                    + " / bastion.quartz.url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), got " + url);
        }
        if (maximumPoolSize < 4) {
            throw new IllegalArgumentException("bastion.quartz.maximum-pool-size 至少为 4，实际为 " + maximumPoolSize
                    + " / bastion.quartz.maximum-pool-size must be at least 4, got " + maximumPoolSize);
        }
    }

    /** The job store's database, when one is configured. */
    public Optional<String> jdbcUrl()
    {
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }
}
