package io.bastion.ingest.load;

import io.bastion.ingest.archive.Archive;
import io.bastion.ingest.format.FileKind;
import io.bastion.ingest.format.FileName;
import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.load.PendingReferences.Waiting;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Deliveries rebuilt from the archive, to be processed again: their files as archived and how they stand in the warehouse. */
final class ArchivedDeliveries
{
    private static final String FILE = "SELECT file_id, original_name, sha256, archive_path, size_bytes, run_id FROM archived_file WHERE file_id = ?";
    /** Files of the same kind that arrived later and were not refused: one of them may carry the same name key. */
    private static final String LATER_FILES = """
            SELECT original_name FROM archived_file WHERE file_kind = ? AND file_id > ? AND outcome IN ('LOADED', 'SUPERSEDED')
            """;
    private static final String SAME_NAME = "SELECT file_id, run_id FROM archived_file WHERE original_name = ? ORDER BY file_id";
    private static final String SUBMISSIONS_OF_FILE = "SELECT submission_id FROM fact_submission WHERE file_id = ?";

    private ArchivedDeliveries() {}

    /** The waiting delivery rebuilt from its archived files. */
    static Delivery of(DuckDBConnection connection, Archive archive, Waiting waiting)
            throws SQLException
    {
        List<Part> parts = new ArrayList<>();
        for (long fileId : waiting.fileIds()) {
            parts.add(part(connection, archive, fileId).orElseThrow(() -> new ReprocessRefusedException(ReprocessError.UNKNOWN_FILE, fileId)));
        }
        parts.sort(Comparator.comparing(part -> part.name().csvPart().orElse(InputTable.ORGANIZATION)));
        FileName name = parts.get(0).name();
        boolean inForce = name.kind() == FileKind.BRANCH_SUBMISSION || !replacedLater(connection, name, waiting.fileId());
        return Delivery.received(0, name, parts).withReprocess(new Delivery.Reprocess(waiting.fileId(), waiting.submissionId(), inForce));
    }

    /**
     * The delivery an archived file belongs to, when an admin asks for it to be processed again: the
     * file alone, or a CSV submission by its 组织信息 part with the other parts archived in the same run
     * (or, for a part resent unchanged, archived before).
     */
    static Waiting containing(DuckDBConnection connection, long fileId)
            throws SQLException
    {
        Optional<Waiting> pending = PendingReferences.containing(connection, fileId);
        if (pending.isPresent()) {
            return pending.get();
        }
        ArchivedRow file = row(connection, fileId).orElseThrow(() -> new ReprocessRefusedException(ReprocessError.UNKNOWN_FILE, fileId));
        FileName name = file.name();
        if (name.kind() != FileKind.BRANCH_SUBMISSION) {
            return new Waiting(fileId, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Optional<Long> submission = submissionOf(connection, fileId);
        if (name.csvPart().isEmpty()) {
            return new Waiting(fileId, Optional.empty(), Optional.empty(), submission);
        }
        if (name.csvPart().get() != InputTable.ORGANIZATION) {
            throw new ReprocessRefusedException(ReprocessError.NOT_THE_ORGANIZATION_PART, fileId);
        }
        String base = name.original().substring(0, name.original().length() - "组织信息.csv".length());
        long people = sibling(connection, file, base + InputTable.PEOPLE.sheetName() + ".csv");
        long life = sibling(connection, file, base + InputTable.ORGANIZATION_LIFE.sheetName() + ".csv");
        return new Waiting(fileId, Optional.of(people), Optional.of(life), submission);
    }

    private static long sibling(DuckDBConnection connection, ArchivedRow organizationPart, String name)
            throws SQLException
    {
        List<long[]> candidates = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SAME_NAME)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    candidates.add(new long[] {rows.getLong(1), rows.getLong(2)});
                }
            }
        }
        List<long[]> sameRun = candidates.stream().filter(candidate -> candidate[1] == organizationPart.runId()).toList();
        if (sameRun.size() == 1) {
            return sameRun.get(0)[0];
        }
        List<long[]> before = candidates.stream().filter(candidate -> candidate[0] < organizationPart.fileId()).toList();
        if (sameRun.isEmpty() && !before.isEmpty()) {
            return before.get(before.size() - 1)[0];
        }
        throw new ReprocessRefusedException(ReprocessError.PARTS_NOT_FOUND, organizationPart.fileId());
    }

    /** The submission loaded from the file, if one was; a 组织信息 part resent unchanged by two submissions cannot tell them apart. */
    private static Optional<Long> submissionOf(DuckDBConnection connection, long fileId)
            throws SQLException
    {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SUBMISSIONS_OF_FILE)) {
            statement.setLong(1, fileId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        if (ids.size() > 1) {
            throw new ReprocessRefusedException(ReprocessError.PARTS_NOT_FOUND, fileId);
        }
        return ids.stream().findFirst();
    }

    /** A feed is replaced by a later file with the same name key (a later 分类定级_2025Q1, whatever its extension). */
    private static boolean replacedLater(DuckDBConnection connection, FileName name, long fileId)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(LATER_FILES)) {
            statement.setString(1, name.kind().name());
            statement.setLong(2, fileId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (FileName.parse(rows.getString(1)).map(FileName::key).filter(name.key()::equals).isPresent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Optional<Part> part(DuckDBConnection connection, Archive archive, long fileId)
            throws SQLException
    {
        return row(connection, fileId).map(row -> new Part(archive.resolve(row.copy()), row.name(), row.copy()));
    }

    private static Optional<ArchivedRow> row(DuckDBConnection connection, long fileId)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(FILE)) {
            statement.setLong(1, fileId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                // Every archived name was recognized when it arrived.
                FileName name = FileName.parse(rows.getString(2)).orElseThrow();
                return Optional.of(new ArchivedRow(rows.getLong(1), name, new Archive.ArchivedCopy(rows.getString(3), rows.getString(4), rows.getLong(5)),
                        rows.getLong(6)));
            }
        }
    }

    private record ArchivedRow(long fileId, FileName name, Archive.ArchivedCopy copy, long runId) {}
}
