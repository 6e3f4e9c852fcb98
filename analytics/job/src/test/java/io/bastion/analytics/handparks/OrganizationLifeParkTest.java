package io.bastion.analytics.handparks;

import io.bastion.analytics.job.AnalysisSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.bastion.analytics.handparks.Values.date;
import static io.bastion.analytics.handparks.Values.ratio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Organizational life (三会一课), timeliness and the checks on a branch's own report, on a park of six organizations
 * and fifteen people over the first quarter of 2026.
 *
 * <pre>
 * HL01 园区党委 (党委, term from 2021-03-01: due 2026-03-01)       one 党课 in January
 * ├── HL02 机关党总支 (党总支)                                      sends nothing for March
 * │   ├── HL03 第一党支部: 3 full (V01–V03), 1 party group          complies every month; two 党课 in the quarter
 * │   └── HL04 第二党支部: 7 full (V04–V10)                          no 支部委员会 in February; January resent late;
 * │                                                                 March: V10 失联, but 党员人数 still 7
 * ├── HL05 第三党支部: 3 full (V11–V13), term from 2022-12-01       a 支部委员会 in January with < 7 full; February late
 * └── HL06 临时党支部: V14 正式, V15 预备; established 2026-02-10   not active all quarter
 * </pre>
 * V14 arrives in February and both HL05 and HL06 list her for February: the two rosters are of the same month, so
 * the later 报送日期 decides — HL05's (03-08, late) over HL06's (03-02). In March only HL06 lists her.
 * The same files also make a second park whose own rule asks two 党课 a quarter.
 */
class OrganizationLifeParkTest
{
    private static final Organization PARTY_COMMITTEE = Organization.withoutUnits("HL01", "园区党委", "党委", "", "机关", "2015-01-01", "2021-03-01");
    private static final Organization GENERAL_BRANCH = Organization.withoutUnits("HL02", "机关党总支", "党总支", "HL01", "机关", "2016-01-01", "2024-01-01");
    private static final Organization FIRST = Organization.withoutUnits("HL03", "第一党支部", "党支部", "HL02", "机关", "2016-03-01", "2024-01-01");
    private static final Organization SECOND = Organization.withoutUnits("HL04", "第二党支部", "党支部", "HL02", "机关", "2017-03-01", "2024-01-01");
    private static final Organization THIRD = Organization.withoutUnits("HL05", "第三党支部", "党支部", "HL01", "事业单位", "2018-01-01", "2022-12-01");
    private static final Organization TEMPORARY = Organization.withoutUnits("HL06", "项目临时党支部", "临时党支部", "HL01", "机关", "2026-02-10", "");

    private static final Person V01 = Person.member("V01", "丁一", "320501198001010134", "男");
    private static final Person V02 = Person.member("V02", "丁二", "320501198502020146", "女");
    private static final Person V03 = Person.member("V03", "丁三", "320501199003030133", "男");
    private static final Person V04 = Person.member("V04", "丁四", "32050119780404013X", "男");
    private static final Person V05 = Person.member("V05", "丁五", "320501198205050146", "女");
    private static final Person V06 = Person.member("V06", "丁六", "32050119840606013X", "男");
    private static final Person V07 = Person.member("V07", "丁七", "32050119860707014X", "女");
    private static final Person V08 = Person.member("V08", "丁八", "320501198808080133", "男");
    private static final Person V09 = Person.member("V09", "丁九", "320501199009090145", "女");
    private static final Person V10 = Person.member("V10", "丁十", "320501199210100130", "男");
    private static final Person V11 = Person.member("V11", "丁十一", "320501197011110134", "男");
    private static final Person V12 = Person.member("V12", "丁十二", "320501197512120146", "女");
    private static final Person V13 = Person.member("V13", "丁十三", "320501198301130138", "男");
    private static final Person V14 = Person.member("V14", "丁十四", "320501199502140142", "女");
    private static final Person V15 = Person.member("V15", "丁十五", "320501200103150138", "男").stage("预备党员", "", "", "", "2025-09-01");

    /** HL04's January report, first signed off on 02-04 (on time), then resent signed off on 02-07. */
    private static final Report SECOND_JANUARY = SECOND.report("2026-01", "2026-02-04").people(V04, V05, V06, V07, V08, V09, V10).life(
            "2026-01-09,支部委员会,研究发展党员,5,5",
            "2026-01-15,主题党日,学习党章,7,6",
            "2026-01-20,党课,书记讲党课,7,7");

    @TempDir
    static Path folder;
    private static HandParkWarehouse park;
    private static HandParkWarehouse twoLecturesPark;

    @BeforeAll
    static void buildParks()
    {
        park = submitTheQuarter(new HandParkWarehouse(folder.resolve("default-rules")));
        twoLecturesPark = submitTheQuarter(new HandParkWarehouse(folder.resolve("two-lectures"), new AnalysisSettings(2)));
    }

    private static HandParkWarehouse submitTheQuarter(HandParkWarehouse quarterPark)
    {
        ParkFiles files = quarterPark.inbox("quarter");
        files.submit(
                // January: deadline 2026-02-05.
                PARTY_COMMITTEE.report("2026-01", "2026-02-03").life("2026-01-16,党课,党工委书记讲党课,12,10"),
                GENERAL_BRANCH.report("2026-01", "2026-02-03"),
                FIRST.report("2026-01", "2026-02-05").partyGroups(1).people(V01, V02, V03).life(
                        "2026-01-08,支部党员大会,年度工作部署,3,3",
                        "2026-01-15,主题党日,学习党章,3,3",
                        "2026-01-22,党小组会,谈心谈话,3,2"),
                SECOND_JANUARY,
                THIRD.report("2026-01", "2026-02-03").people(V11, V12, V13).life(
                        "2026-01-10,支部委员会,研究工作,3,3",
                        "2026-01-15,主题党日,学习党章,3,3",
                        "2026-01-25,支部党员大会,民主生活,3,3"),
                // February: deadline 2026-03-05.
                PARTY_COMMITTEE.report("2026-02", "2026-03-03"),
                GENERAL_BRANCH.report("2026-02", "2026-03-03"),
                FIRST.report("2026-02", "2026-03-04").partyGroups(1).people(V01, V02, V03).life(
                        "2026-02-12,主题党日,志愿服务,3,3",
                        "2026-02-19,党小组会,学习讨论,3,3",
                        "2026-02-26,党课,专题党课,3,3"),
                SECOND.report("2026-02", "2026-03-04").people(V04, V05, V06, V07, V08, V09, V10).life(
                        "2026-02-12,主题党日,志愿服务,7,7"),
                THIRD.report("2026-02", "2026-03-08").people(V11, V12, V13, V14).life(
                        "2026-02-12,主题党日,志愿服务,3,2",
                        "2026-02-20,党课,专题党课,3,3"),
                TEMPORARY.report("2026-02", "2026-03-02").people(V14, V15).life("2026-02-25,主题党日,临时支部成立,2,2"),
                // March: deadline 2026-04-05. HL02 sends nothing.
                PARTY_COMMITTEE.report("2026-03", "2026-04-01"),
                FIRST.report("2026-03", "2026-04-02").partyGroups(1).people(V01, V02, V03).life(
                        "2026-03-12,主题党日,植树,3,2",
                        "2026-03-19,党小组会,学习讨论,3,3",
                        "2026-03-26,党课,专题党课,3,3"),
                SECOND.report("2026-03", "2026-04-02").people(V04, V05, V06, V07, V08, V09, V10.left("失联")).reportedMembers(7).life(
                        "2026-03-12,主题党日,植树,6,6",
                        "2026-03-26,支部党员大会,季度总结,6,5"),
                THIRD.report("2026-03", "2026-04-03").people(V11, V12, V13).life("2026-03-12,主题党日,植树,3,3"),
                TEMPORARY.report("2026-03", "2026-04-03").people(V14, V15).life("2026-03-12,主题党日,植树,2,1"));
        quarterPark.ingest(files);
        // The resent January report replaces the first one entirely, its later 报送日期 included.
        quarterPark.ingest(quarterPark.inbox("correction").submit(SECOND_JANUARY.signedOffOn("2026-02-07")));
        return quarterPark;
    }

    @AfterAll
    static void closeParks()
    {
        park.close();
        twoLecturesPark.close();
    }

    @AcrossSources
    void participationRate(KpiSource source)
    {
        assertThat(park.rows(source, "organization_life", "month_key, scope_kind, scope_code, events, expected_total, attended_total, participation_rate", ""))
                .containsExactlyInAnyOrder(
                        // January: HL01 1 event 10/12; HL03 3 events 8/9; HL04 3 events 18/19; HL05 3 events 9/9
                        // → 10 events, 45 of 49.
                        tuple(202601, "park", "全园区", 10, 49, 45, ratio(45, 49)),
                        tuple(202601, "subtree", "HL01", 10, 49, 45, ratio(45, 49)),
                        // HL02's subtree (HL02, HL03, HL04): 6 events, 26 of 28.
                        tuple(202601, "subtree", "HL02", 6, 28, 26, ratio(26, 28)),
                        // February: HL03 3 events 9/9; HL04 1 event 7/7; HL05 2 events 5/6; HL06 1 event 2/2 → 7, 23 of 24.
                        tuple(202602, "park", "全园区", 7, 24, 23, ratio(23, 24)),
                        tuple(202602, "subtree", "HL01", 7, 24, 23, ratio(23, 24)),
                        tuple(202602, "subtree", "HL02", 4, 16, 16, ratio(16, 16)),
                        // March: HL03 3 events 8/9; HL04 2 events 11/12; HL05 1 event 3/3; HL06 1 event 1/2 → 7, 23 of 26.
                        tuple(202603, "park", "全园区", 7, 26, 23, ratio(23, 26)),
                        tuple(202603, "subtree", "HL01", 7, 26, 23, ratio(23, 26)),
                        tuple(202603, "subtree", "HL02", 5, 21, 19, ratio(19, 21)));
    }

    @AcrossSources
    void branchComplianceInTheQuarter(KpiSource source)
    {
        String columns = """
                quarter, org_code, org_name, org_kind, general_meetings, party_lectures, committee_months_required, committee_months_held,
                group_months_required, group_months_held, theme_day_months_held, compliant""";
        assertThat(park.rows(source, "life_compliance_branch", columns, "")).containsExactlyInAnyOrder(
                // HL03: 大会 01-08, 党课 02-26 and 03-26; 3 full → no 支委会 needed; 1 party group each month, 党小组会 each
                // month; 主题党日 each month → compliant.
                tuple("2026Q1", "HL03", "第一党支部", "党支部", 1, 2, 0, 0, 3, 3, 3, true),
                // HL04: 大会 03-26, 党课 01-20; 7 full in January and February (2 months need a 支委会), 6 in March (V10's
                // row carries 减少原因); 支委会 only in January → 1 of 2 → not compliant, its one failing rule.
                tuple("2026Q1", "HL04", "第二党支部", "党支部", 1, 1, 2, 1, 0, 0, 3, false),
                // HL05: 大会 01-25, 党课 02-20; 3 full, so its January 支委会 is not required (and not counted);
                // 主题党日 each month → compliant. HL06 (established 2026-02-10) is not active all quarter: no row.
                tuple("2026Q1", "HL05", "第三党支部", "党支部", 1, 1, 0, 0, 0, 0, 3, true));
        assertThat(park.rows(source, "life_compliance", "quarter, scope_kind, scope_code, branches, compliant_branches, compliance_rate", ""))
                .containsExactlyInAnyOrder(
                        // HL03, HL04, HL05; HL03 and HL05 comply → 2/3. HL02's subtree: HL03, HL04 → 1/2.
                        tuple("2026Q1", "park", "全园区", 3, 2, ratio(2, 3)),
                        tuple("2026Q1", "subtree", "HL01", 3, 2, ratio(2, 3)),
                        tuple("2026Q1", "subtree", "HL02", 2, 1, ratio(1, 2)));
    }

    @AcrossSources
    void branchComplianceWhenTheParkAsksTwoPartyLecturesAQuarter(KpiSource source)
    {
        assertThat(twoLecturesPark.rows(source, "life_compliance_branch", "quarter, org_code, party_lectures, compliant", "")).containsExactlyInAnyOrder(
                // HL03 held two 党课 (02-26, 03-26) and kept every other rule → compliant under this rule too.
                tuple("2026Q1", "HL03", 2, true),
                // HL04 held one and missed February's 支委会 → not compliant under either rule.
                tuple("2026Q1", "HL04", 1, false),
                // HL05 held one (02-20) and kept every other rule: compliant under the default rule, not under this one.
                tuple("2026Q1", "HL05", 1, false));
        assertThat(twoLecturesPark.rows(source, "life_compliance", "quarter, scope_kind, scope_code, branches, compliant_branches, compliance_rate", ""))
                .containsExactlyInAnyOrder(
                        // Only HL03 complies → 1/3 (2/3 under the default rule). HL02's subtree: HL03 yes, HL04 no → 1/2.
                        tuple("2026Q1", "park", "全园区", 3, 1, ratio(1, 3)),
                        tuple("2026Q1", "subtree", "HL01", 3, 1, ratio(1, 3)),
                        tuple("2026Q1", "subtree", "HL02", 2, 1, ratio(1, 2)));
    }

    @AcrossSources
    void submissionTimeliness(KpiSource source)
    {
        assertThat(park.rows(source, "submission_timeliness", "month_key, scope_kind, scope_code, active_organizations, on_time, timeliness_rate", ""))
                .containsExactlyInAnyOrder(
                        // January (deadline 02-05): HL01–HL05 active; HL03 on 02-05 is on time; HL04's report in force is
                        // the one signed off 02-07 → 4/5. HL02's subtree: HL02, HL03 on time, HL04 not → 2/3.
                        tuple(202601, "park", "全园区", 5, 4, ratio(4, 5)),
                        tuple(202601, "subtree", "HL01", 5, 4, ratio(4, 5)),
                        tuple(202601, "subtree", "HL02", 3, 2, ratio(2, 3)),
                        // February (deadline 03-05): HL06 joins → 6; HL05 signed off 03-08 → 5/6.
                        tuple(202602, "park", "全园区", 6, 5, ratio(5, 6)),
                        tuple(202602, "subtree", "HL01", 6, 5, ratio(5, 6)),
                        tuple(202602, "subtree", "HL02", 3, 3, ratio(3, 3)),
                        // March (deadline 04-05): HL02 never sent one — still active, counted late → 5/6; its subtree 2/3.
                        tuple(202603, "park", "全园区", 6, 5, ratio(5, 6)),
                        tuple(202603, "subtree", "HL01", 6, 5, ratio(5, 6)),
                        tuple(202603, "subtree", "HL02", 3, 2, ratio(2, 3)));
        assertThat(park.rows(source, "late_submission", "month_key, org_code, org_name, parent_code, deadline, submitted_on, days_late", ""))
                .containsExactlyInAnyOrder(
                        tuple(202601, "HL04", "第二党支部", "HL02", date("2026-02-05"), date("2026-02-07"), 2),
                        tuple(202602, "HL05", "第三党支部", "HL01", date("2026-03-05"), date("2026-03-08"), 3),
                        tuple(202603, "HL02", "机关党总支", "HL01", date("2026-04-05"), null, null));
    }

    @AcrossSources
    void reconciliationMismatch(KpiSource source)
    {
        assertThat(park.rows(source, "reconciliation", "month_key, org_code, org_name, parent_code, reported_members, roster_members, difference", ""))
                // HL04's March report says 7 members; its roster has 7 rows, one of them V10's with 减少原因 → 6.
                .containsExactlyInAnyOrder(tuple(202603, "HL04", "第二党支部", "HL02", 7, 6, 1));
    }

    @AcrossSources
    void procedureFindings(KpiSource source)
    {
        assertThat(park.rows(source, "procedure_finding", "month_key, org_code, finding, person_key, observed, threshold", "")).containsExactlyInAnyOrder(
                // HL05 held a 支部委员会 in January with 3 full members.
                tuple(202601, "HL05", "不足7名正式党员召开支委会", null, 3, 7),
                // HL06's full members: in February none — V14 counts in HL05, whose roster of the same month was signed
                // off later; V15 is 预备. In March V14 (HL06's roster only). (HL04's 6 in March held no 支委会.)
                tuple(202602, "HL06", "正式党员不足3名", null, 0, 3),
                tuple(202603, "HL06", "正式党员不足3名", null, 1, 3));
    }

    @AcrossSources
    void overdueElections(KpiSource source)
    {
        assertThat(park.rows(source, "overdue_election",
                "month_key, org_code, org_name, parent_code, org_kind, term_started_on, term_years, due_on, days_overdue", "")).containsExactlyInAnyOrder(
                // HL05, a branch elected 2022-12-01: due 2025-12-01; to 01-31 is 31 + 30 = 61 days, to 02-28 89, to 03-31 120.
                tuple(202601, "HL05", "第三党支部", "HL01", "党支部", date("2022-12-01"), 3, date("2025-12-01"), 61),
                tuple(202602, "HL05", "第三党支部", "HL01", "党支部", date("2022-12-01"), 3, date("2025-12-01"), 89),
                tuple(202603, "HL05", "第三党支部", "HL01", "党支部", date("2022-12-01"), 3, date("2025-12-01"), 120),
                // HL01, a 党委 elected 2021-03-01: 5 years → due 2026-03-01, overdue only at March's end (30 days).
                tuple(202603, "HL01", "园区党委", null, "党委", date("2021-03-01"), 5, date("2026-03-01"), 30));
    }

    @AcrossSources
    void memberReportedLostContact(KpiSource source)
    {
        assertThat(park.rows(source, "lost_contact", "month_key, person_key, org_code, last_report_month, months_unreported, reason", ""))
                // V10's latest row (HL04, March) carries 减少原因 失联.
                .containsExactlyInAnyOrder(tuple(202603, park.personKey("V10"), "HL04", 202603, 0, "支部报告失联"));
    }
}
