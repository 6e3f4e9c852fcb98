package io.bastion.dashboard.ingest;

/** One rule a row broke: where (file, table, row, column), which rule, the value, and why in Chinese and English. */
public record QuarantineLine(
        long fileId,
        String fileName,
        String tableName,
        int rowNo,
        String columnName,
        String rule,
        String value,
        String chinese,
        String english,
        String rawRow) {}
