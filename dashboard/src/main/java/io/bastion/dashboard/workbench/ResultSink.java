package io.bastion.dashboard.workbench;

import java.io.IOException;
import java.util.List;

/** Receives a query's result as it is read, row by row, so that nothing need hold all of it. */
public interface ResultSink
{
    void columns(List<Column> columns)
            throws IOException;

    /** One row's values (numbers, booleans, strings; other types as text); returns false to stop reading. */
    boolean row(Object[] values)
            throws IOException;

    /** A result column: its name, DuckDB's type name, and whether it holds numbers (which charts and sums can use). */
    record Column(String name, String type, boolean numeric)
    {
    }
}
