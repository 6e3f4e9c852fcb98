package io.bastion.dashboard.coverage;

import org.jooq.Condition;
import org.jooq.Field;

import java.util.Arrays;
import java.util.Optional;

/** How long a new enterprise waited for its first organization: the bars of the days-to-coverage histogram. */
public enum DaysBucket
{
    WITHIN_30(0, 30),
    WITHIN_60(31, 60),
    WITHIN_90(61, 90),
    WITHIN_180(91, 180),
    WITHIN_365(181, 365),
    OVER_365(366, Integer.MAX_VALUE),
    NOT_YET(-1, -1);

    private final int from;
    private final int to;

    DaysBucket(int from, int to)
    {
        this.from = from;
        this.to = to;
    }

    /** The first day of the bucket (-1 for NOT_YET). */
    public int from()
    {
        return from;
    }

    /** The last day of the bucket ({@link Integer#MAX_VALUE} for the open end, -1 for NOT_YET). */
    public int to()
    {
        return to;
    }

    public String labelKey()
    {
        return "coverage.bucket." + name();
    }

    /** The rows of this bucket, given the days-to-coverage column (blank: not covered yet). */
    Condition condition(Field<Integer> days)
    {
        if (this == NOT_YET) {
            return days.isNull();
        }
        return to == Integer.MAX_VALUE ? days.ge(from) : days.between(from, to);
    }

    public static Optional<DaysBucket> parse(String value)
    {
        return Arrays.stream(values()).filter(bucket -> bucket.name().equals(value)).findFirst();
    }
}
