package io.bastion.ingest.format;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV table with Commons CSV. The encoding is told apart the way a person would: a byte
 * order mark means UTF-8; text that decodes as strict UTF-8 is UTF-8; otherwise GB18030.
 */
final class CsvReader
{
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();

    private CsvReader() {}

    static RawTable read(byte[] bytes, String fileName, InputTable table)
    {
        String text = decode(bytes, fileName);
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            String[] positions = null;
            int recordNo = 0;
            for (CSVRecord record : parser) {
                recordNo++;
                if (positions == null) {
                    positions = Headers.positions(table, record.toList(), fileName);
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < Math.min(positions.length, record.size()); i++) {
                    String value = Headers.clean(record.get(i));
                    if (positions[i] != null && !value.isEmpty()) {
                        values.put(positions[i], value);
                    }
                }
                if (!values.isEmpty()) {
                    rows.add(new RawRow(recordNo, values));
                }
            }
            if (positions == null) {
                throw new FileRejectedException(FileError.MISSING_COLUMN, fileName, "没有表头", "there is no header row");
            }
        }
        catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new FileRejectedException(FileError.NOT_TEXT, fileName, "CSV 无法解析：" + e.getMessage(), "the CSV cannot be parsed: " + e.getMessage());
        }
        return new RawTable(table, fileName, rows);
    }

    static String decode(byte[] bytes, String fileName)
    {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8, fileName);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new FileRejectedException(FileError.NOT_TEXT, fileName, "含有二进制内容", "it contains binary content");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException notUtf8) {
            return strict(bytes, 0, GB18030, fileName);
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String fileName)
    {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        }
        catch (CharacterCodingException e) {
            throw new FileRejectedException(FileError.NOT_TEXT, fileName, "既不是 UTF-8 也不是 GB18030 编码", "neither UTF-8 nor GB18030");
        }
    }
}
