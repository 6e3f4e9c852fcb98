package io.bastion.ingest.load;

import io.bastion.ingest.validation.RejectedRow;
import io.bastion.ingest.validation.ValidatedTables;
import io.bastion.ingest.validation.Violation;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the quarantine: one line per broken rule in the main schema (where, which rule, the value
 * and why, readable by the branch that sent it), and the whole row as received in
 * restricted.quarantine_raw_row, since it holds names and id numbers.
 */
final class Quarantine
{
    private static final String[] FORGET = {
            "DELETE FROM quarantine WHERE file_id = ?",
            "DELETE FROM restricted.quarantine_raw_row WHERE file_id = ?",
    };

    private Quarantine() {}

    static void append(Appenders appenders, long runId, Delivery delivery, Map<Part, Long> fileIds)
            throws SQLException
    {
        Optional<ValidatedTables> tables = delivery.tables();
        if (tables.isEmpty()) {
            return;
        }
        DuckDBAppender lines = appenders.quarantine();
        DuckDBAppender rawRows = appenders.table("restricted", "quarantine_raw_row");
        for (RejectedRow row : tables.get().rejected()) {
            long fileId = SubmissionAppender.fileOfTable(delivery, fileIds, row.table());
            for (Violation violation : row.violations()) {
                lines.beginRow()
                        .append(runId).append(fileId).append(row.table()).append(row.raw().rowNo()).append(violation.column())
                        .append(violation.rule().name()).append(violation.value()).append(violation.chinese()).append(violation.english())
                        .endRow();
            }
            rawRows.beginRow().append(runId).append(fileId).append(row.table()).append(row.raw().rowNo()).append(RawRows.json(row.raw())).endRow();
        }
    }

    /** Deletes the lines of files processed again: their new lines replace them. */
    static void forget(DuckDBConnection connection, List<Long> fileIds)
            throws SQLException
    {
        if (fileIds.isEmpty()) {
            return;
        }
        for (String sql : FORGET) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (long fileId : fileIds) {
                    statement.setLong(1, fileId);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }
}
