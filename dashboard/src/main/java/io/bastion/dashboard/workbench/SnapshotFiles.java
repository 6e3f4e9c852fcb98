package io.bastion.dashboard.workbench;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/** Where the published snapshots live: {@code analyst.duckdb} and {@code admin.duckdb} in one folder. */
public record SnapshotFiles(Path folder)
{
    public SnapshotFiles
    {
        requireNonNull(folder, "folder is null");
        folder = folder.toAbsolutePath().normalize();
    }

    /** The folder next to the warehouse file: {@code <warehouse folder>/snapshots}. */
    public static SnapshotFiles besides(Path warehouse)
    {
        return new SnapshotFiles(warehouse.toAbsolutePath().normalize().getParent().resolve("snapshots"));
    }

    public Path file(Snapshot snapshot)
    {
        return folder.resolve(snapshot.fileName());
    }
}
