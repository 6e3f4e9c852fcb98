package io.bastion.ingest.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bastion.ingest.format.InputTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes submissions and feeds as real senders would: .xlsx, CSV in their encodings, or JSON. */
final class OutputWriter
{
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path out;
    private final OutputTally tally;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    OutputWriter(Path out, OutputTally tally)
    {
        this.out = out;
        this.tally = tally;
    }

    void write(Submission submission)
    {
        Path folder = out.resolve("branches").resolve(submission.month().toString());
        folder = switch (submission.placement()) {
            case REGULAR -> folder;
            case RESUBMITTED -> folder.resolve("resubmitted");
            case MISMATCHED -> folder.resolve("mismatched");
        };
        createDirectories(folder);
        boolean counted = !submission.rejected();
        String baseName = submission.organizationCode() + "_" + submission.month();
        List<String> peopleHeaders = InputTable.PEOPLE.headers();
        if (!submission.anyoneLeft() && submission.organization().omitsEmptyLeftReason) {
            peopleHeaders = peopleHeaders.subList(0, peopleHeaders.size() - 1);
        }
        List<XlsxWriter.Sheet> sheets = List.of(
                new XlsxWriter.Sheet(InputTable.ORGANIZATION.sheetName(), InputTable.ORGANIZATION.headers(), List.of(submission.organizationRow())),
                new XlsxWriter.Sheet(InputTable.PEOPLE.sheetName(), peopleHeaders, submission.people()),
                new XlsxWriter.Sheet(InputTable.ORGANIZATION_LIFE.sheetName(), InputTable.ORGANIZATION_LIFE.headers(), submission.life()));
        tallyRows(InputTable.ORGANIZATION, List.of(submission.organizationRow()), counted);
        tallyRows(InputTable.PEOPLE, submission.people(), counted);
        tallyRows(InputTable.ORGANIZATION_LIFE, submission.life(), counted);
        SubmissionFormat format = submission.organization().format;
        switch (format) {
            case XLSX -> XlsxWriter.write(folder.resolve(baseName + ".xlsx"), sheets, submission.dateStyle(), tally, counted);
            case CSV -> {
                for (XlsxWriter.Sheet sheet : sheets) {
                    writeCsv(folder.resolve(baseName + "_" + sheet.name() + ".csv"), sheet, submission.organization().csvEncoding,
                            submission.dateStyle(), counted);
                    tally.file(SubmissionFormat.CSV);
                }
            }
            case JSON -> writeJson(folder.resolve(baseName + ".json"), sheets, submission.dateStyle(), counted);
        }
        if (format != SubmissionFormat.CSV) {
            tally.file(format);
        }
    }

    void write(FeedFile feed)
    {
        Path folder = out.resolve(feed.folder());
        createDirectories(folder);
        XlsxWriter.Sheet sheet = new XlsxWriter.Sheet(feed.table().sheetName(), feed.table().headers(), feed.rows());
        tallyRows(feed.table(), feed.rows(), true);
        if (feed.xlsx()) {
            XlsxWriter.write(folder.resolve(feed.baseName() + ".xlsx"), List.of(sheet), feed.dateStyle(), tally, true);
            tally.file(SubmissionFormat.XLSX);
            return;
        }
        DateStyle style = feed.dateStyle() == DateStyle.EXCEL_DATE_CELL ? DateStyle.ISO : feed.dateStyle();
        writeCsv(folder.resolve(feed.baseName() + ".csv"), sheet, CsvEncoding.UTF_8, style, true);
        tally.file(SubmissionFormat.CSV);
    }

    private void tallyRows(InputTable table, List<Row> rows, boolean counted)
    {
        for (Row row : rows) {
            tally.row(table, row, counted);
        }
    }

    private void writeCsv(Path file, XlsxWriter.Sheet sheet, CsvEncoding encoding, DateStyle style, boolean counted)
    {
        try (OutputStream stream = Files.newOutputStream(file)) {
            if (encoding.byteOrderMark()) {
                stream.write(BYTE_ORDER_MARK);
            }
            Writer writer = new OutputStreamWriter(stream, encoding.charset());
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
                printer.printRecord(sheet.headers());
                for (Row row : sheet.rows()) {
                    List<String> values = new ArrayList<>();
                    for (int column = 0; column < sheet.headers().size(); column++) {
                        values.add(text(row.value(column), style, counted));
                    }
                    printer.printRecord(values);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void writeJson(Path file, List<XlsxWriter.Sheet> sheets, DateStyle style, boolean counted)
    {
        ObjectNode root = json.createObjectNode();
        XlsxWriter.Sheet organization = sheets.get(0);
        root.set(organization.name(), object(organization.headers(), organization.rows().get(0), style, counted));
        for (XlsxWriter.Sheet sheet : sheets.subList(1, sheets.size())) {
            ArrayNode array = root.putArray(sheet.name());
            for (Row row : sheet.rows()) {
                array.add(object(sheet.headers(), row, style, counted));
            }
        }
        try {
            Files.write(file, json.writeValueAsBytes(root));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private ObjectNode object(List<String> headers, Row row, DateStyle style, boolean counted)
    {
        ObjectNode node = json.createObjectNode();
        for (int column = 0; column < headers.size(); column++) {
            Object value = row.value(column);
            if (value instanceof Integer number) {
                node.put(headers.get(column), number);
            }
            else if (value instanceof BigDecimal number) {
                node.put(headers.get(column), number);
            }
            else {
                node.put(headers.get(column), text(value, style, counted));
            }
        }
        return node;
    }

    private String text(Object value, DateStyle style, boolean counted)
    {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            tally.date(date, style, counted);
            return style.text(date);
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }

    void writeManifest(Manifest manifest)
    {
        try {
            Files.write(out.resolve("manifest.json"), json.writeValueAsBytes(manifest));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest in " + out, e);
        }
    }

    private static void createDirectories(Path folder)
    {
        try {
            Files.createDirectories(folder);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }
}
