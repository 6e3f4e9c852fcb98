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
 * @param reprocess present when the delivery is processed again from the archive rather than received
 */
record Delivery(int sequence, FileName name, List<Part> parts, Optional<ValidatedTables> tables, Optional<FileRejectedException> rejection,
                Optional<Reprocess> reprocess)
{
    Delivery
    {
        requireNonNull(name, "name is null");
        parts = List.copyOf(parts);
        requireNonNull(tables, "tables is null");
        requireNonNull(rejection, "rejection is null");
        requireNonNull(reprocess, "reprocess is null");
    }

    /** A delivery received in this run, not yet read. */
    static Delivery received(int sequence, FileName name, List<Part> parts)
    {
        return new Delivery(sequence, name, parts, Optional.empty(), Optional.empty(), Optional.empty());
    }

    FileKind kind()
    {
        return name.kind();
    }

    boolean loadable()
    {
        return rejection.isEmpty();
    }

    Delivery withParts(List<Part> archived)
    {
        return new Delivery(sequence, name, archived, tables, rejection, reprocess);
    }

    Delivery withReprocess(Reprocess standing)
    {
        return new Delivery(sequence, name, parts, tables, rejection, Optional.of(standing));
    }

    Delivery withTables(ValidatedTables validated)
    {
        return new Delivery(sequence, name, parts, Optional.of(validated), Optional.empty(), reprocess);
    }

    Delivery rejected(FileRejectedException error)
    {
        return new Delivery(sequence, name, parts, tables, Optional.of(error), reprocess);
    }

    /**
     * How a delivery processed again from the archive stands: its archived files, the submission it was
     * loaded as (if it was), and for a feed whether it is still the file in force for its name.
     *
     * @param fileId the delivery's archived file (a CSV submission: its 组织信息 part), which orders it among arrivals
     */
    record Reprocess(long fileId, Optional<Long> submissionId, boolean feedInForce)
    {
        Reprocess
        {
            requireNonNull(submissionId, "submissionId is null");
        }
    }
}
