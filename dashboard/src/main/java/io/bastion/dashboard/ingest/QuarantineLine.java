package io.bastion.dashboard.ingest;

/**
 * One rule a row broke: where (file, table, row, column), which rule, the value, and why in Chinese and
 * English — what the branch that sent it may read. The whole row as received is a {@link RawQuarantineRow}, for admins.
 */
public record QuarantineLine(
        long fileId,
        String fileName,
        String tableName,
        int rowNo,
        String columnName,
        String rule,
        String value,
        String chinese,
        String english) {}
