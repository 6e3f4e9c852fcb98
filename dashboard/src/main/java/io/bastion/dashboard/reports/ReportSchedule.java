package io.bastion.dashboard.reports;

import io.bastion.dashboard.scope.Month;
import org.quartz.CronExpression;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * When the schedule owes a report: the latest fire time of {@code bastion.reports.cron} (in its zone) at or before now,
 * looked for up to 400 days back, and the month before that fire time's month.
 */
final class ReportSchedule
{
    private ReportSchedule() {}

    /** The month whose report the schedule owes at {@code now}. */
    static Optional<Month> dueMonth(ReportSettings settings, Instant now)
    {
        return lastFire(settings, now).map(fired -> new Month(fired.getYear() * 100 + fired.getMonthValue()).previous());
    }

    /** The latest fire time at or before {@code now}, in the report zone. */
    static Optional<ZonedDateTime> lastFire(ReportSettings settings, Instant now)
    {
        CronExpression cron;
        try {
            cron = new CronExpression(settings.cron());
        }
        catch (ParseException e) {
            throw new IllegalStateException(e);
        }
        cron.setTimeZone(TimeZone.getTimeZone(settings.zone()));
        Date limit = Date.from(now);
        for (Duration back : List.of(Duration.ofDays(1), Duration.ofDays(40), Duration.ofDays(400))) {
            Date last = null;
            Date next = cron.getNextValidTimeAfter(Date.from(now.minus(back)));
            while (next != null && !next.after(limit)) {
                last = next;
                next = cron.getNextValidTimeAfter(next);
            }
            if (last != null) {
                return Optional.of(last.toInstant().atZone(settings.zone()));
            }
        }
        return Optional.empty();
    }
}
