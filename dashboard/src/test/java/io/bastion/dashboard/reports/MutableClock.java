package io.bastion.dashboard.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test sets and moves (in Asia/Shanghai local time). */
final class MutableClock
        extends Clock
{
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    MutableClock(LocalDateTime shanghai)
    {
        set(shanghai);
    }

    void set(LocalDateTime shanghai)
    {
        now = shanghai.atZone(SHANGHAI).toInstant();
    }

    void advance(Duration duration)
    {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone()
    {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone)
    {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant()
    {
        return now;
    }
}
