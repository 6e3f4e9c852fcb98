package io.bastion.dashboard.reports;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** bastion.reports.* as Spring binds it: the defaults, refused values with their reasons, recipients, the back-off. */
class ReportSettingsTest
{
    @Test
    void bindsTheDefaults()
    {
        ReportSettings settings = bind(Map.of());

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.cron()).isEqualTo("0 0 8 6 * ?");
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(settings.recipients()).isEmpty();
        assertThat(settings.mails()).isFalse();
        assertThat(settings.from()).isEqualTo("bastion@localhost");
        assertThat(settings.retryInitial()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.retryMax()).isEqualTo(Duration.ofHours(6));
        assertThat(settings.maxAttempts()).isEqualTo(20);
        assertThat(settings).isEqualTo(ReportSettings.defaults());
    }

    @Test
    void bindsEverySettingInKebabCase()
    {
        ReportSettings settings = bind(Map.of(
                "bastion.reports.enabled", "false",
                "bastion.reports.cron", "0 30 9 1 * ?",
                "bastion.reports.zone", "UTC",
                "bastion.reports.from", "dangqun@park.example",
                "bastion.reports.retry-initial", "2m",
                "bastion.reports.retry-max", "1h",
                "bastion.reports.max-attempts", "3"));

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.cron()).isEqualTo("0 30 9 1 * ?");
        assertThat(settings.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.from()).isEqualTo("dangqun@park.example");
        assertThat(settings.retryInitial()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.retryMax()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.maxAttempts()).isEqualTo(3);
    }

    @Test
    void refusesABadCronInBothLanguagesNamingTheSettingAndTheValue()
    {
        assertThatThrownBy(() -> bind(Map.of("bastion.reports.cron", "0 0 8 32 * ?")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bastion.reports.cron 不是有效的 Quartz cron 表达式")
                .hasMessageContaining("bastion.reports.cron is not a Quartz cron expression")
                .hasMessageContaining("\"0 0 8 32 * ?\"")
                // Quartz's own reason: the day of month is out of range.
                .hasMessageContaining("Day of month values must be between 1 and 31");
        // five fields, as a Unix cron would have them: Quartz wants seconds first
        assertThatThrownBy(() -> bind(Map.of("bastion.reports.cron", "0 8 6 * *")))
                .rootCause()
                .hasMessageContaining("秒 分 时 日 月 周")
                .hasMessageContaining("seconds minutes hours day-of-month month day-of-week");
    }

    @Test
    void refusesRetriesThatCannotWork()
    {
        assertThatThrownBy(() -> bind(Map.of("bastion.reports.retry-initial", "0s")))
                .rootCause()
                .hasMessageContaining("bastion.reports.retry-initial 须大于零且不超过 retry-max")
                .hasMessageContaining("bastion.reports.retry-initial must be positive and at most retry-max, got PT0S and PT6H");
        assertThatThrownBy(() -> bind(Map.of("bastion.reports.retry-initial", "7h")))
                .rootCause()
                .hasMessageContaining("got PT7H and PT6H");
        assertThatThrownBy(() -> bind(Map.of("bastion.reports.max-attempts", "0")))
                .rootCause()
                .hasMessageContaining("bastion.reports.max-attempts 至少为 1，实际为 0")
                .hasMessageContaining("bastion.reports.max-attempts must be at least 1, got 0");
    }

    @Test
    void trimsRecipientsAndDropsBlankOnes()
    {
        // as BASTION_REPORTS_RECIPIENTS="shuji@park.example, weiyuan@park.example ," gives them
        ReportSettings commaSeparated = bind(Map.of("bastion.reports.recipients", "shuji@park.example, weiyuan@park.example ,"));
        ReportSettings indexed = bind(Map.of(
                "bastion.reports.recipients[0]", "  shuji@park.example ",
                "bastion.reports.recipients[1]", "   ",
                "bastion.reports.recipients[2]", "weiyuan@park.example"));

        assertThat(commaSeparated.recipients()).containsExactly("shuji@park.example", "weiyuan@park.example");
        assertThat(indexed.recipients()).containsExactly("shuji@park.example", "weiyuan@park.example");
        assertThat(indexed.mails()).isTrue();
        assertThat(bind(Map.of("bastion.reports.recipients", " ")).mails()).isFalse();
    }

    @Test
    void backOffDoublesFromTheFirstWaitAndStopsAtTheLongest()
    {
        ReportSettings defaults = ReportSettings.defaults();

        // 5, 10, 20, 40, 80, 160, 320 minutes, then 640 > 360 is capped at 6 hours
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 19).stream().map(defaults::backoff).toList()).containsExactly(
                Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(40), Duration.ofMinutes(80),
                Duration.ofMinutes(160), Duration.ofMinutes(320), Duration.ofHours(6), Duration.ofHours(6), Duration.ofHours(6));

        ReportSettings quick = bind(Map.of("bastion.reports.retry-initial", "7m", "bastion.reports.retry-max", "30m"));
        // 7, 14, 28, then 56 > 30 is capped
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(quick::backoff).toList()).containsExactly(
                Duration.ofMinutes(7), Duration.ofMinutes(14), Duration.ofMinutes(28), Duration.ofMinutes(30), Duration.ofMinutes(30));
        assertThat(quick.backoff(Integer.MAX_VALUE)).as("no overflow however many attempts").isEqualTo(Duration.ofMinutes(30));
    }

    private static ReportSettings bind(Map<String, String> properties)
    {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("bastion.reports", ReportSettings.class);
    }
}
