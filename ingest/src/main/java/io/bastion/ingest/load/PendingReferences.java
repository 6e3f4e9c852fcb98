package io.bastion.ingest.load;

import io.bastion.ingest.format.FileKind;
import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.validation.RejectedRow;
import io.bastion.ingest.validation.Violation;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The table pending_reference: deliveries with rows refused only because a code they name was not
 * known yet. A load writes the codes each delivery still misses; at the end of every run the
 * deliveries whose codes have become known are processed again from the archive.
 */
final class PendingReferences
{
    private static final String ALL = "SELECT file_id, people_file_id, life_file_id, submission_id, reference, code FROM pending_reference";
    private static final String FORGET = """
            DELETE FROM pending_reference
            WHERE file_id = ? AND people_file_id IS NOT DISTINCT FROM ? AND life_file_id IS NOT DISTINCT FROM ?
            """;

    private PendingReferences() {}

    /** What a code refers to. */
    enum Reference
    {
        ORGANIZATION,
        UNIT
    }

    /** A code a delivery names that is not known. */
    record Missing(Reference reference, String code)
    {
        Missing
        {
            requireNonNull(reference, "reference is null");
            requireNonNull(code, "code is null");
        }
    }

    /**
     * A delivery waiting for codes: its archived files (a CSV submission's three parts) and the
     * submission it was loaded as, if it was.
     */
    record Waiting(long fileId, Optional<Long> peopleFileId, Optional<Long> lifeFileId, Optional<Long> submissionId)
    {
        Waiting
        {
            requireNonNull(peopleFileId, "peopleFileId is null");
            requireNonNull(lifeFileId, "lifeFileId is null");
            requireNonNull(submissionId, "submissionId is null");
        }

        List<Long> fileIds()
        {
            List<Long> ids = new ArrayList<>();
            ids.add(fileId);
            peopleFileId.ifPresent(ids::add);
            lifeFileId.ifPresent(ids::add);
            return ids;
        }
    }

    /** The codes the reference check refused rows of the delivery for. */
    static Set<Missing> missing(Delivery delivery)
    {
        Set<Missing> missing = new LinkedHashSet<>();
        for (RejectedRow row : delivery.tables().map(tables -> tables.rejected()).orElse(List.of())) {
            for (Violation violation : row.violations()) {
                switch (violation.rule()) {
                    case UNKNOWN_ORGANIZATION, UNKNOWN_PARENT_ORGANIZATION -> missing.add(new Missing(Reference.ORGANIZATION, violation.value()));
                    case UNKNOWN_UNIT -> missing.add(new Missing(Reference.UNIT, violation.value()));
                    default -> { }
                }
            }
        }
        return missing;
    }

    /** Every waiting delivery with the codes it misses, in the order they were found. */
    static Map<Waiting, Set<Missing>> all(DuckDBConnection connection)
            throws SQLException
    {
        Map<Waiting, Set<Missing>> waiting = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(ALL + " ORDER BY run_id, file_id")) {
            while (rows.next()) {
                Waiting delivery = new Waiting(rows.getLong(1), optional(rows, 2), optional(rows, 3), optional(rows, 4));
                waiting.computeIfAbsent(delivery, key -> new LinkedHashSet<>()).add(new Missing(Reference.valueOf(rows.getString(5)), rows.getString(6)));
            }
        }
        return waiting;
    }

    /** The waiting deliveries of which at least one code is known now. */
    static List<Waiting> ready(DuckDBConnection connection, References references)
            throws SQLException
    {
        List<Waiting> ready = new ArrayList<>();
        all(connection).forEach((delivery, missing) -> {
            if (missing.stream().anyMatch(code -> references.knows(code.reference(), code.code()))) {
                ready.add(delivery);
            }
        });
        return ready;
    }

    /** The waiting delivery an archived file belongs to, if it waits. */
    static Optional<Waiting> containing(DuckDBConnection connection, long fileId)
            throws SQLException
    {
        return all(connection).keySet().stream().filter(waiting -> waiting.fileIds().contains(fileId)).findFirst();
    }

    /** Forgets what a delivery processed again waited for; what it still misses is written anew by {@link #append}. */
    static void forget(DuckDBConnection connection, Waiting delivery)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(FORGET)) {
            statement.setLong(1, delivery.fileId());
            setOptional(statement, 2, delivery.peopleFileId());
            setOptional(statement, 3, delivery.lifeFileId());
            statement.executeUpdate();
        }
    }

    /** Writes the codes the delivery misses, if any, with the submission it was loaded as. */
    static void append(Appenders appenders, long runId, Delivery delivery, Map<Part, Long> fileIds, Optional<Long> submissionId)
            throws SQLException
    {
        Set<Missing> missing = missing(delivery);
        if (missing.isEmpty()) {
            return;
        }
        Waiting waiting = waiting(delivery, fileIds, submissionId);
        DuckDBAppender table = appenders.table("pending_reference");
        for (Missing code : missing) {
            table.beginRow().append(waiting.fileId());
            optional(table, waiting.peopleFileId());
            optional(table, waiting.lifeFileId());
            optional(table, waiting.submissionId());
            table.append(code.reference().name()).append(code.code()).append(runId).endRow();
        }
    }

    /** The delivery as pending_reference names it: its main file, and a CSV submission's other two parts. */
    static Waiting waiting(Delivery delivery, Map<Part, Long> fileIds, Optional<Long> submissionId)
    {
        if (delivery.kind() != FileKind.BRANCH_SUBMISSION || delivery.parts().size() == 1) {
            return new Waiting(fileIds.get(delivery.parts().get(0)), Optional.empty(), Optional.empty(), submissionId);
        }
        return new Waiting(SubmissionAppender.fileOf(delivery, fileIds, InputTable.ORGANIZATION),
                Optional.of(SubmissionAppender.fileOf(delivery, fileIds, InputTable.PEOPLE)),
                Optional.of(SubmissionAppender.fileOf(delivery, fileIds, InputTable.ORGANIZATION_LIFE)), submissionId);
    }

    private static Optional<Long> optional(ResultSet rows, int column)
            throws SQLException
    {
        long value = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static void optional(DuckDBAppender appender, Optional<Long> value)
            throws SQLException
    {
        if (value.isPresent()) {
            appender.append(value.get().longValue());
        }
        else {
            appender.appendNull();
        }
    }

    private static void setOptional(PreparedStatement statement, int index, Optional<Long> value)
            throws SQLException
    {
        if (value.isPresent()) {
            statement.setLong(index, value.get());
        }
        else {
            statement.setNull(index, java.sql.Types.BIGINT);
        }
    }
}
