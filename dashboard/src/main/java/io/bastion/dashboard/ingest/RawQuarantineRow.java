package io.bastion.dashboard.ingest;

/**
 * A quarantined row as received, names and id numbers included: for admins only. It joins its
 * {@link QuarantineLine}s on file, table and row.
 */
public record RawQuarantineRow(
        long fileId,
        String fileName,
        String tableName,
        int rowNo,
        String rawRow) {}
