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
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a CSV table with Commons CSV. The encoding is told apart the way a person would: a byte
 * order mark means UTF-8 or UTF-16 (Excel's "Unicode text"); text that decodes as strict UTF-8 is
 * UTF-8; otherwise GB18030. Commas or tabs separate the values, whichever the first lines use.
 * A row's number is the physical line it starts on, as a text editor shows it.
 */
final class CsvReader
{
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFFED_LINES = 10;

    private CsvReader() {}

    static RawTable read(byte[] bytes, String fileName, InputTable table)
    {
        String text = decode(bytes, fileName);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setDelimiter(delimiter(text)).get();
        HeaderedRows rows = new HeaderedRows(table, fileName);
        int[] lineStarts = lineStarts(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add(lineOf(lineStarts, firstCharacter(text, record.getCharacterPosition())), record.toList(), i -> false);
            }
        }
        catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new FileRejectedException(FileError.NOT_TEXT, fileName, "CSV 无法解析：" + e.getMessage(), "the CSV cannot be parsed: " + e.getMessage());
        }
        return rows.finish();
    }

    static String decode(byte[] bytes, String fileName)
    {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return utf8(bytes, 3).orElseThrow(() -> notText(fileName));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, fileName);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, fileName);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new FileRejectedException(FileError.NOT_TEXT, fileName, "含有二进制内容", "it contains binary content");
            }
        }
        return utf8(bytes, 0).orElseGet(() -> strict(bytes, 0, GB18030, fileName));
    }

    /**
     * The bytes as strict UTF-8, or empty when they are not. String's own decoder is several times faster than a
     * CharsetDecoder and puts U+FFFD for every malformed sequence: text without one decoded cleanly; text with one is
     * decoded again strictly, as it may hold a U+FFFD that was sent.
     */
    private static Optional<String> utf8(byte[] bytes, int offset)
    {
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return Optional.of(text);
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        }
        catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    /** Tabs when the first lines hold more tabs than commas (a tab-separated export), else commas. */
    private static char delimiter(String text)
    {
        int tabs = 0;
        int commas = 0;
        int lines = 0;
        for (int i = 0; i < text.length() && lines < SNIFFED_LINES; i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                tabs++;
            }
            else if (c == ',') {
                commas++;
            }
            else if (c == '\n') {
                lines++;
            }
        }
        return tabs > commas ? '\t' : ',';
    }

    /** The offset at which each physical line starts (after \n, \r\n or a lone \r). */
    private static int[] lineStarts(String text)
    {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** A record's position is where the parser began looking for it: before the blank lines it skipped. */
    private static long firstCharacter(String text, long position)
    {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    private static int lineOf(int[] lineStarts, long position)
    {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
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
            throw notText(fileName);
        }
    }

    private static FileRejectedException notText(String fileName)
    {
        return new FileRejectedException(FileError.NOT_TEXT, fileName, "既不是 UTF-8 也不是 GB18030 编码", "neither UTF-8 nor GB18030");
    }
}
