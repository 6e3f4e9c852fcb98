package io.bastion.sql;

import java.sql.SQLException;

/** A statement against the warehouse failed; wraps the checked {@link SQLException}. */
public final class WarehouseSqlException
        extends RuntimeException
{
    public WarehouseSqlException(String what, SQLException cause)
    {
        super(what + ": " + cause.getMessage(), cause);
    }
}
