package io.bastion.ingest.simulation;

import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.validation.Rule;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Counts what the writers wrote: files by form, rows by table, messy dates by form, bad rows by rule. */
final class OutputTally
{
    final Map<SubmissionFormat, Long> files = new EnumMap<>(SubmissionFormat.class);
    final Map<InputTable, Long> rows = new EnumMap<>(InputTable.class);
    final Map<DateStyle, Long> messyDates = new EnumMap<>(DateStyle.class);
    final Map<Rule, Long> badRows = new EnumMap<>(Rule.class);

    void file(SubmissionFormat format)
    {
        files.merge(format, 1L, Long::sum);
    }

    void row(InputTable table, Row row, boolean counted)
    {
        rows.merge(table, 1L, Long::sum);
        if (counted) {
            row.violation().ifPresent(rule -> badRows.merge(rule, 1L, Long::sum));
        }
    }

    /** A date written in a non-canonical form that ingestion will normalize (refused files excluded). */
    void date(LocalDate date, DateStyle style, boolean counted)
    {
        if (counted && style != DateStyle.ISO) {
            messyDates.merge(style, 1L, Long::sum);
        }
    }
}
