package io.bastion.ingest.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads back everything the generator wrote, the way a receiver would and without the generator's
 * code: every row of every table as header → text, grouped by the table's Chinese name.
 */
final class WrittenFiles
{
    private final Map<String, List<Map<String, String>>> rowsByTable = new LinkedHashMap<>();
    private final Map<String, List<SourcedRow>> sourcedByTable = new LinkedHashMap<>();
    private Path current;

    /** A row with the file it came from. */
    record SourcedRow(Path file, Map<String, String> values) {}

    private WrittenFiles() {}

    static WrittenFiles read(Path out)
    {
        WrittenFiles files = new WrittenFiles();
        try (Stream<Path> paths = Files.walk(out)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.readFile(file);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    List<Map<String, String>> rows(String table)
    {
        return rowsByTable.getOrDefault(table, List.of());
    }

    List<SourcedRow> sourced(String table)
    {
        return sourcedByTable.getOrDefault(table, List.of());
    }

    Map<String, List<Map<String, String>>> all()
    {
        return rowsByTable;
    }

    private void readFile(Path file) throws IOException
    {
        String name = file.getFileName().toString();
        if (name.equals("manifest.json")) {
            return;
        }
        current = file;
        if (name.endsWith(".xlsx")) {
            readWorkbook(file);
        }
        else if (name.endsWith(".csv")) {
            readCsv(file, tableOfCsv(name));
        }
        else if (name.endsWith(".json")) {
            readJson(file);
        }
        else {
            throw new AssertionError("unexpected file " + file);
        }
    }

    /** {@code P01B0001_2025-03_人员信息.csv} → 人员信息; {@code 企业名录_2025-03.csv} → 企业名录; {@code 示范点.csv} → 示范点. */
    private static String tableOfCsv(String name)
    {
        String stem = name.substring(0, name.length() - ".csv".length());
        String[] parts = stem.split("_");
        return parts.length == 3 ? parts[2] : parts[0];
    }

    private void readWorkbook(Path file) throws IOException
    {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<String>> records = new ArrayList<>();
                try (Stream<org.dhatim.fastexcel.reader.Row> rows = sheet.openStream()) {
                    rows.forEach(row -> {
                        List<String> cells = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            cells.add(row.getCellText(i));
                        }
                        records.add(cells);
                    });
                }
                add(sheet.getName(), records);
            }
        }
    }

    private void readCsv(Path file, String table) throws IOException
    {
        byte[] bytes = Files.readAllBytes(file);
        String text = decode(bytes);
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        }
        add(table, records);
    }

    /** A BOM means UTF-8; otherwise UTF-8 if it decodes strictly, else GB18030. */
    static String decode(byte[] bytes)
    {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        }
        catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private void readJson(Path file) throws IOException
    {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isArray()) {
                field.getValue().forEach(element -> keep(field.getKey(), object(element)));
            }
            else {
                keep(field.getKey(), object(field.getValue()));
            }
        }
    }

    private static Map<String, String> object(JsonNode node)
    {
        Map<String, String> row = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> row.put(field.getKey(), field.getValue().asText()));
        return row;
    }

    private void add(String table, List<List<String>> records)
    {
        List<String> headers = records.get(0);
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                row.put(headers.get(i), i < record.size() && record.get(i) != null ? record.get(i) : "");
            }
            keep(table, row);
        }
    }

    private void keep(String table, Map<String, String> row)
    {
        rowsByTable.computeIfAbsent(table, ignored -> new ArrayList<>()).add(row);
        sourcedByTable.computeIfAbsent(table, ignored -> new ArrayList<>()).add(new SourcedRow(current, row));
    }
}
