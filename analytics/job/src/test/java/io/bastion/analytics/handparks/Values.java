package io.bastion.analytics.handparks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How hand-worked numbers are written: a rate as the fraction it was counted from ({@code ratio(2, 3)}), any other
 * fractional number as text ({@code decimal("183.5")}). Both, and every DOUBLE or DECIMAL read from a KPI, become
 * a BigDecimal of 9 decimal places, so the last bits of a double's division never decide a test.
 */
final class Values
{
    private static final int SCALE = 9;

    private Values() {}

    static BigDecimal ratio(long numerator, long denominator)
    {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_EVEN);
    }

    static BigDecimal decimal(String value)
    {
        return decimal(new BigDecimal(value));
    }

    static BigDecimal decimal(BigDecimal value)
    {
        return value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    static LocalDate date(String isoDate)
    {
        return LocalDate.parse(isoDate);
    }
}
