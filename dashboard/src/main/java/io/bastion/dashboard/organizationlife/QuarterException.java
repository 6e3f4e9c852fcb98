package io.bastion.dashboard.organizationlife;

import io.bastion.dashboard.web.BilingualException;
import org.springframework.http.HttpStatus;

import static java.util.Objects.requireNonNull;

/** A {@code quarter} parameter that is not written like 2026Q3. */
final class QuarterException
        extends BilingualException
{
    private final String value;

    QuarterException(String value)
    {
        super("a quarter is written like 2026Q3: '" + value + "'");
        this.value = requireNonNull(value, "value is null");
    }

    @Override
    public String chinese()
    {
        return "季度格式应为 2026Q3：「" + value + "」";
    }

    @Override
    public String english()
    {
        return getMessage();
    }

    @Override
    public HttpStatus status()
    {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String code()
    {
        return "BAD_QUARTER";
    }
}
