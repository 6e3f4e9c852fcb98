package io.bastion.dashboard.web;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A headline figure: its value (a rate 0–1 or a count) with numerator and denominator, the annual target where there is
 * one, last month's value, the trend for the sparkline, why it is blank, and the trace that lists what it counts.
 */
public record Kpi(String key, String label, Kind kind, Optional<Double> value, Optional<Long> numerator, Optional<Long> denominator,
        Optional<Double> target, Optional<Double> previous, List<Point> trend, Optional<String> blankReason, Optional<String> trace,
        Optional<String> note)
{
    public Kpi
    {
        requireNonNull(key, "key is null");
        requireNonNull(label, "label is null");
        requireNonNull(kind, "kind is null");
        trend = List.copyOf(trend);
    }

    /** A rate (shown 83.3%, changes in 个百分点) or a count (6,012). */
    public enum Kind
    {
        RATE, COUNT
    }

    /** One month of the trend. */
    public record Point(String month, Double value)
    {
    }

    /** Whether the value meets the target (rates: at or above; counts year-to-date: at or above). */
    public Optional<Boolean> met()
    {
        if (value.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value.get() >= target.get() - 1e-9);
    }
}
