package io.bastion.dashboard.web;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes tables as an .xlsx workbook, one sheet each, with the page's headers and real numbers, dates and percentages. */
public final class Xlsx
{
    private static final int SHEET_NAME_LIMIT = 31;

    private Xlsx()
    {
    }

    public static void write(List<DataTable> tables, OutputStream out)
    {
        try {
            Workbook workbook = new Workbook(out, "Bastion", "1.0");
            Set<String> names = new HashSet<>();
            for (DataTable table : tables) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table.title(), names));
                write(table, sheet);
            }
            if (tables.isEmpty()) {
                workbook.newWorksheet("无数据").value(0, 0, "无数据 / no data");
            }
            workbook.finish();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(DataTable table, Worksheet sheet)
    {
        for (int column = 0; column < table.columns().size(); column++) {
            sheet.value(0, column, table.columns().get(column).label());
            sheet.style(0, column).bold().set();
            sheet.width(column, Math.max(10, Math.min(40, table.columns().get(column).label().length() * 2 + 4)));
        }
        int rowIndex = 1;
        for (Map<String, Object> row : table.rows()) {
            for (int column = 0; column < table.columns().size(); column++) {
                DataTable.Column header = table.columns().get(column);
                cell(sheet, rowIndex, column, header.kind(), row.get(header.key()));
            }
            rowIndex++;
        }
        if (table.rows().isEmpty()) {
            sheet.value(1, 0, table.emptyReason().orElse("无数据"));
        }
    }

    private static void cell(Worksheet sheet, int row, int column, DataTable.Kind kind, Object value)
    {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(row, column, number);
            if (kind == DataTable.Kind.RATE) {
                sheet.style(row, column).format("0.0%").set();
            }
            else if (kind == DataTable.Kind.SCORE) {
                sheet.style(row, column).format("0.0").set();
            }
        }
        else if (value instanceof Boolean flag) {
            sheet.value(row, column, flag ? "是" : "否");
        }
        else if (value instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("yyyy-mm-dd").set();
        }
        else if (value instanceof LocalDateTime time) {
            sheet.value(row, column, time);
            sheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
        }
        else if (value instanceof Map<?, ?> map && map.containsKey("name")) {
            sheet.value(row, column, String.valueOf(map.get("name")));
        }
        else {
            sheet.value(row, column, String.valueOf(value));
        }
    }

    private static String sheetName(String title, Set<String> taken)
    {
        String base = title.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
        if (base.isEmpty()) {
            base = "Sheet";
        }
        base = base.length() > SHEET_NAME_LIMIT - 3 ? base.substring(0, SHEET_NAME_LIMIT - 3) : base;
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
