package io.bastion.ingest.simulation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How a date is written: canonical, or one of the messy but valid forms ingestion normalizes. */
enum DateStyle
{
    ISO,
    SLASHES,
    CHINESE,
    /** A plain number: days since 1899-12-30 (Excel's 1900 date system). */
    EXCEL_SERIAL,
    /** A real date cell in .xlsx; written as ISO text elsewhere. */
    EXCEL_DATE_CELL;

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    static long excelSerial(LocalDate date)
    {
        return ChronoUnit.DAYS.between(EXCEL_EPOCH, date);
    }

    String text(LocalDate date)
    {
        return switch (this) {
            case ISO, EXCEL_DATE_CELL -> date.toString();
            case SLASHES -> date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
            case CHINESE -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            case EXCEL_SERIAL -> Long.toString(excelSerial(date));
        };
    }
}
