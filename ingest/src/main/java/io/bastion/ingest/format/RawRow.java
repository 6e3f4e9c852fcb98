package io.bastion.ingest.format;

import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One data row as received: its number as the sender sees it (spreadsheet row, CSV line, JSON
 * element) and its non-blank values by Chinese header, trimmed.
 */
public record RawRow(int rowNo, Map<String, String> values)
{
    public RawRow
    {
        requireNonNull(values, "values is null");
        values = Map.copyOf(values);
    }

    public Optional<String> value(String header)
    {
        return Optional.ofNullable(values.get(header));
    }
}
