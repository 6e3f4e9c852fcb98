package io.bastion.ingest.simulation;

import java.nio.file.Path;
import java.time.YearMonth;

import static java.util.Objects.requireNonNull;

/**
 * What to simulate: how many parks (scale), the seed that makes the output reproducible, where to
 * write it, and the months covered (the {@code months} months ending with {@code endMonth}).
 */
public record GeneratorSettings(int scale, long seed, Path out, YearMonth endMonth, int months)
{
    /** A constant, never today's month: the same seed must give the same files on any day. */
    public static final YearMonth DEFAULT_END_MONTH = YearMonth.of(2026, 10);
    public static final int DEFAULT_MONTHS = 36;
    public static final int MAXIMUM_SCALE = 100;
    public static final int MAXIMUM_MONTHS = 240;

    public GeneratorSettings
    {
        if (scale < 1 || scale > MAXIMUM_SCALE) {
            throw new IllegalArgumentException("scale must be between 1 and " + MAXIMUM_SCALE + " (one park per unit of scale), got " + scale);
        }
        requireNonNull(out, "out is null: say which folder the simulated files go to");
        requireNonNull(endMonth, "endMonth is null");
        if (months < 1 || months > MAXIMUM_MONTHS) {
            throw new IllegalArgumentException("months must be between 1 and " + MAXIMUM_MONTHS + ", got " + months);
        }
        if (endMonth.minusMonths(months - 1).getYear() < 2001) {
            throw new IllegalArgumentException("the simulated months must start in 2001 or later, got " + months + " months ending " + endMonth);
        }
    }

    public GeneratorSettings(int scale, long seed, Path out)
    {
        this(scale, seed, out, DEFAULT_END_MONTH, DEFAULT_MONTHS);
    }

    public YearMonth firstMonth()
    {
        return endMonth.minusMonths(months - 1);
    }
}
