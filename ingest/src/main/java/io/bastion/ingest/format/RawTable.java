package io.bastion.ingest.format;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** The rows of one input table read from one file. */
public record RawTable(InputTable table, String fileName, List<RawRow> rows)
{
    public RawTable
    {
        requireNonNull(table, "table is null");
        requireNonNull(fileName, "fileName is null");
        rows = List.copyOf(rows);
    }
}
