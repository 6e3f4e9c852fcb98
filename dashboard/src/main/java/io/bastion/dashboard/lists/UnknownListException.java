package io.bastion.dashboard.lists;

import io.bastion.dashboard.web.BilingualException;
import org.springframework.http.HttpStatus;

import static java.util.Objects.requireNonNull;

/** A {@code /lists/{name}} whose name is none of the 待办 lists. */
final class UnknownListException
        extends BilingualException
{
    private final String name;

    UnknownListException(String name)
    {
        super("there is no action list '" + name + "'");
        this.name = requireNonNull(name, "name is null");
    }

    @Override
    public String chinese()
    {
        return "没有名为「" + name + "」的待办清单";
    }

    @Override
    public String english()
    {
        return getMessage();
    }

    @Override
    public HttpStatus status()
    {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String code()
    {
        return "UNKNOWN_LIST";
    }
}
