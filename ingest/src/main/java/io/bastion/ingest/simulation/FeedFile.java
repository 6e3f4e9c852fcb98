package io.bastion.ingest.simulation;

import io.bastion.ingest.format.InputTable;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** One committee feed file: its table, its name without extension, its folder, its form and rows. */
record FeedFile(InputTable table, String baseName, String folder, boolean xlsx, DateStyle dateStyle, List<Row> rows)
{
    FeedFile
    {
        requireNonNull(table, "table is null");
        requireNonNull(baseName, "baseName is null");
        rows = List.copyOf(rows);
    }
}
