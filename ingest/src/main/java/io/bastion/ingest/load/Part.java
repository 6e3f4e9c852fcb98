package io.bastion.ingest.load;

import io.bastion.ingest.archive.Archive.ArchivedCopy;
import io.bastion.ingest.format.FileName;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/** One received file of a delivery, once archived. */
record Part(Path source, FileName name, ArchivedCopy copy)
{
    Part
    {
        requireNonNull(source, "source is null");
        requireNonNull(name, "name is null");
        requireNonNull(copy, "copy is null");
    }
}
