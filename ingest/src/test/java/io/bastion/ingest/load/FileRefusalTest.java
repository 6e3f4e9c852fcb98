package io.bastion.ingest.load;

import io.bastion.ingest.format.FileName;
import io.bastion.ingest.load.FileOutcome.Outcome;
import io.bastion.ingest.load.TinyPark.Format;
import io.bastion.ingest.load.TinyPark.Submission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files refused as a whole: each gets its exact message in Chinese and English (what was wrong and
 * what to do), and nothing a reader of the warehouse can see changes.
 */
class FileRefusalTest
{
    private static final long MEGABYTE = 1024 * 1024;

    @TempDir
    Path temp;
    private TestWarehouse warehouse;
    private Path drop;

    @BeforeEach
    void loadTheTinyPark()
    {
        warehouse = new TestWarehouse(temp);
        Path base = temp.resolve("base");
        TinyPark.registry(base, "2025-03");
        TinyPark.committee(base, "2025-03", "2025-04-03");
        TinyPark.branch(base, "2025-03", "2025-04-02");
        warehouse.ingest(base);
        drop = temp.resolve("drop");
    }

    @AfterEach
    void close()
    {
        warehouse.close();
    }

    static Stream<Refusal> refusals()
    {
        return Stream.of(
                new Refusal("refusesATruncatedWorkbook", FileRefusalTest::truncatedWorkbook, Outcome.REJECTED,
                        "文件「B001_2025-04.xlsx」被拒收：不是有效的 .xlsx 文件（可能已损坏或被截断）：文件不完整或已损坏，无法作为压缩包打开。请用 Excel 打开并另存为 .xlsx 后重新报送。",
                        "File 'B001_2025-04.xlsx' refused: not a valid .xlsx file (corrupt or truncated): it is incomplete or damaged and cannot be opened as a zip archive. Open it in Excel, save it as .xlsx and send it again."),
                new Refusal("refusesBinaryGarbageNamedAsAWorkbook", folder -> garbage(folder, "P001_2025-03.xlsx"), Outcome.REJECTED,
                        "文件「P001_2025-03.xlsx」被拒收：不是有效的 .xlsx 文件（可能已损坏或被截断）：文件不完整或已损坏，无法作为压缩包打开。请用 Excel 打开并另存为 .xlsx 后重新报送。",
                        "File 'P001_2025-03.xlsx' refused: not a valid .xlsx file (corrupt or truncated): it is incomplete or damaged and cannot be opened as a zip archive. Open it in Excel, save it as .xlsx and send it again."),
                new Refusal("refusesBinaryGarbageNamedAsJson", folder -> garbage(folder, "P001_2025-04.json"), Outcome.REJECTED,
                        "文件「P001_2025-04.json」被拒收：不是可识别的文本（UTF-8、UTF-16 或 GB18030）：含有二进制内容。请另存为 UTF-8 或 GB18030 编码的文本后重新报送。",
                        "File 'P001_2025-04.json' refused: not readable text (UTF-8, UTF-16 or GB18030): it contains binary content. Save it as UTF-8 or GB18030 text and send it again."),
                new Refusal("refusesBinaryGarbageNamedAsCsv", folder -> garbage(folder, "企业名录_2025-04.csv"), Outcome.REJECTED,
                        "文件「企业名录_2025-04.csv」被拒收：不是可识别的文本（UTF-8、UTF-16 或 GB18030）：含有二进制内容。请另存为 UTF-8 或 GB18030 编码的文本后重新报送。",
                        "File '企业名录_2025-04.csv' refused: not readable text (UTF-8, UTF-16 or GB18030): it contains binary content. Save it as UTF-8 or GB18030 text and send it again."),
                new Refusal("refusesAZipBomb", FileRefusalTest::zipBomb, Outcome.REJECTED,
                        "文件「B001_2025-04.xlsx」被拒收：压缩内容异常（解压后过大）：解压后超过 200 MB。请用 Excel 另存为普通 .xlsx 后重新报送。",
                        "File 'B001_2025-04.xlsx' refused: the compressed content is suspicious (it inflates far too much): it inflates past 200 MB. Save it from Excel as an ordinary .xlsx and send it again."),
                new Refusal("refusesAFileOfTwoHundredMegabytes", FileRefusalTest::twoHundredMegabytes, Outcome.REJECTED,
                        "文件「B001_2025-04.xlsx」被拒收：文件过大：大小 200 MB，上限 50 MB。请删去多余内容（如图片、空行、无关工作表）后重新报送。",
                        "File 'B001_2025-04.xlsx' refused: the file is too large: it has 200 MB, the limit is 50 MB. Remove what does not belong (pictures, empty rows, other sheets) and send it again."),
                new Refusal("refusesAFileWhoseNameAndContentDisagree", FileRefusalTest::nameSaysAprilContentSaysMarch, Outcome.REJECTED,
                        "文件「B001_2025-04.json」被拒收：文件名与内容不一致：文件名为 B001 / 2025-04，组织信息中为 B001 / 2025-03。请使文件名与表内的组织代码、报告月份或期间一致后重新报送。",
                        "File 'B001_2025-04.json' refused: the file name and its content disagree: the name says B001 / 2025-04, 组织信息 says B001 / 2025-03. Make the name and the code, month or period inside agree and send it again."),
                new Refusal("holdsBackACsvSubmissionMissingAPart", FileRefusalTest::csvWithoutLifePart, Outcome.WAITING,
                        "文件「B001_2025-04_组织信息.csv」暂缓处理：CSV 报送缺少部分文件：还缺少「组织生活」；同一报送的三个 CSV 须一起到达。请补发缺少的部分，已到的部分留待一起处理。",
                        "File 'B001_2025-04_组织信息.csv' is held back: a CSV submission is missing a part: the part 组织生活 has not arrived; the three CSV parts of a submission must arrive together. Send the missing part; the parts received wait for it."),
                new Refusal("refusesAWorkbookWithoutTheLifeSheet", FileRefusalTest::workbookWithoutLifeSheet, Outcome.REJECTED,
                        "文件「B001_2025-04.xlsx」被拒收：缺少工作表或数据表：缺少工作表「组织生活」。请按报送模板补齐后重新报送。",
                        "File 'B001_2025-04.xlsx' refused: a sheet or table is missing: the sheet '组织生活' is missing. Complete it from the submission template and send it again."),
                new Refusal("refusesACsvWithoutTheTopicColumn", FileRefusalTest::lifeWithoutTopicColumn, Outcome.REJECTED,
                        "文件「B001_2025-04_组织生活.csv」被拒收：缺少必需的列：组织生活 缺少列：主题（按第1行读表头；文件前几行为：第1行「活动日期 | 活动类型 | 应到人数 | 实到人数」）。请使用报送模板的表头后重新报送。",
                        "File 'B001_2025-04_组织生活.csv' refused: a required column is missing: 组织生活 lacks the column(s) 主题 (row 1 read as the header row; the first rows hold: row 1 '活动日期 | 活动类型 | 应到人数 | 实到人数'). Use the headers of the submission template and send it again."),
                new Refusal("refusesASymbolicLinkToAFileOutsideTheDropFolder", FileRefusalTest::linkToASubmissionElsewhere, Outcome.REJECTED,
                        "文件「B001_2025-04.json」被拒收：不是普通文件（符号链接、文件夹链接或设备文件），未读取：这是一个符号链接。请放入文件本身而不是链接后重新报送。",
                        "File 'B001_2025-04.json' refused: not a regular file (a symbolic link, a link to a folder or a device); it was not read: it is a symbolic link. Put the file itself in the drop folder, not a link to it, and send it again."),
                new Refusal("refusesAnEmptyFile", folder -> bytes(folder, "B001_2025-04.json", new byte[0]), Outcome.REJECTED,
                        "文件「B001_2025-04.json」被拒收：文件为空。请重新导出后再报送。",
                        "File 'B001_2025-04.json' refused: the file is empty. Export it again and resend it."),
                new Refusal("saysThePartsBesideARefusedOneWereRefusedBecauseOfIt", FileRefusalTest::peopleWithoutTheStageColumn, Outcome.REJECTED,
                        "文件「B001_2025-04_组织信息.csv」被拒收：因同一报送的「人员信息」被拒收（见文件「B001_2025-04_人员信息.csv」的说明）。改正后请把三个文件一起重新报送。",
                        "File 'B001_2025-04_组织信息.csv' refused: because 人员信息 of the same submission was refused (see the message for "
                                + "'B001_2025-04_人员信息.csv'). Once it is corrected, send the three files again together."),
                new Refusal("holdsBackThePartsBesideAnEmptyOneSayingItWasRefused", FileRefusalTest::emptyPeoplePart, Outcome.WAITING,
                        "文件「B001_2025-04_组织生活.csv」暂缓处理：CSV 报送缺少部分文件：「人员信息」被拒收（见文件「B001_2025-04_人员信息.csv」的说明）；"
                                + "同一报送的三个 CSV 须一起到达。请补发缺少的部分，已到的部分留待一起处理。",
                        "File 'B001_2025-04_组织生活.csv' is held back: a CSV submission is missing a part: the part 人员信息 was refused (see the message for "
                                + "'B001_2025-04_人员信息.csv'); the three CSV parts of a submission must arrive together. Send the missing part; the parts received wait for it."),
                new Refusal("refusesAnOldExcelWorkbook", folder -> oldWorkbook(folder, "B001_2025-04.xls"), Outcome.REJECTED,
                        "文件「B001_2025-04.xls」被拒收：不是 .xlsx 格式：「.xls」是旧版 Excel 的格式，只接收 .xlsx。请用 Excel/WPS 另存为 .xlsx 后重新报送。",
                        "File 'B001_2025-04.xls' refused: not in the .xlsx format: '.xls' is the format of old Excel versions; only .xlsx is accepted. "
                                + "Open it in Excel or WPS, save it as .xlsx and send it again."),
                new Refusal("refusesAWpsWorkbook", folder -> oldWorkbook(folder, "B001_2025-04.et"), Outcome.REJECTED,
                        "文件「B001_2025-04.et」被拒收：不是 .xlsx 格式：「.et」是 WPS 表格自己的格式，只接收 .xlsx。请用 Excel/WPS 另存为 .xlsx 后重新报送。",
                        "File 'B001_2025-04.et' refused: not in the .xlsx format: '.et' is WPS Spreadsheets' own format; only .xlsx is accepted. "
                                + "Open it in Excel or WPS, save it as .xlsx and send it again."),
                new Refusal("refusesAnOldWorkbookRenamedToXlsx", folder -> oldWorkbook(folder, "B001_2025-04.xlsx"), Outcome.REJECTED,
                        "文件「B001_2025-04.xlsx」被拒收：不是 .xlsx 格式：文件内容是旧版 .xls（或 WPS .et）格式，只是扩展名为 .xlsx。请用 Excel/WPS 另存为 .xlsx 后重新报送。",
                        "File 'B001_2025-04.xlsx' refused: not in the .xlsx format: its content is an old .xls (or WPS .et) workbook with the extension .xlsx. "
                                + "Open it in Excel or WPS, save it as .xlsx and send it again."),
                new Refusal("namesTheSuffixOfACopyToRemove", folder -> copyOfApril(folder, "B001_2025-04(1).xlsx"), Outcome.SKIPPED,
                        "文件「B001_2025-04(1).xlsx」被拒收：文件名不符合报送命名规则：文件名多了「(1)」，像是复制出来的副本：请删去它，改名为「B001_2025-04.xlsx」。请按命名规则改名后重新报送。",
                        "File 'B001_2025-04(1).xlsx' refused: the file name follows none of the naming rules: the name has '(1)' added, as a copy of a file gets: "
                                + "remove it and name the file 'B001_2025-04.xlsx'. Rename it by the naming rules and send it again."),
                new Refusal("namesTheSuffixOfAWindowsCopyToRemove", folder -> copyOfApril(folder, "B001_2025-04 - 副本.xlsx"), Outcome.SKIPPED,
                        "文件「B001_2025-04 - 副本.xlsx」被拒收：文件名不符合报送命名规则：文件名多了「- 副本」，像是复制出来的副本：请删去它，改名为「B001_2025-04.xlsx」。请按命名规则改名后重新报送。",
                        "File 'B001_2025-04 - 副本.xlsx' refused: the file name follows none of the naming rules: the name has '- 副本' added, as a copy of a file gets: "
                                + "remove it and name the file 'B001_2025-04.xlsx'. Rename it by the naming rules and send it again."),
                new Refusal("givesExampleNamesForANameFollowingNoRule", folder -> copyOfApril(folder, "甲科技党支部4月.xlsx"), Outcome.SKIPPED,
                        "文件「甲科技党支部4月.xlsx」被拒收：文件名不符合报送命名规则：支部报送应命名为如「B001_2025-04.xlsx」或「B001_2025-04.json」，或三个 CSV「B001_2025-04_组织信息.csv」"
                                + "「B001_2025-04_人员信息.csv」「B001_2025-04_组织生活.csv」（B001 换成本组织的组织代码，2025-04 换成报告月份）；委员会报表应命名为如「企业名录_2025-04.xlsx」"
                                + "「分类定级_2025Q1.xlsx」「示范点.xlsx」「联系点分配.xlsx」「联系点记录_2025-04.xlsx」「年度目标_2025.xlsx」。请按命名规则改名后重新报送。",
                        "File '甲科技党支部4月.xlsx' refused: the file name follows none of the naming rules: a branch submission is named like 'B001_2025-04.xlsx' or "
                                + "'B001_2025-04.json', or three CSV files 'B001_2025-04_组织信息.csv', 'B001_2025-04_人员信息.csv', 'B001_2025-04_组织生活.csv' "
                                + "(B001 being the organization's code, 2025-04 the report month); a committee feed like '企业名录_2025-04.xlsx', '分类定级_2025Q1.xlsx', "
                                + "'示范点.xlsx', '联系点分配.xlsx', '联系点记录_2025-04.xlsx', '年度目标_2025.xlsx'. Rename it by the naming rules and send it again."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesTheFileAndChangesNothing(Refusal refusal)
            throws SQLException
    {
        String before = warehouse.fingerprint();
        String name = refusal.write().apply(drop);

        RunSummary summary = warehouse.ingest(drop);

        FileOutcome outcome = summary.files().stream().filter(file -> file.fileName().equals(name)).findFirst().orElseThrow();
        assertThat(List.of(outcome.outcome(), outcome.chinese(), outcome.english()))
                .containsExactly(refusal.outcome(), refusal.chinese(), refusal.english());
        assertThat(summary.count(Outcome.LOADED)).isZero();
        assertThat(warehouse.fingerprint()).isEqualTo(before);
    }

    @Test
    void neverArchivesWhatALinkInTheDropFolderPointsTo()
            throws IOException, SQLException
    {
        Files.createDirectories(drop.resolve("folder"));
        linkToASubmissionElsewhere(drop);
        Path secrets = Files.createDirectories(temp.resolve("secrets"));
        TinyPark.registry(secrets, "2025-04");
        Files.createSymbolicLink(drop.resolve("folder").resolve("linked"), secrets);
        long archived = warehouse.count("archived_file");

        RunSummary summary = warehouse.ingest(drop);

        assertThat(summary.files()).extracting(file -> file.fileName() + " " + file.outcome())
                .containsExactlyInAnyOrder("B001_2025-04.json REJECTED", "linked SKIPPED");
        assertThat(warehouse.count("archived_file")).isEqualTo(archived);
        try (Stream<Path> copies = Files.walk(warehouse.archive())) {
            byte[] elsewhere = Files.readAllBytes(temp.resolve("elsewhere").resolve("B001_2025-04.json"));
            assertThat(copies.filter(Files::isRegularFile).map(FileRefusalTest::read)).noneMatch(bytes -> Arrays.equals(bytes, elsewhere));
        }
    }

    @Test
    void neverArchivesAFileRefusedForItsSize()
            throws IOException
    {
        twoHundredMegabytes(drop);

        warehouse.ingest(drop);

        try (Stream<Path> archived = Files.walk(warehouse.archive())) {
            assertThat(archived.filter(Files::isRegularFile).mapToLong(FileRefusalTest::size).max().orElse(0)).isLessThan(MEGABYTE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../P001_2025-03.xlsx", "..\\P001_2025-03.xlsx", "sub/P001_2025-03.xlsx", "sub\\P001_2025-03.xlsx",
            "/tmp/P001_2025-03.xlsx", "../B001_2025-03_组织信息.csv", "../示范点.csv", "..\\企业名录_2025-03.csv", "./年度目标_2025.xlsx"})
    void doesNotRecognizeANameWithAFolder(String name)
    {
        assertThat(FileName.parse(name)).isEmpty();
        assertThat(FileName.parse(name.substring(name.lastIndexOf(name.contains("/") ? '/' : '\\') + 1))).isPresent();
    }

    @Test
    void archivesNothingOutsideTheArchiveFolder()
            throws IOException, SQLException
    {
        Path inbox = temp.resolve("inbox");
        TinyPark.registry(inbox.resolve("a/b"), "2025-04");
        TinyPark.committee(inbox.resolve("a/.."), "2025-04", "2025-05-03");
        TinyPark.branch(inbox.resolve("c"), "2025-04", "2025-05-02");
        Set<Path> before = filesOutside(warehouse.archive());

        warehouse.ingest(inbox.resolve("a/.."));

        assertThat(filesOutside(warehouse.archive())).isEqualTo(before);
        Path root = warehouse.archive().toAbsolutePath().normalize();
        for (List<String> row : warehouse.rows("SELECT archive_path FROM archived_file")) {
            assertThat(root.resolve(row.get(0)).normalize()).startsWith(root);
        }
        assertThat(warehouse.query("SELECT string_agg(original_name, ',' ORDER BY original_name) FROM archived_file WHERE original_name LIKE '%2025-04%'"))
                .isEqualTo("B001_2025-04_人员信息.csv,B001_2025-04_组织信息.csv,B001_2025-04_组织生活.csv,P001_2025-04.json,企业名录_2025-04.csv");
    }

    private Set<Path> filesOutside(Path archive)
            throws IOException
    {
        try (Stream<Path> files = Files.walk(temp)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(archive))
                    .filter(file -> !file.getFileName().toString().startsWith("warehouse.duckdb"))
                    .collect(Collectors.toSet());
        }
    }

    /** A valid workbook cut in half. */
    private static String truncatedWorkbook(Path folder)
    {
        Path whole = folder.resolveSibling("whole");
        Format.XLSX.write(whole, april());
        byte[] bytes = read(whole.resolve("B001_2025-04.xlsx"));
        return bytes(folder, "B001_2025-04.xlsx", Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** Random bytes with NULs, from a fixed seed; the first byte a NUL, so it is no byte order mark. */
    private static String garbage(Path folder, String name)
    {
        byte[] bytes = new byte[64 * 1024];
        new Random(20250305).nextBytes(bytes);
        bytes[0] = 0;
        return bytes(folder, name, bytes);
    }

    /** A workbook-shaped zip whose sheet is 300 MB of zeros deflated to a few hundred KB. */
    private static String zipBomb(Path folder)
    {
        Path file = folder.resolve("B001_2025-04.xlsx");
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                byte[] zeros = new byte[(int) MEGABYTE];
                for (int i = 0; i < 300; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            assertThat(Files.size(file)).isLessThan(MEGABYTE);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.getFileName().toString();
    }

    /** A sparse file: 200 MB long, no data written. */
    private static String twoHundredMegabytes(Path folder)
    {
        Path file = folder.resolve("B001_2025-04.xlsx");
        try {
            Files.createDirectories(folder);
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(200 * MEGABYTE);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.getFileName().toString();
    }

    private static String nameSaysAprilContentSaysMarch(Path folder)
    {
        Submission march = TinyPark.branchSubmission("2025-03", "2025-04-02");
        Format.JSON.write(folder, new Submission("B001", "2025-04", march.organization(), march.people(), march.life()));
        return "B001_2025-04.json";
    }

    /** A valid submission written outside the drop folder, and a link to it inside. */
    private static String linkToASubmissionElsewhere(Path folder)
    {
        Path elsewhere = folder.resolveSibling("elsewhere");
        Format.JSON.write(elsewhere, april());
        try {
            Files.createDirectories(folder);
            Files.createSymbolicLink(folder.resolve("B001_2025-04.json"), elsewhere.resolve("B001_2025-04.json"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "B001_2025-04.json";
    }

    private static String csvWithoutLifePart(Path folder)
    {
        Format.CSV.write(folder, april());
        delete(folder.resolve("B001_2025-04_组织生活.csv"));
        return "B001_2025-04_组织信息.csv";
    }

    private static String workbookWithoutLifeSheet(Path folder)
    {
        Submission april = april();
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("组织信息", TinyPark.cells(TinyPark.ORGANIZATION_HEADER, List.of(april.organization())));
        sheets.put("人员信息", TinyPark.cells(TinyPark.PEOPLE_HEADER, april.people()));
        TinyPark.xlsx(folder.resolve("B001_2025-04.xlsx"), sheets);
        return "B001_2025-04.xlsx";
    }

    private static String lifeWithoutTopicColumn(Path folder)
    {
        Format.CSV.write(folder, april());
        TinyPark.write(folder.resolve("B001_2025-04_组织生活.csv"), StandardCharsets.UTF_8, "活动日期,活动类型,应到人数,实到人数", "2025-04-15,主题党日,3,2");
        return "B001_2025-04_组织生活.csv";
    }

    private static String peopleWithoutTheStageColumn(Path folder)
    {
        Format.CSV.write(folder, april());
        TinyPark.write(folder.resolve("B001_2025-04_人员信息.csv"), StandardCharsets.UTF_8, TinyPark.PEOPLE_HEADER.replace(",身份,", ",阶段,"),
                april().people().get(0));
        return "B001_2025-04_组织信息.csv";
    }

    private static String emptyPeoplePart(Path folder)
    {
        Format.CSV.write(folder, april());
        bytes(folder, "B001_2025-04_人员信息.csv", new byte[0]);
        return "B001_2025-04_组织生活.csv";
    }

    /** The first bytes of an OLE2 compound file, as every .xls and WPS .et begins, then zeros. */
    private static String oldWorkbook(Path folder, String name)
    {
        byte[] bytes = new byte[4096];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes(folder, name, bytes);
    }

    /** April's workbook saved under another name. */
    private static String copyOfApril(Path folder, String name)
    {
        Format.XLSX.write(folder, april());
        try {
            Files.move(folder.resolve("B001_2025-04.xlsx"), folder.resolve(name));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }

    private static Submission april()
    {
        return TinyPark.branchSubmission("2025-04", "2025-05-02");
    }

    private static String bytes(Path folder, String name, byte[] bytes)
    {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }

    private static byte[] read(Path file)
    {
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file)
    {
        try {
            Files.delete(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file)
    {
        try {
            return Files.size(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bad file written into the drop folder (returning its name), and the outcome and messages it must get. */
    record Refusal(String behaviour, Function<Path, String> write, Outcome outcome, String chinese, String english)
    {
        @Override
        public String toString()
        {
            return behaviour;
        }
    }
}
