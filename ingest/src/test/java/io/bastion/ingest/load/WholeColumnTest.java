package io.bastion.ingest.load;

import io.bastion.ingest.load.FileOutcome.Outcome;
import io.bastion.ingest.load.Roster.Sheets;
import io.bastion.ingest.load.Roster.TextExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.bastion.ingest.load.Roster.PEOPLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A column broken down its length is the file's problem: the resubmission of B001's March roster
 * (13 members) is refused whole with one message naming the column and the cause, and the roster
 * loaded before stays in force — never a hollow roster of the few rows left.
 */
class WholeColumnTest
{
    private static final String RESUBMITTED_ON = "2025-04-04";
    private static final String IN_FORCE = "SELECT string_agg(submitted_on || ' ' || people_rows, ',') FROM fact_submission WHERE org_code = 'B001' AND is_current";
    private static final String ROSTER = "SELECT count(*) FROM fact_person_month WHERE org_code = 'B001'";

    @TempDir
    Path temp;
    private TestWarehouse warehouse;
    private Path resubmission;

    @BeforeEach
    void loadTheRosterOfThirteen()
            throws SQLException
    {
        warehouse = new TestWarehouse(temp);
        Path base = temp.resolve("base");
        TinyPark.registry(base, Roster.MONTH);
        TinyPark.committee(base, Roster.MONTH, "2025-04-03");
        Roster.xlsx(base.resolve("B001_2025-03.xlsx"), Roster.canonical("2025-04-02"));
        warehouse.ingest(base);
        assertThat(warehouse.query(IN_FORCE)).isEqualTo("2025-04-02 13");
        resubmission = temp.resolve("resubmission");
    }

    @AfterEach
    void close()
    {
        warehouse.close();
    }

    static Stream<Held> held()
    {
        Sheets roster = Roster.canonical(RESUBMITTED_ON);
        return Stream.of(
                new Held("refusesAMobileColumnWrittenAsYouAndWu", workbook(roster.column(PEOPLE, "流动党员", flag -> flag.equals("是") ? "有" : "无")),
                        "B001_2025-03.xlsx",
                        "文件「B001_2025-03.xlsx」被拒收：整列不符合规则，整个文件未入库：「人员信息」全部 13 行的「流动党员」列都有同一问题：不是允许的取值；"
                                + "第一处：人员信息 第2行「流动党员」：不是允许的取值（值「无」；可选：是 / 否）。请改正该列后重新报送；此前入库的数据保持不变。",
                        "File 'B001_2025-03.xlsx' refused: a whole column breaks a rule, so nothing of the file was loaded: in 人员信息, all 13 rows have the same "
                                + "problem in column 流动党员: not one of the allowed values; the first: 人员信息 row 2, column 流动党员: not one of the allowed values "
                                + "(value '无'; allowed: 是 / 否). Correct the column and send the file again; what was loaded before stays as it was."),
                new Held("refusesIdNumbersExcelStoredAsNumbers", workbook(roster.column(PEOPLE, "公民身份号码", WholeColumnTest::asExcelStoresIt)),
                        "B001_2025-03.xlsx",
                        "文件「B001_2025-03.xlsx」被拒收：公民身份号码被存成了数字，整个文件未入库：「人员信息」13 行中有 12 行的「公民身份号码」是数字（如第2行「320501198001151000」），"
                                + "该列被 Excel 存成了数字，后三位已丢失：请把该列设为文本后重新录入。改好后请重新报送；此前入库的数据保持不变。",
                        "File 'B001_2025-03.xlsx' refused: the id numbers were stored as numbers, so nothing of the file was loaded: in 人员信息, 12 of 13 rows hold "
                                + "a number in 公民身份号码 (row 2: '320501198001151000'): Excel stored the column as numbers and lost their last three digits: format the "
                                + "column as text and enter them again. Then send the file again; what was loaded before stays as it was."),
                new Held("refusesIdNumbersExportedInScientificNotation", csv(roster.column(PEOPLE, "公民身份号码", WholeColumnTest::asExcelShowsIt)),
                        "B001_2025-03_人员信息.csv",
                        "文件「B001_2025-03_人员信息.csv」被拒收：公民身份号码被存成了数字，整个文件未入库：「人员信息」13 行中有 12 行的「公民身份号码」是数字（如第2行「3.20501E+17」），"
                                + "该列被 Excel 存成了数字，后三位已丢失：请把该列设为文本后重新录入。改好后请重新报送；此前入库的数据保持不变。",
                        "File 'B001_2025-03_人员信息.csv' refused: the id numbers were stored as numbers, so nothing of the file was loaded: in 人员信息, 12 of 13 rows hold "
                                + "a number in 公民身份号码 (row 2: '3.20501E+17'): Excel stored the column as numbers and lost their last three digits: format the "
                                + "column as text and enter them again. Then send the file again; what was loaded before stays as it was."),
                new Held("refusesIdNumbersExportedWithTheirLastDigitsZero", csv(roster.column(PEOPLE, "公民身份号码",
                                id -> asExcelStoresIt(id) instanceof BigDecimal number ? number.toPlainString() : id)),
                        "B001_2025-03_人员信息.csv",
                        "文件「B001_2025-03_人员信息.csv」被拒收：公民身份号码被存成了数字，整个文件未入库：「人员信息」13 行中有 12 行的「公民身份号码」是数字（如第2行「320501198001151000」），"
                                + "该列被 Excel 存成了数字，后三位已丢失：请把该列设为文本后重新录入。改好后请重新报送；此前入库的数据保持不变。",
                        "File 'B001_2025-03_人员信息.csv' refused: the id numbers were stored as numbers, so nothing of the file was loaded: in 人员信息, 12 of 13 rows hold "
                                + "a number in 公民身份号码 (row 2: '320501198001151000'): Excel stored the column as numbers and lost their last three digits: format the "
                                + "column as text and enter them again. Then send the file again; what was loaded before stays as it was."),
                new Held("refusesHalfTheRowsBreakingOneRuleInOneColumn", workbook(firstRows(roster, 7, "业务骨干", "待定")),
                        "B001_2025-03.xlsx",
                        "文件「B001_2025-03.xlsx」被拒收：整列不符合规则，整个文件未入库：「人员信息」13 行中有 7 行的「业务骨干」列有同一问题：不是允许的取值；"
                                + "第一处：人员信息 第2行「业务骨干」：不是允许的取值（值「待定」；可选：是 / 否）。请改正该列后重新报送；此前入库的数据保持不变。",
                        "File 'B001_2025-03.xlsx' refused: a whole column breaks a rule, so nothing of the file was loaded: in 人员信息, 7 of 13 rows have the same "
                                + "problem in column 业务骨干: not one of the allowed values; the first: 人员信息 row 2, column 业务骨干: not one of the allowed values "
                                + "(value '待定'; allowed: 是 / 否). Correct the column and send the file again; what was loaded before stays as it was."),
                new Held("refusesAMembersMobileColumnLeftBlank", workbook(roster.column(PEOPLE, "流动党员", flag -> "")),
                        "B001_2025-03.xlsx",
                        "文件「B001_2025-03.xlsx」被拒收：整列不符合规则，整个文件未入库：「人员信息」全部 13 行的「流动党员」列都有同一问题：必填项为空；"
                                + "第一处：人员信息 第2行「流动党员」：必填项为空（党员应填写是或否）。请改正该列后重新报送；此前入库的数据保持不变。",
                        "File 'B001_2025-03.xlsx' refused: a whole column breaks a rule, so nothing of the file was loaded: in 人员信息, all 13 rows have the same "
                                + "problem in column 流动党员: a required value is missing; the first: 人员信息 row 2, column 流动党员: a required value is missing "
                                + "(a member's row says 是 or 否). Correct the column and send the file again; what was loaded before stays as it was."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("held")
    void refusesTheResubmissionAndKeepsTheRosterInForce(Held held)
            throws SQLException
    {
        String before = warehouse.fingerprint();
        held.write().accept(resubmission);

        RunSummary summary = warehouse.ingest(resubmission);

        FileOutcome outcome = summary.files().stream().filter(file -> file.fileName().equals(held.file())).findFirst().orElseThrow();
        assertThat(List.of(outcome.outcome(), outcome.chinese(), outcome.english())).containsExactly(Outcome.REJECTED, held.chinese(), held.english());
        assertThat(summary.count(Outcome.LOADED)).isZero();
        assertThat(warehouse.fingerprint()).isEqualTo(before);
        assertThat(warehouse.query(IN_FORCE)).isEqualTo("2025-04-02 13");
    }

    @Test
    void quarantinesFewerThanHalfTheRowsAndLoadsTheRest()
            throws SQLException
    {
        workbook(firstRows(Roster.canonical(RESUBMITTED_ON), 6, "业务骨干", "待定")).accept(resubmission);

        warehouse.ingest(resubmission);

        assertThat(warehouse.query(IN_FORCE)).isEqualTo(RESUBMITTED_ON + " 7");
        assertThat(warehouse.query(ROSTER)).isEqualTo("7");
        assertThat(warehouse.rows("SELECT DISTINCT rule, column_name FROM quarantine")).containsExactly(List.of("INVALID_CHOICE", "业务骨干"));
    }

    @Test
    void quarantinesAMemberWhoseMobileFlagIsBlank()
            throws SQLException
    {
        workbook(Roster.canonical(RESUBMITTED_ON).cell(PEOPLE, 3, "流动党员", "")).accept(resubmission);

        warehouse.ingest(resubmission);

        assertThat(warehouse.rows("SELECT row_no, column_name, rule, message_zh, message_en FROM quarantine")).containsExactly(List.of("4", "流动党员", "REQUIRED",
                "人员信息 第4行「流动党员」：必填项为空（党员应填写是或否）", "人员信息 row 4, column 流动党员: a required value is missing (a member's row says 是 or 否)"));
        assertThat(warehouse.query(ROSTER)).isEqualTo("12");
    }

    @Test
    void readsTheBlankFlagsOfAnApplicantOfAMemberWhoLeftAndOfAMemberWhoIsNotMobileAsNo()
            throws SQLException
    {
        Sheets roster = Roster.canonical(RESUBMITTED_ON)
                .cell(PEOPLE, 1, "纳入管理", "")
                .cell(PEOPLE, 13, "身份", "入党申请人")
                .cell(PEOPLE, 13, "确定积极分子日期", "")
                .cell(PEOPLE, 13, "确定发展对象日期", "")
                .cell(PEOPLE, 13, "入党日期", "")
                .cell(PEOPLE, 13, "流动党员", "")
                .cell(PEOPLE, 13, "业务骨干", "")
                .cell(PEOPLE, 12, "减少原因", "转出")
                .cell(PEOPLE, 12, "流动党员", "")
                .cell(PEOPLE, 12, "业务骨干", "");
        workbook(roster).accept(resubmission);

        warehouse.ingest(resubmission);

        assertThat(warehouse.count("quarantine")).isZero();
        assertThat(warehouse.rows("""
                SELECT i.person_no, p.mobile, p.managed, p.backbone FROM fact_person_month p JOIN restricted.person_identity i USING (person_key)
                WHERE i.person_no IN ('M1001', 'M1012', 'M1013') ORDER BY 1"""))
                .containsExactly(List.of("M1001", "false", "false", "true"), List.of("M1012", "false", "false", "false"), List.of("M1013", "false", "false", "false"));
    }

    /** An 18-digit number keeps 15 significant digits in an Excel cell; the one ending in X stays text. */
    private static Object asExcelStoresIt(Object id)
    {
        String text = id.toString();
        return text.endsWith("X") ? text : new BigDecimal(text).round(new MathContext(15));
    }

    /** What Excel's CSV export writes for a number too long for a column in the General format. */
    private static Object asExcelShowsIt(Object id)
    {
        String text = id.toString();
        return text.endsWith("X") ? text : String.format(Locale.ROOT, "%.5E", new BigDecimal(text));
    }

    private static Sheets firstRows(Sheets roster, int rows, String header, String value)
    {
        Sheets changed = roster;
        for (int row = 1; row <= rows; row++) {
            changed = changed.cell(PEOPLE, row, header, value);
        }
        return changed;
    }

    private static Consumer<Path> workbook(Sheets sheets)
    {
        return folder -> Roster.xlsx(folder.resolve("B001_2025-03.xlsx"), sheets);
    }

    private static Consumer<Path> csv(Sheets sheets)
    {
        return folder -> new TextExport(StandardCharsets.UTF_8, true, ',', "csv").write(folder, "B001_2025-03", sheets);
    }

    /** A resubmission whose column is broken, the file whose outcome is checked, and the exact message it gets. */
    record Held(String behaviour, Consumer<Path> write, String file, String chinese, String english)
    {
        @Override
        public String toString()
        {
            return behaviour;
        }
    }
}
