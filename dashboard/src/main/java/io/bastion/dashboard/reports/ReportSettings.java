package io.bastion.dashboard.reports;

import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.text.ParseException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The monthly liaison-progress report, bound from {@code bastion.reports.*}: when the schedule runs (Quartz cron in a
 * time zone), who receives the mail, and how failed builds and deliveries are retried.
 */
@ConfigurationProperties("bastion.reports")
public record ReportSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 0 8 6 * ?") String cron,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue List<String> recipients,
        @DefaultValue("bastion@localhost") String from,
        @DefaultValue("5m") Duration retryInitial,
        @DefaultValue("6h") Duration retryMax,
        @DefaultValue("20") int maxAttempts)
{
    public ReportSettings
    {
        requireNonNull(cron, "bastion.reports.cron is null");
        try {
            CronExpression.validateExpression(cron);
        }
        catch (ParseException e) {
            throw new IllegalArgumentException("bastion.reports.cron 不是有效的 Quartz cron 表达式（秒 分 时 日 月 周 [年]，例如默认的 \"0 0 8 6 * ?\"）：\"" + cron
                    + "\"（" + e.getMessage() + "） / bastion.reports.cron is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week"
                    + " [year], such as the default \"0 0 8 6 * ?\"): \"" + cron + "\" (" + e.getMessage() + ")");
        }
        requireNonNull(zone, "bastion.reports.zone is null");
        recipients = recipients == null ? List.of() : recipients.stream().map(String::trim).filter(address -> !address.isEmpty()).toList();
        requireNonNull(from, "bastion.reports.from is null");
        requireNonNull(retryInitial, "bastion.reports.retry-initial is null");
        requireNonNull(retryMax, "bastion.reports.retry-max is null");
        if (retryInitial.isNegative() || retryInitial.isZero() || retryMax.compareTo(retryInitial) < 0) {
            throw new IllegalArgumentException("bastion.reports.retry-initial 须大于零且不超过 retry-max，实际为 " + retryInitial + " 与 " + retryMax
                    + " / bastion.reports.retry-initial must be positive and at most retry-max, got " + retryInitial + " and " + retryMax);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("bastion.reports.max-attempts 至少为 1，实际为 " + maxAttempts
                    + " / bastion.reports.max-attempts must be at least 1, got " + maxAttempts);
        }
    }

    /** The defaults, as application.yml leaves them. */
    public static ReportSettings defaults()
    {
        return new ReportSettings(true, "0 0 8 6 * ?", ZoneId.of("Asia/Shanghai"), List.of(), "bastion@localhost", Duration.ofMinutes(5),
                Duration.ofHours(6), 20);
    }

    public boolean mails()
    {
        return !recipients.isEmpty();
    }

    /** The wait before attempt {@code attempts + 1}: doubling from retry-initial, at most retry-max. */
    public Duration backoff(int attempts)
    {
        Duration wait = retryInitial;
        for (int i = 1; i < attempts && wait.compareTo(retryMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}
