package io.bastion.ingest.validation;

import io.bastion.ingest.format.RawRow;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A row kept out of the warehouse, with every rule it broke. */
public record RejectedRow(String table, RawRow raw, List<Violation> violations)
{
    public RejectedRow
    {
        requireNonNull(table, "table is null");
        requireNonNull(raw, "raw is null");
        violations = List.copyOf(violations);
    }
}
