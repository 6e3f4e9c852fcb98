package io.bastion.ingest.format;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads the sheets of an .xlsx file with FastExcel, after checking the zip is not a bomb. */
final class XlsxReader
{
    /** Like POI's ZipSecureFile: an entry that inflates more than 100-fold is refused. */
    private static final int MAX_INFLATE_RATIO = 100;
    private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Logger log = LoggerFactory.getLogger(XlsxReader.class);

    private XlsxReader() {}

    static List<RawTable> read(Path file, String fileName, List<InputTable> tables, boolean singleSheetFeed, long maxUncompressedBytes)
    {
        checkNotOldWorkbook(file, fileName);
        checkZip(file, fileName, maxUncompressedBytes);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            List<RawTable> result = new ArrayList<>();
            for (InputTable table : tables) {
                Sheet sheet = findSheet(workbook, table, singleSheetFeed)
                        .orElseThrow(() -> new FileRejectedException(FileError.MISSING_SHEET, fileName,
                                "缺少工作表「" + table.sheetName() + "」", "the sheet '" + table.sheetName() + "' is missing"));
                result.add(readSheet(sheet, table, fileName));
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

    private static RawTable readSheet(Sheet sheet, InputTable table, String fileName)
            throws IOException
    {
        HeaderedRows rows = new HeaderedRows(table, fileName);
        try (Stream<Row> stream = sheet.openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                rows.add(row.getRowNum(), cells, i -> storedAsNumber(row.getCell(i)));
            }
        }
        return rows.finish();
    }

    private static String text(Cell cell)
    {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER -> isDateFormat(cell) ? cell.asDate().toLocalDate().toString() : Values.plainNumber(cell.asNumber());
            case BOOLEAN -> cell.asBoolean() ? "TRUE" : "FALSE";
            default -> Headers.clean(cell.getText());
        };
    }

    /** A number cell that is not a date: an id number stored so has lost its last digits. */
    private static boolean storedAsNumber(Cell cell)
    {
        return cell != null && cell.getType() == CellType.NUMBER && !isDateFormat(cell);
    }

    private static boolean isDateFormat(Cell cell)
    {
        Integer id = cell.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String unquoted = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase();
        return unquoted.contains("y") || (unquoted.contains("d") && unquoted.contains("m"));
    }

    /** An .xls (or WPS .et) renamed to .xlsx is an OLE2 compound file, not a zip: say so rather than "damaged". */
    private static void checkNotOldWorkbook(Path file, String fileName)
    {
        byte[] start = new byte[OLE2_SIGNATURE.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(start, 0, start.length) == start.length && Arrays.equals(start, OLE2_SIGNATURE)) {
                throw new FileRejectedException(FileError.OLD_WORKBOOK_FORMAT, fileName, "文件内容是旧版 .xls（或 WPS .et）格式，只是扩展名为 .xlsx",
                        "its content is an old .xls (or WPS .et) workbook with the extension .xlsx");
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Inflates every entry once, bounded: refuses truncated archives and bombs before the parser sees
     * them. Reads the central directory (ZipFile), not the local headers, because streaming writers
     * (FastExcel among them) put the sizes in data descriptors that ZipInputStream misreads.
     */
    private static void checkZip(Path file, String fileName, long maxUncompressedBytes)
    {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                entries++;
                long entryBytes = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        entryBytes += read;
                        total += read;
                        if (total > maxUncompressedBytes) {
                            throw new FileRejectedException(FileError.ZIP_BOMB, fileName,
                                    "解压后超过 " + maxUncompressedBytes / (1024 * 1024) + " MB",
                                    "it inflates past " + maxUncompressedBytes / (1024 * 1024) + " MB");
                        }
                    }
                }
                long compressed = entry.getCompressedSize();
                if (entryBytes > 1024 * 1024 && compressed > 0 && entryBytes / compressed > MAX_INFLATE_RATIO) {
                    throw new FileRejectedException(FileError.ZIP_BOMB, fileName,
                            "条目「" + entry.getName() + "」压缩比超过 " + MAX_INFLATE_RATIO + " 倍",
                            "entry '" + entry.getName() + "' inflates more than " + MAX_INFLATE_RATIO + "-fold");
                }
            }
        }
        catch (IOException e) {
            log.warn("not a zip archive: {}", fileName, e);
            throw new FileRejectedException(FileError.NOT_XLSX, fileName, "文件不完整或已损坏，无法作为压缩包打开",
                    "it is incomplete or damaged and cannot be opened as a zip archive");
        }
        if (entries == 0) {
            throw new FileRejectedException(FileError.NOT_XLSX, fileName, "压缩包中没有任何内容", "the zip archive holds nothing");
        }
    }
}
