package io.bastion.ingest.load;

import org.duckdb.DuckDBAppender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;

/** Appends values that may be absent. */
final class Nullable
{
    private Nullable() {}

    static DuckDBAppender text(DuckDBAppender appender, String value)
            throws SQLException
    {
        return value == null ? appender.appendNull() : appender.append(value);
    }

    static DuckDBAppender date(DuckDBAppender appender, LocalDate value)
            throws SQLException
    {
        return value == null ? appender.appendNull() : appender.append(value);
    }

    /** DuckDB's appender wants a decimal at exactly the column's scale. */
    static DuckDBAppender decimal(DuckDBAppender appender, BigDecimal value, int scale)
            throws SQLException
    {
        return value == null ? appender.appendNull() : appender.append(value.setScale(scale, RoundingMode.HALF_UP));
    }
}
