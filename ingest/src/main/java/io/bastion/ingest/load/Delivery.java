package io.bastion.ingest.load;

import io.bastion.ingest.format.FileKind;
import io.bastion.ingest.format.FileName;
import io.bastion.ingest.format.FileRejectedException;
import io.bastion.ingest.validation.ValidatedTables;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What is loaded as one unit: a branch submission (one file, or its three CSV parts) or a committee
 * feed file, with the outcome of reading and validating it.
 *
 * @param sequence arrival order within the run; a later one wins a tie between equal 报送日期
 */
record Delivery(int sequence, FileName name, List<Part> parts, Optional<ValidatedTables> tables, Optional<FileRejectedException> rejection)
{
    Delivery
    {
        requireNonNull(name, "name is null");
        parts = List.copyOf(parts);
        requireNonNull(tables, "tables is null");
        requireNonNull(rejection, "rejection is null");
    }

    FileKind kind()
    {
        return name.kind();
    }

    boolean loadable()
    {
        return rejection.isEmpty();
    }

    Delivery withTables(ValidatedTables validated)
    {
        return new Delivery(sequence, name, parts, Optional.of(validated), Optional.empty());
    }

    Delivery rejected(FileRejectedException error)
    {
        return new Delivery(sequence, name, parts, tables, Optional.of(error));
    }
}
