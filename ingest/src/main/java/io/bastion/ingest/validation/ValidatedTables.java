package io.bastion.ingest.validation;

import io.bastion.ingest.format.RawRow;
import io.bastion.ingest.format.RawTable;

import java.util.List;
import java.util.Optional;

/**
 * What row validation made of one delivery: its valid rows by table and its rejected rows.
 * For a branch submission, {@code organization} holds table 1 when that row is valid.
 */
public record ValidatedTables(
        Optional<ValidRows.Organization> organization,
        List<ValidRows.Person> people,
        List<ValidRows.Life> life,
        List<?> feedRows,
        List<RejectedRow> rejected,
        int rowsRead,
        List<RawTable> raw)
{
    public ValidatedTables
    {
        people = List.copyOf(people);
        life = List.copyOf(life);
        feedRows = List.copyOf(feedRows);
        rejected = List.copyOf(rejected);
        raw = List.copyOf(raw);
    }

    /** The row as received, for the quarantine; an empty row when it cannot be found. */
    public RawRow rawRow(String table, int rowNo)
    {
        return raw.stream()
                .filter(rawTable -> rawTable.table().sheetName().equals(table))
                .flatMap(rawTable -> rawTable.rows().stream())
                .filter(row -> row.rowNo() == rowNo)
                .findFirst()
                .orElse(new RawRow(rowNo, java.util.Map.of()));
    }

    /** The same validation with other rows kept and rejected. */
    public ValidatedTables with(Optional<ValidRows.Organization> organization, List<ValidRows.Person> people, List<?> feedRows, List<RejectedRow> rejected)
    {
        return new ValidatedTables(organization, people, life, feedRows, rejected, rowsRead, raw);
    }
}
