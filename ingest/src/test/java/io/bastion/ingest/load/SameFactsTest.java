package io.bastion.ingest.load;

import io.bastion.ingest.load.Roster.Sheets;
import io.bastion.ingest.load.Roster.TextExport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static io.bastion.ingest.load.Roster.LIFE;
import static io.bastion.ingest.load.Roster.ORGANIZATION;
import static io.bastion.ingest.load.Roster.PEOPLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same submission as real tools save it — typed cells, a merged title row, headers and codes
 * spelled otherwise, dates in other spellings, UTF-16 and tab-separated text — loads exactly the
 * facts of the canonical file (DOMAIN.md §Inputs: what is unambiguous is normalized, not refused).
 */
class SameFactsTest
{
    private static final String SUBMITTED_ON = "2025-04-02";
    /** The facts of B001 a reader can see, without the ids of runs, files and submissions or the rows' numbers. */
    private static final List<String> FACTS = List.of(
            "SELECT org_code, month_key, submitted_on, on_time, is_current, people_rows, life_rows FROM fact_submission WHERE org_code = 'B001'",
            "SELECT * EXCLUDE (submission_id, run_id, file_id) FROM fact_organization_report WHERE org_code = 'B001'",
            "SELECT * EXCLUDE (submission_id, run_id, file_id) FROM fact_coverage_link WHERE org_code = 'B001'",
            "SELECT * FROM dim_organization WHERE org_code = 'B001'",
            """
            SELECT i.person_no, i.name, i.id_number, d.gender, d.ethnicity, d.birth_date, p.* EXCLUDE (submission_id, person_key, row_no, run_id, file_id)
            FROM fact_person_month p JOIN dim_person d USING (person_key) JOIN restricted.person_identity i USING (person_key)
            WHERE p.org_code = 'B001'""",
            """
            SELECT i.person_no, e.stage, e.event_date, e.month_key, e.org_code
            FROM fact_admission_event e JOIN restricted.person_identity i USING (person_key) WHERE e.org_code = 'B001'""",
            "SELECT * EXCLUDE (submission_id, row_no, run_id, file_id) FROM fact_organization_life WHERE org_code = 'B001'",
            "SELECT table_name, column_name, rule, value FROM quarantine");

    private static Path temp;
    private static List<List<List<String>>> canonicalFacts;

    @BeforeAll
    static void loadTheCanonicalFile()
            throws IOException, SQLException
    {
        temp = Files.createTempDirectory("same-facts");
        canonicalFacts = facts(folder -> Roster.xlsx(folder.resolve("B001_2025-03.xlsx"), Roster.canonical(SUBMITTED_ON)), "canonical");
        assertThat(canonicalFacts.get(4)).hasSize(13);
        assertThat(canonicalFacts.get(7)).isEmpty();
    }

    @AfterAll
    static void deleteTheFolder()
            throws IOException
    {
        try (Stream<Path> files = Files.walk(temp)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    static Stream<Variant> variants()
    {
        Sheets canonical = Roster.canonical(SUBMITTED_ON);
        return Stream.of(
                // Part 1: 流动党员 / 纳入管理 / 业务骨干 in the other unambiguous spellings
                workbook("yesNoAsYAndN", flags(canonical, "Y", "N")),
                workbook("yesNoAsLowerCaseYesAndNo", flags(canonical, "yes", "no")),
                workbook("yesNoAsTickAndCross", flags(canonical, "√", "×")),
                workbook("yesNoAsNumberCellsOneAndZero", flags(canonical, 1, 0)),
                workbook("yesNoAsBooleanCells", flags(canonical, Boolean.TRUE, Boolean.FALSE)),
                workbook("yesNoAsTextTrueAndFalse", flags(canonical, "TRUE", "false")),
                workbook("yesNoAsShiDeAndBuShi", flags(canonical, "是的", "不是")),
                workbook("idNumberCellsHoldingAllEighteenDigits", canonical.column(PEOPLE, "公民身份号码",
                        id -> id.toString().endsWith("X") ? id : new BigDecimal(id.toString()))),
                // Part 2: a title row, merged across the columns, above every header
                workbook("aMergedTitleRowAboveEachHeader", canonical.titled(sheet -> "甲科技党支部" + sheet + "表（2025年3月）")),
                workbook("headersWithBlanksLineBreaksAndRequiredMarks", canonical
                        .header(PEOPLE, "流动党员", "流动\u00A0党员")
                        .header(PEOPLE, "公民身份号码", "公民身份\n号码")
                        .header(PEOPLE, "人员编号", "*人员编号")
                        .header(PEOPLE, "姓名", "姓名（必填）")
                        .header(PEOPLE, "身份", "身份(必填)")
                        .header(ORGANIZATION, "报送日期", " 报送日期 ")
                        .header(LIFE, "活动日期", "＊活动日期")),
                workbook("sheetNamesWithBlanksAround", canonical.renamed(PEOPLE, " 人员信息 ").renamed(LIFE, "组织生活 ")),
                workbook("idNumberEndingInLowerCaseX", canonical.column(PEOPLE, "公民身份号码", id -> id.toString().replace('X', 'x'))),
                workbook("codesWithSpacesHyphensAndLowerCase", canonical
                        .column(PEOPLE, "公民身份号码", id -> id.toString().substring(0, 6) + " " + id.toString().substring(6, 14) + "-" + id.toString().substring(14))
                        .column(PEOPLE, "工作单位", code -> code.toString().toLowerCase().substring(0, 8) + "-" + code.toString().toLowerCase().substring(8))
                        .column(ORGANIZATION, "覆盖单位", code -> " " + code.toString().substring(0, 9) + " " + code.toString().substring(9).toLowerCase())),
                workbook("datesAsDateCells", dates(canonical, LocalDate::parse)),
                workbook("datesAsDateTimeCells", dates(canonical, date -> LocalDate.parse(date).atStartOfDay())),
                workbook("datesWithDots", dates(canonical, date -> dotted(LocalDate.parse(date)))),
                workbook("datesWithMidnightAsDatabasesExportThem", dates(canonical, date -> date + " 00:00:00")),
                workbook("datesAsExcelsCsvExportWritesThem", dates(canonical, date -> slashed(LocalDate.parse(date)) + " 0:00")),
                workbook("datesInFullWidthDigits", dates(canonical, date -> fullWidth(date))),
                textExport("csvInUtf16WithTabsAsExcelsUnicodeText", canonical, new TextExport(StandardCharsets.UTF_16LE, true, '\t', "csv")),
                textExport("csvInUtf16WithCommas", canonical, new TextExport(StandardCharsets.UTF_16LE, true, ',', "csv")),
                textExport("csvInUtf8WithTabs", canonical, new TextExport(StandardCharsets.UTF_8, false, '\t', "csv")),
                textExport("csvWithATitleRowAboveTheHeader", canonical.titled(sheet -> "甲科技党支部" + sheet + "表"),
                        new TextExport(Charset.forName("GB18030"), false, ',', "csv")),
                textExport("csvInGb18030WithAnUpperCaseExtension", canonical, new TextExport(Charset.forName("GB18030"), false, ',', "CSV")),
                new Variant("xlsxWithAnUpperCaseExtension", folder -> Roster.xlsx(folder.resolve("B001_2025-03.XLSX"), canonical)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void loadsTheFactsOfTheCanonicalFile(Variant variant)
            throws SQLException
    {
        assertThat(facts(variant.files(), variant.name())).isEqualTo(canonicalFacts);
    }

    @Test
    void loadsARegistrySpelledOtherwiseAsTheCanonicalOne()
            throws SQLException
    {
        List<String> lines = TinyPark.registryCsv().lines().toList();
        StringBuilder spelled = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            cells[0] = cells[0].substring(0, 8).toLowerCase() + "-" + cells[0].substring(8).toLowerCase();
            cells[8] = cells[8].equals("是") ? "Y" : "N";
            cells[9] = cells[9].equals("是") ? "√" : "×";
            spelled.append(String.join(",", cells)).append('\n');
        }

        assertThat(registryFacts(spelled.toString(), "registry-spelled")).isEqualTo(registryFacts(TinyPark.registryCsv(), "registry-canonical"));
    }

    private static List<List<String>> registryFacts(String csv, String name)
            throws SQLException
    {
        Path folder = temp.resolve(name);
        TinyPark.write(folder.resolve("inbox").resolve("企业名录_2025-03.csv"), StandardCharsets.UTF_8, csv.strip());
        try (TestWarehouse warehouse = new TestWarehouse(folder)) {
            warehouse.ingest(folder.resolve("inbox"));
            assertThat(warehouse.count("quarantine")).isZero();
            return rows(warehouse, "SELECT * EXCLUDE (run_id, file_id) FROM fact_enterprise_month");
        }
    }

    /** Loads the tiny park's registry and committee and the given files into a fresh warehouse, and reads B001's facts. */
    private static List<List<List<String>>> facts(Consumer<Path> files, String name)
            throws SQLException
    {
        Path folder = temp.resolve(name);
        Path inbox = folder.resolve("inbox");
        TinyPark.registry(inbox, Roster.MONTH);
        TinyPark.committee(inbox, Roster.MONTH, "2025-04-03");
        files.accept(inbox);
        try (TestWarehouse warehouse = new TestWarehouse(folder)) {
            warehouse.ingest(inbox);
            return FACTS.stream().map(sql -> rows(warehouse, sql)).toList();
        }
    }

    private static List<List<String>> rows(TestWarehouse warehouse, String sql)
    {
        try {
            return warehouse.rows("SELECT * FROM (" + sql + ") ORDER BY ALL");
        }
        catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Sheets flags(Sheets sheets, Object yes, Object no)
    {
        Sheets result = sheets;
        for (String header : List.of("流动党员", "纳入管理", "业务骨干")) {
            result = result.column(PEOPLE, header, value -> value.equals("是") ? yes : no);
        }
        return result;
    }

    /** Every date of the three sheets spelled otherwise; blank dates stay blank. */
    private static Sheets dates(Sheets sheets, Function<String, Object> spelling)
    {
        Function<Object, Object> dated = value -> value.toString().isEmpty() ? value : spelling.apply(value.toString());
        Predicate<String> dateHeader = header -> header.endsWith("日期") || header.equals("本届任期开始");
        return sheets.columns(ORGANIZATION, dateHeader, dated)
                .columns(PEOPLE, dateHeader, dated)
                .columns(LIFE, dateHeader, dated);
    }

    private static String dotted(LocalDate date)
    {
        return date.getYear() + "." + date.getMonthValue() + "." + date.getDayOfMonth();
    }

    private static String slashed(LocalDate date)
    {
        return date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
    }

    private static String fullWidth(String text)
    {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append(c >= '0' && c <= '9' ? (char) ('０' + c - '0') : c == '-' ? '－' : (char) c));
        return wide.toString();
    }

    private static Variant workbook(String name, Sheets sheets)
    {
        return new Variant(name, folder -> Roster.xlsx(folder.resolve("B001_2025-03.xlsx"), sheets));
    }

    private static Variant textExport(String name, Sheets sheets, TextExport export)
    {
        return new Variant(name, folder -> export.write(folder, "B001_2025-03", sheets));
    }

    /** A way to write the canonical submission, by the behaviour it shows. */
    record Variant(String name, Consumer<Path> files)
    {
        @Override
        public String toString()
        {
            return name;
        }
    }
}
