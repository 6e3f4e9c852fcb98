package io.bastion.analytics.lake;

import java.util.Map;

/**
 * What one mart load did.
 *
 * @param rows rows loaded per mart table
 * @param loadMs milliseconds from the start of the load to its commit
 */
public record LoadedMarts(Map<String, Long> rows, long loadMs)
{
    public LoadedMarts
    {
        rows = Map.copyOf(rows);
    }

    public long totalRows()
    {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
