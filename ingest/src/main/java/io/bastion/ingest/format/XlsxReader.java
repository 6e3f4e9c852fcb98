package io.bastion.ingest.format;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Reads the sheets of an .xlsx file with FastExcel, after checking the zip is not a bomb; each entry is inflated once. */
final class XlsxReader
{
    /** Like POI's ZipSecureFile: an entry that inflates more than 100-fold is refused. */
    private static final int MAX_INFLATE_RATIO = 100;
    private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Logger log = LoggerFactory.getLogger(XlsxReader.class);

    private XlsxReader() {}

    static List<RawTable> read(byte[] bytes, String fileName, List<InputTable> tables, boolean singleSheetFeed, long maxUncompressedBytes)
    {
        checkNotOldWorkbook(bytes, fileName);
        Inflated inflated = inflatedOnce(bytes, fileName, maxUncompressedBytes);
        try (ReadableWorkbook workbook = new ReadableWorkbook(inflated.open(), new ReadingOptions(true, false))) {
            DateFormats dateFormats = new DateFormats();
            List<RawTable> result = new ArrayList<>();
            for (InputTable table : tables) {
                Sheet sheet = findSheet(workbook, table, singleSheetFeed)
                        .orElseThrow(() -> new FileRejectedException(FileError.MISSING_SHEET, fileName,
                                "缺少工作表「" + table.sheetName() + "」", "the sheet '" + table.sheetName() + "' is missing"));
                result.add(readSheet(sheet, table, fileName, dateFormats));
            }
            return result;
        }
        catch (IOException | RuntimeException e) {
            if (e instanceof FileRejectedException rejected) {
                throw rejected;
            }
            log.warn("unreadable workbook {}", fileName, e);
            throw new FileRejectedException(FileError.NOT_XLSX, fileName, "工作簿无法解析", "the workbook cannot be parsed");
        }
    }

    /** The sheet of the table by its name, also when the name has blanks around it; a feed may be the first sheet. */
    private static Optional<Sheet> findSheet(ReadableWorkbook workbook, InputTable table, boolean singleSheetFeed)
    {
        Optional<Sheet> named = workbook.getSheets()
                .filter(sheet -> Headers.key(sheet.getName()).equals(Headers.key(table.sheetName())))
                .findFirst();
        if (named.isPresent() || !singleSheetFeed) {
            return named;
        }
        return Optional.of(workbook.getFirstSheet());
    }

    private static RawTable readSheet(Sheet sheet, InputTable table, String fileName, DateFormats dateFormats)
            throws IOException
    {
        HeaderedRows rows = new HeaderedRows(table, fileName);
        try (Stream<Row> stream = sheet.openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                int count = row.getCellCount();
                List<String> cells = new ArrayList<>(count);
                boolean[] numbers = new boolean[count];
                for (int i = 0; i < count; i++) {
                    Cell cell = row.getCell(i);
                    boolean number = cell != null && cell.getType() == CellType.NUMBER;
                    boolean date = number && dateFormats.isDate(cell);
                    // A number cell that is not a date: an id number stored so has lost its last digits.
                    numbers[i] = number && !date;
                    cells.add(text(cell, date));
                }
                rows.add(row.getRowNum(), cells, i -> numbers[i]);
            }
        }
        return rows.finish();
    }

    /** A cell as text; the blanks around it are left for the rows to trim. */
    private static String text(Cell cell, boolean date)
    {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER -> date ? cell.asDate().toLocalDate().toString() : Values.plainNumber(cell.asNumber());
            case BOOLEAN -> cell.asBoolean() ? "TRUE" : "FALSE";
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    /** Which number formats show dates, each format string judged once per workbook. */
    private static final class DateFormats
    {
        private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
        private static final Pattern BRACKETED = Pattern.compile("\\[[^]]*]");

        private final Map<String, Boolean> judged = new HashMap<>();

        boolean isDate(Cell cell)
        {
            Integer id = cell.getDataFormatId();
            if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
                return true;
            }
            String format = cell.getDataFormatString();
            if (format == null) {
                return false;
            }
            return judged.computeIfAbsent(format, DateFormats::showsDate);
        }

        private static boolean showsDate(String format)
        {
            String unquoted = BRACKETED.matcher(QUOTED.matcher(format).replaceAll("")).replaceAll("").toLowerCase();
            return unquoted.contains("y") || (unquoted.contains("d") && unquoted.contains("m"));
        }
    }

    /** An .xls (or WPS .et) renamed to .xlsx is an OLE2 compound file, not a zip: say so rather than "damaged". */
    private static void checkNotOldWorkbook(byte[] bytes, String fileName)
    {
        if (bytes.length >= OLE2_SIGNATURE.length && Arrays.equals(bytes, 0, OLE2_SIGNATURE.length, OLE2_SIGNATURE, 0, OLE2_SIGNATURE.length)) {
            throw new FileRejectedException(FileError.OLD_WORKBOOK_FORMAT, fileName, "文件内容是旧版 .xls（或 WPS .et）格式，只是扩展名为 .xlsx",
                    "its content is an old .xls (or WPS .et) workbook with the extension .xlsx");
        }
    }

    /**
     * Inflates every entry once, bounded: refuses truncated archives and bombs before the parser sees them,
     * and gives the parser the inflated entries (stored, not compressed again), so nothing is inflated twice.
     * Reads the central directory, not the local headers, because streaming writers (FastExcel among them)
     * put the sizes in data descriptors that a streaming reader misreads.
     */
    private static Inflated inflatedOnce(byte[] bytes, String fileName, long maxUncompressedBytes)
    {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.isEmpty()) {
                throw new FileRejectedException(FileError.NOT_XLSX, fileName, "压缩包中没有任何内容", "the zip archive holds nothing");
            }
            long total = 0;
            Map<String, byte[]> contents = new LinkedHashMap<>();
            for (ZipArchiveEntry entry : entries) {
                byte[] content = inflate(zip, entry, maxUncompressedBytes - total, fileName, maxUncompressedBytes);
                total += content.length;
                long compressed = entry.getCompressedSize();
                if (content.length > 1024 * 1024 && compressed > 0 && content.length / compressed > MAX_INFLATE_RATIO) {
                    throw new FileRejectedException(FileError.ZIP_BOMB, fileName,
                            "条目「" + entry.getName() + "」压缩比超过 " + MAX_INFLATE_RATIO + " 倍",
                            "entry '" + entry.getName() + "' inflates more than " + MAX_INFLATE_RATIO + "-fold");
                }
                // Of two entries with one name the parser reads the first.
                contents.putIfAbsent(entry.getName(), content);
            }
            return stored(contents);
        }
        catch (IOException e) {
            log.warn("not a zip archive: {}", fileName, e);
            throw new FileRejectedException(FileError.NOT_XLSX, fileName, "文件不完整或已损坏，无法作为压缩包打开",
                    "it is incomplete or damaged and cannot be opened as a zip archive");
        }
    }

    /** The entry inflated, into an array of the size it declares; refused once the file inflates past its limit. */
    private static byte[] inflate(ZipFile zip, ZipArchiveEntry entry, long left, String fileName, long maxUncompressedBytes)
            throws IOException
    {
        long declared = entry.getSize();
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] content = in.readNBytes((int) Math.min(Math.max(declared, 0), Math.min(left, Integer.MAX_VALUE - 8)));
            // An entry that holds more than it declares (or declares nothing) is read on, still bounded; one that holds what
            // it declares (every entry of a sound file) costs one more read() and no buffer.
            int next = in.read();
            if (next < 0) {
                return content;
            }
            ByteArrayOutputStream more = new ByteArrayOutputStream();
            more.write(content);
            more.write(next);
            byte[] buffer = new byte[64 * 1024];
            long read = content.length + 1L;
            int n;
            while (true) {
                if (read > left) {
                    throw new FileRejectedException(FileError.ZIP_BOMB, fileName,
                            "解压后超过 " + maxUncompressedBytes / (1024 * 1024) + " MB",
                            "it inflates past " + maxUncompressedBytes / (1024 * 1024) + " MB");
                }
                n = in.read(buffer);
                if (n <= 0) {
                    return more.toByteArray();
                }
                read += n;
                more.write(buffer, 0, n);
            }
        }
    }

    /** The entries again as a zip whose entries are stored, not compressed, written into one buffer of the right size. */
    private static Inflated stored(Map<String, byte[]> contents)
            throws IOException
    {
        long size = 22;
        for (Map.Entry<String, byte[]> entry : contents.entrySet()) {
            int name = entry.getKey().getBytes(StandardCharsets.UTF_8).length;
            size += 30 + 46 + 2L * name + entry.getValue().length;
        }
        Inflated buffer = new Inflated((int) Math.min(Integer.MAX_VALUE - 8, size + 1024));
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            for (Map.Entry<String, byte[]> content : contents.entrySet()) {
                ZipEntry entry = new ZipEntry(content.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.getValue().length);
                entry.setCompressedSize(content.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(content.getValue());
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(content.getValue());
                zip.closeEntry();
            }
        }
        return buffer;
    }

    /** A zip of stored entries in memory, read back without copying it. */
    private static final class Inflated
            extends ByteArrayOutputStream
    {
        Inflated(int size)
        {
            super(size);
        }

        InputStream open()
        {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }
}
