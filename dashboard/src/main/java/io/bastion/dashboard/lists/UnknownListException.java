package io.bastion.dashboard.lists;

import static java.util.Objects.requireNonNull;

/** A {@code /lists/{name}} whose name is none of the 待办 lists. */
final class UnknownListException
        extends RuntimeException
{
    private final String name;

    UnknownListException(String name)
    {
        super("there is no action list '" + name + "'");
        this.name = requireNonNull(name, "name is null");
    }

    String chinese()
    {
        return "没有名为「" + name + "」的待办清单";
    }

    String english()
    {
        return getMessage();
    }
}
