package io.bastion.ingest.load;

import io.bastion.ingest.load.FileOutcome.Outcome;
import io.bastion.ingest.load.Roster.Sheets;
import io.bastion.ingest.load.TinyPark.Format;
import io.bastion.ingest.load.TinyPark.Submission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static io.bastion.ingest.load.TinyPark.ALPHA;
import static io.bastion.ingest.load.TinyPark.BETA;
import static io.bastion.ingest.load.TinyPark.ID_1985;
import static io.bastion.ingest.load.TinyPark.ID_1990;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What a branch secretary reads about a file says what to fix, in their words: which header was
 * not recognized and what the file's first rows hold, why a submission was not put in force, the
 * problem rows themselves, the line a CSV row is on, and a warning for a roster of nobody.
 */
class SecretaryMessagesTest
{
    private static final String APPLICANT = "M0004,李四," + ID_1985 + ",男,汉族,1985-11-20,大学本科," + ALPHA + ",一线职工,入党申请人,2025-03-02,,,,,否,否,否,";

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

    @Test
    void listsASubmissionSignedOffEarlierThanTheOneLoadedWithTheReason()
    {
        TinyPark.branch(drop, "2025-03", "2025-04-01", APPLICANT);

        RunSummary summary = warehouse.ingest(drop);

        assertThat(summary.files()).extracting(FileOutcome::fileName, FileOutcome::outcome, FileOutcome::chinese, FileOutcome::english)
                .containsOnly(
                        tuple("B001_2025-03_组织信息.csv", Outcome.SUPERSEDED, "报送日期 2025-04-01 早于已入库的 2025-04-02，未替换",
                                "报送日期 2025-04-01 is earlier than the 2025-04-02 already loaded; it replaces nothing"),
                        tuple("B001_2025-03_人员信息.csv", Outcome.SUPERSEDED, "报送日期 2025-04-01 早于已入库的 2025-04-02，未替换",
                                "报送日期 2025-04-01 is earlier than the 2025-04-02 already loaded; it replaces nothing"),
                        tuple("B001_2025-03_组织生活.csv", Outcome.SUPERSEDED, "报送日期 2025-04-01 早于已入库的 2025-04-02，未替换",
                                "报送日期 2025-04-01 is earlier than the 2025-04-02 already loaded; it replaces nothing"));
    }

    @Test
    void listsTheProblemRowsOfALoadedFile()
    {
        TinyPark.branch(drop, "2025-03", "2025-04-04", APPLICANT.replace(",男,", ",M,"), APPLICANT.replace("M0004", "M0005").replace("大学本科", "大专"));

        RunSummary summary = warehouse.ingest(drop);

        FileOutcome people = outcome(summary, "B001_2025-03_人员信息.csv");
        assertThat(List.of(people.outcome(), people.chinese(), people.english())).containsExactly(Outcome.LOADED,
                "2 行有问题未入库（问题行）：人员信息 第3行「性别」：不是允许的取值（值「M」；可选：男 / 女）；"
                        + "人员信息 第4行「学历」：不是允许的取值（值「大专」；可选：研究生 / 大学本科 / 大学专科 / 中专 / 高中 / 初中及以下）",
                "2 row(s) with problems not loaded: 人员信息 row 3, column 性别: not one of the allowed values (value 'M'; allowed: 男 / 女); "
                        + "人员信息 row 4, column 学历: not one of the allowed values (value '大专'; allowed: 研究生 / 大学本科 / 大学专科 / 中专 / 高中 / 初中及以下)");
        assertThat(outcome(summary, "B001_2025-03_组织生活.csv").chinese()).isEmpty();
    }

    @Test
    void loadsARosterOfNobodyWithAWarningInTheRun()
            throws SQLException
    {
        Submission april = TinyPark.branchSubmission("2025-04", "2025-05-02");
        Format.CSV.write(drop, new Submission("B001", "2025-04", april.organization().replace(",0,0,6", ",13,0,6"), List.of(), april.life()));

        RunSummary summary = warehouse.ingest(drop);

        String warning = "请注意：「人员信息」中没有入库的人员，而「党员人数」为 13：如名册漏填，请补全后重新报送整份报送";
        FileOutcome people = outcome(summary, "B001_2025-04_人员信息.csv");
        assertThat(List.of(people.outcome(), people.chinese(), people.english(), people.warning())).containsExactly(Outcome.LOADED, warning,
                "Please check: 人员信息 loaded nobody while 党员人数 says 13: if the roster was left out, complete it and send the whole submission again", true);
        assertThat(warehouse.query("SELECT message FROM ingest_run WHERE run_id = " + summary.runId()))
                .contains("B001_2025-04_人员信息.csv: " + warning);
    }

    @Test
    void numbersACsvRowByThePhysicalLineItStartsOn()
            throws SQLException
    {
        Submission march = TinyPark.branchSubmission("2025-03", "2025-04-04");
        Format.CSV.write(drop, march);
        // A topic on two lines (quoted), a blank line, then the broken event on line 5.
        TinyPark.write(drop.resolve("B001_2025-03_组织生活.csv"), Charset.forName("GB18030"), TinyPark.LIFE_HEADER,
                "2025-03-15,主题党日,\"参观\n学习\",3,2", "", "2025-03-20,聚餐,联谊,3,3");

        warehouse.ingest(drop);

        assertThat(warehouse.rows("SELECT row_no, message_zh FROM quarantine"))
                .containsExactly(List.of("5", "组织生活 第5行「活动类型」：不是允许的取值（值「聚餐」；可选：支部党员大会 / 支部委员会 / 党小组会 / 党课 / 主题党日 / 组织生活会 / 民主评议党员 / 其他）"));
        assertThat(warehouse.query("SELECT topic FROM fact_organization_life WHERE org_code = 'B001'")).isEqualTo("参观\n学习");
    }

    @Test
    void showsTheRowsAboveTheHeaderAndTheHeaderItDidNotRecognize()
    {
        Sheets roster = Roster.canonical("2025-04-04").titled(sheet -> "甲科技党支部" + sheet + "表").header(Roster.PEOPLE, "流动党员", "是否流动党员");
        Roster.xlsx(drop.resolve("B001_2025-03.xlsx"), roster);

        RunSummary summary = warehouse.ingest(drop);

        FileOutcome outcome = outcome(summary, "B001_2025-03.xlsx");
        assertThat(List.of(outcome.outcome(), outcome.chinese(), outcome.english())).containsExactly(Outcome.REJECTED,
                "文件「B001_2025-03.xlsx」被拒收：缺少必需的列：人员信息 缺少列：流动党员（按第2行读表头，其中未能识别的表头：「是否流动党员」；"
                        + "文件前几行为：第1行「甲科技党支部人员信息表」；第2行「人员编号 | 姓名 | 公民身份号码 | 性别 | 民族 | 出生日期 | 学历 | 工作单位 | …」）。请使用报送模板的表头后重新报送。",
                "File 'B001_2025-03.xlsx' refused: a required column is missing: 人员信息 lacks the column(s) 流动党员 (row 2 read as the header row; "
                        + "headers not recognized there: '是否流动党员'; the first rows hold: row 1 '甲科技党支部人员信息表'; "
                        + "row 2 '人员编号 | 姓名 | 公民身份号码 | 性别 | 民族 | 出生日期 | 学历 | 工作单位 | …'). Use the headers of the submission template and send it again.");
    }

    @Test
    void reportsAnUnreadableAdmissionDateOnceNotAlsoAsAStageWithoutIt()
            throws SQLException
    {
        Format.JSON.write(drop, TinyPark.branchSubmission("2025-03", "2025-04-04").withPeople(
                "M0004,李四," + ID_1990 + ",男,汉族,1990-03-07,大学本科," + ALPHA + ",一线职工,正式党员,2010-03-01,2010-09-01,2011-10-01,2012.13.01,2013-01-01,否,否,否,"));

        warehouse.ingest(drop);

        assertThat(warehouse.rows("SELECT column_name, rule, value FROM quarantine")).containsExactly(List.of("入党日期", "INVALID_DATE", "2012.13.01"));
    }

    @Test
    void saysWhatIsWrongWithTheOrganizationRowInTheRefusal()
    {
        Format.JSON.write(drop, TinyPark.branchSubmission("2025-03", "2025-04-04").withOrganization(
                "B001,2025-03,2025-04-04,甲科技党支部,党支部,P001,非公企业,2020-06-01,,孙书记,2023-06-01,单独组建," + ALPHA + ";" + BETA + ",0,0,6"));

        RunSummary summary = warehouse.ingest(drop);

        FileOutcome outcome = outcome(summary, "B001_2025-03.json");
        assertThat(List.of(outcome.outcome(), outcome.chinese(), outcome.english())).containsExactly(Outcome.REJECTED,
                "文件「B001_2025-03.json」被拒收：组织信息有误，整份报送未入库：组织信息 第1行「组建方式」：组建方式与覆盖单位不符（值「单独组建」；单独组建应恰有1个非挂靠单位，实有 2 个）。"
                        + "请按所列问题修正「组织信息」后重新报送整份报送。",
                "File 'B001_2025-03.json' refused: the organization row is invalid, so the whole submission was not loaded: 组织信息 row 1, column 组建方式: "
                        + "the formation disagrees with the covered units (value '单独组建'; 单独组建 lists exactly one unit without 挂靠, found 2). "
                        + "Correct 组织信息 as listed and send the whole submission again.");
    }

    private static FileOutcome outcome(RunSummary summary, String fileName)
    {
        return summary.files().stream().filter(file -> file.fileName().equals(fileName)).findFirst().orElseThrow();
    }
}
