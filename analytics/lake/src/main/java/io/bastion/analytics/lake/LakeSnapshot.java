package io.bastion.analytics.lake;

import java.nio.file.Path;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * One exported lake: the folder the Spark job reads ({@code <lake>/export-…}) and the rows written per table.
 *
 * @param directory the snapshot folder, holding one folder per table
 * @param rows rows exported per table
 */
public record LakeSnapshot(Path directory, Map<String, Long> rows)
{
    public LakeSnapshot
    {
        requireNonNull(directory, "directory is null");
        rows = Map.copyOf(rows);
    }
}
