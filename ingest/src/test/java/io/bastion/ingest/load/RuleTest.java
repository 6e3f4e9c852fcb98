package io.bastion.ingest.load;

import io.bastion.ingest.load.TinyPark.Format;
import io.bastion.ingest.load.TinyPark.Submission;
import io.bastion.ingest.validation.Rule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.bastion.ingest.load.TinyPark.ALPHA;
import static io.bastion.ingest.load.TinyPark.BETA;
import static io.bastion.ingest.load.TinyPark.ID_1985;
import static io.bastion.ingest.load.TinyPark.ID_1990;
import static io.bastion.ingest.load.TinyPark.ID_2008;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of {@link Rule}, broken once in a real file of the tiny park and ingested into a real
 * warehouse: the quarantine holds exactly the expected line, and the rest of the file is loaded.
 * The expected messages are written out by hand from DOMAIN.md's rules and the message format
 * documented on {@code Violation.of}.
 */
class RuleTest
{
    private static final String MONTH = "2025-03";
    /** The rows of B001 that are not broken: its activist M0003 and its 主题党日. */
    private static final String B001_ROWS = """
            SELECT (SELECT count(*) FROM fact_person_month WHERE org_code = 'B001') || ' people, '
                || (SELECT count(*) FROM fact_organization_life WHERE org_code = 'B001') || ' events'""";
    private static final String B001_LOADED = "1 people, 1 events";
    /** A broken 组织信息 row refuses the whole submission (ORGANIZATION_ROW_INVALID); P001 still loads. */
    private static final String SUBMISSIONS = "SELECT string_agg(org_code, ',' ORDER BY org_code) FROM fact_submission";
    private static final String GRADES_LOADED = "SELECT string_agg(org_code || ' ' || grade, ',') FROM fact_grade";
    private static final String GRADES_HEADER = "组织代码,评定期间,等级,得分,评定日期";
    /** ALPHA with its check character changed: python3 (GB 32100, weights 3^i mod 31) gives 'X' for 91320500MA1XYR001. */
    private static final String ALPHA_WRONG_CHECK = "91320500MA1XYR0011";
    /** A well-formed code of no registered unit; its check character '7' by the same script for 91320500MA1XYR004. */
    private static final String UNREGISTERED_UNIT = "91320500MA1XYR0047";
    /** ID_1990 with its check digit changed: python3 (weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2, "10X98765432") gives '4'. */
    private static final String ID_1990_WRONG_CHECK = "320501199003071235";

    @TempDir
    Path temp;
    private TestWarehouse warehouse;
    private Path inbox;

    @BeforeEach
    void open()
    {
        warehouse = new TestWarehouse(temp);
        inbox = temp.resolve("inbox");
        TinyPark.registry(inbox, MONTH);
        TinyPark.committee(inbox, MONTH, "2025-04-03");
    }

    @AfterEach
    void close()
    {
        warehouse.close();
    }

    static Stream<Case> cases()
    {
        return Stream.of(
                new Case(Rule.REQUIRED, "quarantinesAnEventWithoutKind",
                        branch(Format.CSV, base().withLife("2025-03-20,,学习党章,3,3")),
                        new Line("组织生活", 3, "活动类型", "",
                                "组织生活 第3行「活动类型」：必填项为空",
                                "组织生活 row 3, column 活动类型: a required value is missing"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.INVALID_FORMAT, "quarantinesAGradeOfALowerCaseOrganizationCode",
                        folder -> TinyPark.xlsx(folder.resolve("分类定级_2025Q1.xlsx"), Map.of("分类定级", TinyPark.cells(GRADES_HEADER, List.of(
                                "P001,2025Q1,好,92,2025-04-10",
                                "p-01,2025Q1,较好,85,2025-04-10")))),
                        new Line("分类定级", 3, "组织代码", "p-01",
                                "分类定级 第3行「组织代码」：格式不符（值「p-01」；应为4–20位大写字母或数字）",
                                "分类定级 row 3, column 组织代码: the value does not have the required format (value 'p-01'; expected 4–20 capitals or digits)"),
                        GRADES_LOADED, "P001 好"),
                new Case(Rule.INVALID_DATE, "quarantinesAnApplicationOnTheThirtiethOfFebruary",
                        branch(Format.JSON, base().withPeople(
                                "M0004,李四," + ID_1985 + ",男,汉族,1985-11-20,大学本科," + ALPHA + ",一线职工,入党积极分子,2023-02-30,2023-09-01,,,,否,否,否,")),
                        new Line("人员信息", 2, "申请入党日期", "2023-02-30",
                                "人员信息 第2行「申请入党日期」：日期无法识别（值「2023-02-30」；应为 YYYY-MM-DD、YYYY/M/D、YYYY年M月D日或 Excel 日期）",
                                "人员信息 row 2, column 申请入党日期: the date cannot be read (value '2023-02-30'; expected YYYY-MM-DD, YYYY/M/D, YYYY年M月D日 or an Excel date)"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.INVALID_NUMBER, "quarantinesANegativeAttendance",
                        branch(Format.XLSX, base().withLife("2025-03-20,党小组会,学习党章,3,-1")),
                        new Line("组织生活", 3, "实到人数", "-1",
                                "组织生活 第3行「实到人数」：不是合法的非负数（值「-1」；应为非负整数）",
                                "组织生活 row 3, column 实到人数: not a valid non-negative number (value '-1'; expected a non-negative whole number)"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.OUT_OF_RANGE, "quarantinesAnEventNobodyWasExpectedAt",
                        branch(Format.CSV, base().withLife("2025-03-20,党小组会,学习党章,0,0")),
                        new Line("组织生活", 3, "应到人数", "0",
                                "组织生活 第3行「应到人数」：超出允许范围（值「0」；应至少为 1）",
                                "组织生活 row 3, column 应到人数: outside the allowed range (value '0'; expected at least 1)"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.INVALID_CHOICE, "quarantinesAGenderOutsideTheVocabulary",
                        branch(Format.JSON, base().withPeople(
                                "M0004,李四," + ID_1985 + ",M,汉族,1985-11-20,大学本科," + ALPHA + ",一线职工,入党申请人,2025-03-02,,,,,否,否,否,")),
                        new Line("人员信息", 2, "性别", "M",
                                "人员信息 第2行「性别」：不是允许的取值（值「M」；可选：男 / 女）",
                                "人员信息 row 2, column 性别: not one of the allowed values (value 'M'; allowed: 男 / 女)"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.ID_NUMBER_FORMAT, "quarantinesAnIdNumberOfSeventeenCharacters",
                        branch(Format.XLSX, base().withPeople(
                                "M0004,李四,32050119851120234,男,汉族,1985-11-20,大学本科," + ALPHA + ",一线职工,入党申请人,2025-03-02,,,,,否,否,否,")),
                        new Line("人员信息", 3, "公民身份号码", "32050119851120234",
                                "人员信息 第3行「公民身份号码」：公民身份号码格式错误（值「32050119851120234」；应为17位数字加1位数字或X）",
                                "人员信息 row 3, column 公民身份号码: the id number is not 18 characters with a valid birth date (value '32050119851120234'; expected 17 digits and a digit or X)"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.ID_NUMBER_CHECK_DIGIT, "quarantinesAnIdNumberWithAWrongCheckDigit",
                        branch(Format.CSV, base().withPeople(
                                "M0004,李四," + ID_1990_WRONG_CHECK + ",男,汉族,1990-03-07,大学本科," + ALPHA + ",一线职工,入党申请人,2025-03-02,,,,,否,否,否,")),
                        new Line("人员信息", 3, "公民身份号码", ID_1990_WRONG_CHECK,
                                "人员信息 第3行「公民身份号码」：公民身份号码校验位错误（值「320501199003071235」；校验位应为「4」）",
                                "人员信息 row 3, column 公民身份号码: the id number's check digit is wrong (GB 11643, ISO 7064 MOD 11-2) (value '320501199003071235'; the check digit should be '4')"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.BIRTH_DATE_MISMATCH, "quarantinesABirthDateTheIdNumberContradicts",
                        branch(Format.JSON, base().withPeople(
                                "M0004,李四," + ID_1990 + ",男,汉族,1990-03-08,大学本科," + ALPHA + ",一线职工,入党申请人,2025-03-02,,,,,否,否,否,")),
                        new Line("人员信息", 2, "出生日期", "1990-03-08",
                                "人员信息 第2行「出生日期」：出生日期与公民身份号码不符（值「1990-03-08」；身份证号中为 1990-03-07）",
                                "人员信息 row 2, column 出生日期: the birth date disagrees with the id number (value '1990-03-08'; the id number says 1990-03-07)"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.UNIT_CODE_FORMAT, "quarantinesAUnitCodeWithTheLetterO",
                        branch(Format.XLSX, base().withPeople(
                                "M0004,李四," + ID_1985 + ",男,汉族,1985-11-20,大学本科,91320500MA1XYRO01X,一线职工,入党申请人,2025-03-02,,,,,否,否,否,")),
                        new Line("人员信息", 3, "工作单位", "91320500MA1XYRO01X",
                                "人员信息 第3行「工作单位」：统一社会信用代码格式错误（值「91320500MA1XYRO01X」；应为18位，由数字和除 I、O、Z、S、V 外的大写字母组成）",
                                "人员信息 row 3, column 工作单位: the unified social credit code is not 18 valid characters (value '91320500MA1XYRO01X'; expected 18 characters: digits and capitals other than I, O, Z, S, V)"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.UNIT_CODE_CHECK_DIGIT, "quarantinesAUnitCodeWithAWrongCheckCharacter",
                        branch(Format.CSV, base().withPeople(
                                "M0004,李四," + ID_1985 + ",男,汉族,1985-11-20,大学本科," + ALPHA_WRONG_CHECK + ",一线职工,入党申请人,2025-03-02,,,,,否,否,否,")),
                        new Line("人员信息", 3, "工作单位", ALPHA_WRONG_CHECK,
                                "人员信息 第3行「工作单位」：统一社会信用代码校验位错误（值「91320500MA1XYR0011」；「91320500MA1XYR0011」的校验位应为「X」）",
                                "人员信息 row 3, column 工作单位: the unified social credit code's check digit is wrong (GB 32100) (value '91320500MA1XYR0011'; the check character of '91320500MA1XYR0011' should be 'X')"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.STAGE_DATES_REVERSED, "quarantinesAnActivistNamedBeforeApplying",
                        branch(Format.JSON, base().withPeople(
                                "M0004,李四," + ID_1985 + ",男,汉族,1985-11-20,大学本科," + ALPHA + ",一线职工,入党积极分子,2023-09-01,2023-03-01,,,,否,否,否,")),
                        new Line("人员信息", 2, "确定积极分子日期", "2023-03-01",
                                "人员信息 第2行「确定积极分子日期」：发展阶段日期倒置（值「2023-03-01」；早于「申请入党日期」2023-09-01）",
                                "人员信息 row 2, column 确定积极分子日期: admission stage dates go backwards (value '2023-03-01'; earlier than 申请入党日期 2023-09-01)"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.STAGE_DATES_INCONSISTENT, "quarantinesAProbationaryMemberWithoutAdmissionDate",
                        branch(Format.XLSX, base().withPeople(
                                "M0004,李四," + ID_1985 + ",男,汉族,1985-11-20,大学本科," + ALPHA + ",一线职工,预备党员,2023-03-01,2023-09-01,2024-10-01,,,否,否,否,")),
                        new Line("人员信息", 3, "身份", "预备党员",
                                "人员信息 第3行「身份」：身份与阶段日期不符（值「预备党员」；预备党员应有「入党日期」）",
                                "人员信息 row 3, column 身份: the stage disagrees with the dates present (value '预备党员'; a 预备党员 has 入党日期)"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.UNDER_AGE_AT_APPLICATION, "quarantinesAnApplicantOfSixteen",
                        branch(Format.CSV, base().withPeople(
                                "M0004,李四," + ID_2008 + ",男,汉族,2008-06-15,高中," + ALPHA + ",一线职工,入党申请人,2025-03-02,,,,,否,否,否,")),
                        new Line("人员信息", 3, "申请入党日期", "2025-03-02",
                                "人员信息 第3行「申请入党日期」：申请入党时未满18周岁（值「2025-03-02」；出生于 2008-06-15）",
                                "人员信息 row 3, column 申请入党日期: under 18 at application (value '2025-03-02'; born 2008-06-15)"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.ATTENDED_EXCEEDS_EXPECTED, "quarantinesAnEventWithMoreAttendeesThanExpected",
                        branch(Format.JSON, base().withLife("2025-03-20,党小组会,学习党章,3,4")),
                        new Line("组织生活", 2, "实到人数", "4",
                                "组织生活 第2行「实到人数」：实到人数超过应到人数（值「4」；应到 3 人）",
                                "组织生活 row 2, column 实到人数: attended exceeds expected (value '4'; expected 3)"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.EVENT_OUTSIDE_MONTH, "quarantinesAnEventOfTheNextMonth",
                        branch(Format.XLSX, base().withLife("2025-04-01,党小组会,学习党章,3,3")),
                        new Line("组织生活", 3, "活动日期", "2025-04-01",
                                "组织生活 第3行「活动日期」：活动日期不在报告月份内（值「2025-04-01」；报告月份为 2025-03）",
                                "组织生活 row 3, column 活动日期: the event date lies outside the report month (value '2025-04-01'; the report month is 2025-03)"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.DATE_RANGE_REVERSED, "quarantinesASiteRevokedBeforeItWasNamed",
                        folder -> TinyPark.write(folder.resolve("示范点.csv"), StandardCharsets.UTF_8,
                                "组织代码,级别,命名日期,撤销日期",
                                "P001,市级,2023-07-01,",
                                "P001,区级,2024-01-10,2023-12-31"),
                        new Line("示范点", 3, "撤销日期", "2023-12-31",
                                "示范点 第3行「撤销日期」：结束日期早于开始日期（值「2023-12-31」；早于命名日期 2024-01-10）",
                                "示范点 row 3, column 撤销日期: the end date is before the start date (value '2023-12-31'; before 命名日期 2024-01-10)"),
                        "SELECT string_agg(org_code || ' ' || level, ',') FROM fact_demonstration_site", "P001 市级"),
                new Case(Rule.FORMATION_MISMATCH, "refusesASubmissionFormedAloneOverTwoUnits",
                        branch(Format.JSON, base().withOrganization(
                                "B001,2025-03,2025-04-02,甲科技党支部,党支部,P001,非公企业,2020-06-01,,孙书记,2023-06-01,单独组建," + ALPHA + ";" + BETA + ",0,0,6")),
                        new Line("组织信息", 1, "组建方式", "单独组建",
                                "组织信息 第1行「组建方式」：组建方式与覆盖单位不符（值「单独组建」；单独组建应恰有1个非挂靠单位，实有 2 个）",
                                "组织信息 row 1, column 组建方式: the formation disagrees with the covered units (value '单独组建'; 单独组建 lists exactly one unit without 挂靠, found 2)"),
                        SUBMISSIONS, "P001"),
                new Case(Rule.UNKNOWN_PARENT_ORGANIZATION, "refusesASubmissionUnderAnUnknownParent",
                        branch(Format.XLSX, base().withOrganization(
                                "B001,2025-03,2025-04-02,甲科技党支部,党支部,P999,非公企业,2020-06-01,,孙书记,2023-06-01,单独组建," + ALPHA + ",0,0,6")),
                        new Line("组织信息", 2, "上级组织代码", "P999",
                                "组织信息 第2行「上级组织代码」：上级组织代码不存在（值「P999」；仓库和本批次文件中都没有这个组织；它报送后此行将自动重新核对）",
                                "组织信息 row 2, column 上级组织代码: the parent organization is unknown (value 'P999'; no such organization in the warehouse or this run's files; the row is checked again once it reports)"),
                        SUBMISSIONS, "P001"),
                new Case(Rule.UNKNOWN_ORGANIZATION, "quarantinesAGradeOfAnOrganizationThatNeverReported",
                        folder -> TinyPark.write(folder.resolve("分类定级_2025Q1.csv"), StandardCharsets.UTF_8, GRADES_HEADER,
                                "P001,2025Q1,好,92,2025-04-10",
                                "B009,2025Q1,一般,70,2025-04-10"),
                        new Line("分类定级", 3, "组织代码", "B009",
                                "分类定级 第3行「组织代码」：组织代码不存在（值「B009」；仓库和本批次文件中都没有这个组织的报送；它报送后此行将自动重新核对）",
                                "分类定级 row 3, column 组织代码: the organization is unknown (value 'B009'; no submission of this organization in the warehouse or this run's files; the row is checked again once it reports)"),
                        GRADES_LOADED, "P001 好"),
                new Case(Rule.UNKNOWN_UNIT, "quarantinesAPersonWorkingForAnUnregisteredUnit",
                        branch(Format.JSON, base().withPeople(
                                "M0004,李四," + ID_1985 + ",男,汉族,1985-11-20,大学本科," + UNREGISTERED_UNIT + ",一线职工,入党申请人,2025-03-02,,,,,否,否,否,")),
                        new Line("人员信息", 2, "工作单位", UNREGISTERED_UNIT,
                                "人员信息 第2行「工作单位」：单位不在企业名录中（值「91320500MA1XYR0047」；企业名录中没有这个统一社会信用代码；名录列入后此行将自动重新核对）",
                                "人员信息 row 2, column 工作单位: the unit is not in the enterprise registry (value '91320500MA1XYR0047'; no such unified social credit code in the registry; the row is checked again once the registry lists it)"),
                        B001_ROWS, B001_LOADED),
                new Case(Rule.DUPLICATE_ROW, "quarantinesThePersonListedTwice",
                        branch(Format.XLSX, base().withPeople(
                                "M0003,孙三三," + ID_1985 + ",男,汉族,1985-11-20,大学本科," + ALPHA + ",一线职工,入党申请人,2025-03-02,,,,,否,否,否,")),
                        new Line("人员信息", 3, "人员编号", "M0003",
                                "人员信息 第3行「人员编号」：同一文件中重复出现（值「M0003」；同一名册中此人已出现）",
                                "人员信息 row 3, column 人员编号: the same key appears twice in the file (value 'M0003'; this person is already on the roster)"),
                        B001_ROWS, B001_LOADED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void quarantinesTheBrokenRowAndLoadsTheRest(Case rule)
            throws SQLException
    {
        rule.files().accept(inbox);

        warehouse.ingest(inbox);

        assertThat(quarantine()).containsExactly(rule.expected());
        assertThat(warehouse.query(rule.loadedQuery())).isEqualTo(rule.loaded());
    }

    @Test
    void everyRuleHasACase()
    {
        Set<Rule> covered = cases().map(Case::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));

        assertThat(covered).containsExactlyInAnyOrder(Rule.values());
        assertThat(cases().map(Case::rule)).doesNotHaveDuplicates();
    }

    @Test
    void everyDateSpellingLoadsAsTheSameDay()
            throws SQLException
    {
        // Excel's serial 45721 is 2025-03-05: python3 -c "import datetime; print(datetime.date(1899,12,30)+datetime.timedelta(45721))"
        Submission submission = base();
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("组织信息", TinyPark.cells(TinyPark.ORGANIZATION_HEADER, List.of(submission.organization())));
        sheets.put("人员信息", TinyPark.cells(TinyPark.PEOPLE_HEADER, submission.people()));
        List<List<Object>> life = new ArrayList<>(TinyPark.cells(TinyPark.LIFE_HEADER, List.of()));
        life.add(List.of("2025/3/5", "主题党日", "斜线日期", "3", "3"));
        life.add(List.of("2025年3月5日", "党课", "中文日期", "3", "3"));
        life.add(List.of(45721, "党小组会", "序号日期", "3", "3"));
        life.add(List.of(LocalDate.of(2025, 3, 5), "支部党员大会", "日期单元格", "3", "3"));
        sheets.put("组织生活", life);
        TinyPark.xlsx(inbox.resolve("B001_2025-03.xlsx"), sheets);

        warehouse.ingest(inbox);

        assertThat(quarantine()).isEmpty();
        assertThat(warehouse.rows("SELECT topic, held_on::VARCHAR FROM fact_organization_life WHERE org_code = 'B001' ORDER BY row_no"))
                .containsExactly(
                        List.of("斜线日期", "2025-03-05"),
                        List.of("中文日期", "2025-03-05"),
                        List.of("序号日期", "2025-03-05"),
                        List.of("日期单元格", "2025-03-05"));
    }

    private List<Line> quarantine()
            throws SQLException
    {
        return warehouse.rows("SELECT table_name, row_no, column_name, rule, value, message_zh, message_en FROM quarantine ORDER BY table_name, row_no, column_name")
                .stream()
                .map(row -> new Line(row.get(0), Integer.parseInt(row.get(1)), row.get(2), row.get(3), row.get(4), row.get(5), row.get(6)))
                .toList();
    }

    private static Submission base()
    {
        return TinyPark.branchSubmission(MONTH, "2025-04-02");
    }

    private static Consumer<Path> branch(Format format, Submission submission)
    {
        return folder -> format.write(folder, submission);
    }

    /** One quarantine line as the warehouse stores it. */
    record Line(String table, int rowNo, String column, String rule, String value, String chinese, String english)
    {
        Line(String table, int rowNo, String column, String value, String chinese, String english)
        {
            this(table, rowNo, column, null, value, chinese, english);
        }
    }

    /** A rule broken in one file, the quarantine line it must produce, and a query showing the rest of the file loaded. */
    record Case(Rule rule, String behaviour, Consumer<Path> files, Line line, String loadedQuery, String loaded)
    {
        Line expected()
        {
            return new Line(line.table(), line.rowNo(), line.column(), rule.name(), line.value(), line.chinese(), line.english());
        }

        @Override
        public String toString()
        {
            return rule + ": " + behaviour;
        }
    }
}
