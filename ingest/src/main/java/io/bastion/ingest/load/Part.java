package io.bastion.ingest.load;

import io.bastion.ingest.archive.Archive.ArchivedCopy;
import io.bastion.ingest.format.FileName;

import java.nio.file.Path;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One received file of a delivery, once archived; between archiving and reading, its bytes as received
 * (a small file is read once, not again from the archive).
 */
record Part(Path source, FileName name, ArchivedCopy copy, Optional<byte[]> bytes)
{
    Part
    {
        requireNonNull(source, "source is null");
        requireNonNull(name, "name is null");
        requireNonNull(copy, "copy is null");
        requireNonNull(bytes, "bytes is null");
    }

    Part(Path source, FileName name, ArchivedCopy copy)
    {
        this(source, name, copy, Optional.empty());
    }

    /** The part once read: its bytes are not kept. */
    Part read()
    {
        return bytes.isEmpty() ? this : new Part(source, name, copy);
    }
}
