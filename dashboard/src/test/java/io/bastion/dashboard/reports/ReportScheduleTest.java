package io.bastion.dashboard.reports;

import io.bastion.dashboard.scope.Month;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month the schedule owes, worked out by hand from the calendar: the month before the latest fire time at or before
 * now. 2026-11-01 is a Sunday, 2026-12-01 a Tuesday.
 */
class ReportScheduleTest
{
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theDefaultOwesLastMonthFromEightOClockOnTheSixthInShanghai()
    {
        ReportSettings defaults = ReportSettings.defaults();

        // before 08:00 on 11-06 the latest fire is 10-06 08:00, which owed September
        assertThat(due(defaults, shanghai(2026, 11, 6, 7, 59, 59))).contains(new Month(202609));
        assertThat(due(defaults, shanghai(2026, 11, 6, 8, 0, 0))).contains(new Month(202610));
        assertThat(due(defaults, shanghai(2026, 11, 6, 8, 0, 1))).contains(new Month(202610));
        assertThat(ReportSchedule.lastFire(defaults, shanghai(2026, 11, 6, 8, 0, 1)))
                .contains(ZonedDateTime.of(2026, 11, 6, 8, 0, 0, 0, SHANGHAI));
        // 08:00 in Shanghai is midnight UTC
        assertThat(due(defaults, Instant.parse("2026-11-05T23:59:59Z"))).contains(new Month(202609));
        assertThat(due(defaults, Instant.parse("2026-11-06T00:00:00Z"))).contains(new Month(202610));
    }

    @Test
    void theZoneIsTheSettingsNotTheMachines()
    {
        ReportSettings utc = settings("0 0 8 6 * ?", "UTC");

        // 08:00 in Shanghai, but only midnight in UTC: the UTC schedule has not fired on the 6th yet
        assertThat(due(utc, Instant.parse("2026-11-06T00:00:00Z"))).contains(new Month(202609));
        assertThat(due(utc, Instant.parse("2026-11-06T08:00:00Z"))).contains(new Month(202610));
    }

    @Test
    void acrossMonthEndsAndTheTurnOfTheYear()
    {
        ReportSettings defaults = ReportSettings.defaults();

        assertThat(due(defaults, shanghai(2026, 12, 31, 23, 59, 59))).contains(new Month(202611));
        assertThat(due(defaults, shanghai(2027, 1, 1, 0, 0, 0))).contains(new Month(202611));
        assertThat(due(defaults, shanghai(2027, 1, 6, 7, 59, 59))).contains(new Month(202611));
        assertThat(due(defaults, shanghai(2027, 1, 6, 8, 0, 0))).contains(new Month(202612));
        assertThat(due(defaults, shanghai(2027, 3, 5, 23, 59, 59))).contains(new Month(202701));
        assertThat(due(defaults, shanghai(2028, 2, 29, 12, 0, 0))).contains(new Month(202801));
    }

    @Test
    void aCustomCronOwesTheMonthBeforeItsOwnFireTime()
    {
        ReportSettings first = settings("0 0 7 1 * ?", "Asia/Shanghai");
        assertThat(due(first, shanghai(2026, 12, 1, 6, 59, 59))).contains(new Month(202610));
        assertThat(due(first, shanghai(2026, 12, 1, 7, 0, 0))).contains(new Month(202611));

        // the first Monday: 2026-11-02 and 2026-12-07
        ReportSettings firstMonday = settings("0 0 9 ? * MON#1", "Asia/Shanghai");
        assertThat(due(firstMonday, shanghai(2026, 12, 7, 8, 59, 59))).contains(new Month(202610));
        assertThat(due(firstMonday, shanghai(2026, 12, 7, 9, 0, 0))).contains(new Month(202611));
        assertThat(ReportSchedule.lastFire(firstMonday, shanghai(2026, 12, 6, 0, 0, 0)))
                .contains(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, SHANGHAI));

        // once a year on 01-06: in November the owed month is still last December (found 400 days back)
        assertThat(due(settings("0 0 8 6 1 ?", "Asia/Shanghai"), shanghai(2026, 11, 6, 8, 0, 0))).contains(new Month(202512));
        // a schedule that has never fired owes nothing
        assertThat(due(settings("0 0 8 6 * ? 2030", "Asia/Shanghai"), shanghai(2026, 11, 6, 8, 0, 0))).isEmpty();
    }

    private static Optional<Month> due(ReportSettings settings, Instant now)
    {
        return ReportSchedule.dueMonth(settings, now);
    }

    private static ReportSettings settings(String cron, String zone)
    {
        return new ReportSettings(true, cron, ZoneId.of(zone), List.of(), "bastion@localhost", Duration.ofMinutes(5), Duration.ofHours(6), 20);
    }

    private static Instant shanghai(int year, int month, int day, int hour, int minute, int second)
    {
        return LocalDateTime.of(year, month, day, hour, minute, second).atZone(SHANGHAI).toInstant();
    }
}
