package io.bastion.dashboard.organizationlife;

import static java.util.Objects.requireNonNull;

/** A {@code quarter} parameter that is not written like 2026Q3. */
final class QuarterException
        extends RuntimeException
{
    private final String value;

    QuarterException(String value)
    {
        super("a quarter is written like 2026Q3: '" + value + "'");
        this.value = requireNonNull(value, "value is null");
    }

    String chinese()
    {
        return "季度格式应为 2026Q3：「" + value + "」";
    }

    String english()
    {
        return getMessage();
    }
}
