package io.bastion.ingest.simulation;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx workbooks, one sheet per table, byte for byte reproducible: fastexcel stamps the
 * creation time into docProps/core.xml and the zip entries, so the archive is rewritten with a fixed stamp.
 */
final class XlsxWriter
{
    private static final LocalDateTime FIXED_STAMP = LocalDateTime.of(2020, 1, 1, 0, 0);
    private static final String CREATED = "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2020-01-01T00:00:00.000Z</dcterms:created>";

    private XlsxWriter() {}

    /** A sheet to write: its name, headers and rows, each row cut to the headers' length. */
    record Sheet(String name, List<String> headers, List<Row> rows) {}

    static void write(Path file, List<Sheet> sheets, DateStyle style, OutputTally tally, boolean counted)
    {
        ByteArrayOutputStream workbookBytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(workbookBytes, "Bastion", "1.0")) {
            for (Sheet sheet : sheets) {
                Worksheet worksheet = workbook.newWorksheet(sheet.name());
                for (int column = 0; column < sheet.headers().size(); column++) {
                    worksheet.value(0, column, sheet.headers().get(column));
                }
                for (int rowIndex = 0; rowIndex < sheet.rows().size(); rowIndex++) {
                    Row row = sheet.rows().get(rowIndex);
                    for (int column = 0; column < sheet.headers().size(); column++) {
                        cell(worksheet, rowIndex + 1, column, row.value(column), style, tally, counted);
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write workbook " + file, e);
        }
        try {
            Files.write(file, workbookBytes.toByteArray());
            Files.write(file, reproducible(file));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void cell(Worksheet worksheet, int row, int column, Object value, DateStyle style, OutputTally tally, boolean counted)
    {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate date) {
            tally.date(date, style, counted);
            if (style == DateStyle.EXCEL_DATE_CELL) {
                worksheet.value(row, column, date);
                worksheet.style(row, column).format("yyyy-mm-dd").set();
            }
            else if (style == DateStyle.EXCEL_SERIAL) {
                worksheet.value(row, column, DateStyle.excelSerial(date));
            }
            else {
                worksheet.value(row, column, style.text(date));
            }
            return;
        }
        if (value instanceof Integer || value instanceof BigDecimal) {
            worksheet.value(row, column, (Number) value);
            return;
        }
        worksheet.value(row, column, value.toString());
    }

    /** Reads the archive through its central directory (fastexcel streams entries with data descriptors). */
    private static byte[] reproducible(Path file) throws IOException
    {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream((int) Files.size(file) + 512);
        try (ZipFile in = new ZipFile(file.toFile());
                ZipOutputStream out = new ZipOutputStream(rewritten)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] content;
                try (InputStream stream = in.getInputStream(entry)) {
                    content = stream.readAllBytes();
                }
                if (entry.getName().equals("docProps/core.xml")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", CREATED)
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_STAMP);
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
        return rewritten.toByteArray();
    }
}
