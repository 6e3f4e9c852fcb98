package io.bastion.ingest.format;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * One data row as received: its number as the sender sees it (spreadsheet row, CSV line, JSON
 * element), its non-blank values by Chinese header, trimmed, and the headers whose cell a
 * spreadsheet stored as a number (an id number stored so has lost its last digits).
 */
public record RawRow(int rowNo, Map<String, String> values, Set<String> numberCells)
{
    public RawRow
    {
        requireNonNull(values, "values is null");
        // A file's rows share their headers (RowValues, immutable already): no map of their own per row.
        values = values instanceof RowValues ? values : Map.copyOf(values);
        numberCells = Set.copyOf(numberCells);
    }

    public RawRow(int rowNo, Map<String, String> values)
    {
        this(rowNo, values, Set.of());
    }

    public Optional<String> value(String header)
    {
        return Optional.ofNullable(values.get(header));
    }

    /** Whether the spreadsheet stored this cell as a number rather than text. */
    public boolean storedAsNumber(String header)
    {
        return numberCells.contains(header);
    }
}
