package io.bastion.analytics.handparks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.bastion.analytics.handparks.Values.decimal;
import static io.bastion.analytics.handparks.Values.ratio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Grades (分类定级, 晋位升级), demonstration sites and annual targets on a park of six organizations graded in 2025Q4
 * and 2026Q1. Branches report for 2025-12 and 2026-03 only, so 2026-01 and 2026-02 are analysed on carried-forward
 * reports.
 *
 * <pre>
 * HG01 园区党委 (党委)                 2025Q4 好 95     2026Q1 好 94     区级 site from 2025-12-31 (its last day counts)
 * ├── HG02 机关党总支 (党总支)         2025Q4 较好 85   2026Q1 好 91     区级 site 2025-06-01, revoked 2026-01-31
 * │   ├── HG03 第一党支部              2025Q4 较差 55   2026Q1 一般 70   部门级 site from 2026-01-20
 * │   ├── HG05 第三党支部              2025Q4 较差 50   not graded       dissolved 2026-01-15 (its 2026-01 report)
 * │   └── HG06 第四党支部              not graded       2026Q1 好 90     established 2026-02-01, first report 2026-03; 部门级 from 2026-03-10
 * └── HG04 第二党支部                  2025Q4 好 92     2026Q1 较差 58   市级 site from 2024-07-01
 * </pre>
 */
class GradesParkTest
{
    private static final Organization PARTY_COMMITTEE = Organization.withoutUnits("HG01", "园区党委", "党委", "", "机关", "2015-01-01", "2023-01-01");
    private static final Organization GENERAL_BRANCH = Organization.withoutUnits("HG02", "机关党总支", "党总支", "HG01", "机关", "2016-01-01", "2024-01-01");
    private static final Organization FIRST = Organization.withoutUnits("HG03", "第一党支部", "党支部", "HG02", "机关", "2016-03-01", "2024-03-01");
    private static final Organization SECOND = Organization.withoutUnits("HG04", "第二党支部", "党支部", "HG01", "事业单位", "2017-03-01", "2024-03-01");
    private static final Organization THIRD = Organization.withoutUnits("HG05", "第三党支部", "党支部", "HG02", "机关", "2018-01-01", "2024-03-01");
    private static final Organization FOURTH = Organization.withoutUnits("HG06", "第四党支部", "党支部", "HG02", "机关", "2026-02-01", "2026-02-01");

    private static final Person Q01 = Person.member("Q01", "赵甲", "320501198203150135", "男").asBackbone();
    private static final Person Q02 = Person.member("Q02", "钱乙", "320501199307040146", "女").mobile(true);
    private static final Person Q03 = Person.member("Q03", "孙丙", "32050119961010013X", "男").stage("预备党员", "", "", "", "2025-09-01").asBackbone();
    /** A candidate at the end of 2025, admitted 2026-02-20 (reported in March). */
    private static final Person Q04 = Person.member("Q04", "李丁", "320501199901250146", "女").stage("发展对象", "", "", "2025-08-01");
    private static final Person Q05 = Person.member("Q05", "周戊", "320501198705050134", "男").mobile(false).asBackbone();
    private static final Person Q06 = Person.member("Q06", "吴己", "320501199412120148", "女").asBackbone();
    private static final Person Q07 = Person.member("Q07", "郑庚", "320501196508080132", "男");

    @TempDir
    static Path folder;
    private static HandParkWarehouse park;

    @BeforeAll
    static void buildPark()
    {
        park = new HandParkWarehouse(folder);
        ParkFiles files = park.inbox("all");
        files.submit(
                PARTY_COMMITTEE.report("2025-12", "2026-01-04"),
                GENERAL_BRANCH.report("2025-12", "2026-01-04"),
                FIRST.report("2025-12", "2026-01-04").people(Q01, Q02, Q03, Q04).life("2025-12-10,主题党日,学习全会精神,4,3"),
                SECOND.report("2025-12", "2026-01-04").people(Q05).life("2025-12-12,党课,书记讲党课,1,1"),
                THIRD.report("2025-12", "2026-01-04").people(Q07),
                THIRD.dissolved("2026-01-15").report("2026-01", "2026-02-02").people(Q07.left("转出")),
                PARTY_COMMITTEE.report("2026-03", "2026-04-03"),
                GENERAL_BRANCH.report("2026-03", "2026-04-03"),
                FIRST.report("2026-03", "2026-04-03").people(Q01, Q02, Q03, Q04.stage("预备党员", "", "", "2025-08-01", "2026-02-20"))
                        .life("2026-03-05,主题党日,植树,4,4"),
                SECOND.report("2026-03", "2026-04-03").people(Q05).life("2026-03-06,主题党日,志愿服务,1,0"),
                FOURTH.report("2026-03", "2026-04-03").people(Q06).life("2026-03-07,主题党日,成立后首次主题党日,1,1"));
        files.grades("2025Q4",
                "HG01,2025Q4,好,95,2025-12-20",
                "HG02,2025Q4,较好,85,2025-12-20",
                "HG03,2025Q4,较差,55,2025-12-20",
                "HG04,2025Q4,好,92,2025-12-20",
                "HG05,2025Q4,较差,50,2025-12-20");
        files.grades("2026Q1",
                "HG01,2026Q1,好,94,2026-03-25",
                "HG02,2026Q1,好,91,2026-03-25",
                "HG03,2026Q1,一般,70,2026-03-25",
                "HG04,2026Q1,较差,58,2026-03-25",
                "HG06,2026Q1,好,90,2026-03-25");
        files.sites(
                "HG04,市级,2024-07-01,",
                "HG02,区级,2025-06-01,2026-01-31",
                "HG01,区级,2025-12-31,",
                "HG03,部门级,2026-01-20,",
                "HG06,部门级,2026-03-10,");
        // 2026 overrides six targets; 2025 has no file, so the park's defaults hold.
        files.targets("2026",
                "2026,新建基层党组织,3",
                "2026,新发展党员,4",
                "2026,先进率,0.5",
                "2026,市级示范点,2",
                "2026,区级示范点,4",
                "2026,部门级示范点,8");
        park.ingest(files);
    }

    @AfterAll
    static void closePark()
    {
        park.close();
    }

    @AcrossSources
    void gradeDistribution(KpiSource source)
    {
        assertThat(park.rows(source, "grade_distribution", "period, scope_kind, scope_code, grade, organizations", "")).containsExactlyInAnyOrder(
                // 2025Q4, read at 2025-12 when HG01–HG05 are active: 好 HG01 HG04, 较好 HG02, 较差 HG03 HG05.
                tuple("2025Q4", "park", "全园区", "好", 2),
                tuple("2025Q4", "park", "全园区", "较好", 1),
                tuple("2025Q4", "park", "全园区", "较差", 2),
                tuple("2025Q4", "subtree", "HG01", "好", 2),
                tuple("2025Q4", "subtree", "HG01", "较好", 1),
                tuple("2025Q4", "subtree", "HG01", "较差", 2),
                // HG02's subtree at 2025-12: HG02, HG03, HG05.
                tuple("2025Q4", "subtree", "HG02", "较好", 1),
                tuple("2025Q4", "subtree", "HG02", "较差", 2),
                // 2026Q1, read at 2026-03 (HG05 dissolved, HG06 new): 好 HG01 HG02 HG06, 一般 HG03, 较差 HG04.
                tuple("2026Q1", "park", "全园区", "好", 3),
                tuple("2026Q1", "park", "全园区", "一般", 1),
                tuple("2026Q1", "park", "全园区", "较差", 1),
                tuple("2026Q1", "subtree", "HG01", "好", 3),
                tuple("2026Q1", "subtree", "HG01", "一般", 1),
                tuple("2026Q1", "subtree", "HG01", "较差", 1),
                // HG02's subtree at 2026-03: HG02, HG03, HG06.
                tuple("2026Q1", "subtree", "HG02", "好", 2),
                tuple("2026Q1", "subtree", "HG02", "一般", 1));
    }

    @AcrossSources
    void gradeSummary(KpiSource source)
    {
        String columns = """
                period, previous_period, scope_kind, scope_code, assessed, good, advanced_rate, assessed_both, promoted, demoted, unchanged,
                promotion_rate, demotion_rate, poor_previous, poor_improved, poor_conversion_rate, new_in_period, gone_after_previous""";
        // The grain is park and subtree only, as for the distribution (grades are read per organization, not per enterprise).
        assertThat(park.rows(source, "grade_summary", columns, "")).containsExactlyInAnyOrder(
                // 2025Q4: 5 assessed, 好 HG01 HG04 → 2/5. Nobody was graded in 2025Q3: all 5 are new, no comparison.
                tuple("2025Q4", "2025Q3", "park", "全园区", 5, 2, ratio(2, 5), 0, 0, 0, 0, null, null, 0, 0, null, 5, 0),
                tuple("2025Q4", "2025Q3", "subtree", "HG01", 5, 2, ratio(2, 5), 0, 0, 0, 0, null, null, 0, 0, null, 5, 0),
                // HG02's subtree: HG02 较好, HG03 较差, HG05 较差 → no 好.
                tuple("2025Q4", "2025Q3", "subtree", "HG02", 3, 0, ratio(0, 3), 0, 0, 0, 0, null, null, 0, 0, null, 3, 0),
                // 2026Q1 park: 5 assessed (HG01 HG02 HG03 HG04 HG06), 好 3 → 3/5.
                // Graded in both: HG01 好→好 (unchanged), HG02 较好→好 (up), HG03 较差→一般 (up), HG04 好→较差 (down)
                // → 4 both, 2 promoted (2/4), 1 demoted (1/4), 1 unchanged.
                // 较差 in 2025Q4: HG03 and HG05; only HG03 is better now (HG05 was not graded) → 1/2.
                // New: HG06. Gone: HG05.
                tuple("2026Q1", "2025Q4", "park", "全园区", 5, 3, ratio(3, 5), 4, 2, 1, 1, ratio(2, 4), ratio(1, 4), 2, 1, ratio(1, 2), 1, 1),
                // HG01's subtree at 2026-03 lacks HG05 (dissolved; counted park-wide only): 较差 before is HG03 alone
                // → 1/1, and nobody is gone.
                tuple("2026Q1", "2025Q4", "subtree", "HG01", 5, 3, ratio(3, 5), 4, 2, 1, 1, ratio(2, 4), ratio(1, 4), 1, 1, ratio(1, 1), 1, 0),
                // HG02's subtree at 2026-03: HG02 好, HG03 一般, HG06 好 → 2/3; both HG02 (up) and HG03 (up) → 2/2, 0/2;
                // HG03 was 较差 and improved → 1/1; HG06 new.
                tuple("2026Q1", "2025Q4", "subtree", "HG02", 3, 2, ratio(2, 3), 2, 2, 0, 0, ratio(2, 2), ratio(0, 2), 1, 1, ratio(1, 1), 1, 0));
    }

    @AcrossSources
    void gradeMigrationMatrix(KpiSource source)
    {
        assertThat(park.rows(source, "grade_migration", "period, previous_period, scope_kind, scope_code, from_grade, to_grade, organizations", "")).containsExactlyInAnyOrder(
                // Only 2026Q1 has organizations graded in both periods: HG01 好→好, HG02 较好→好, HG03 较差→一般, HG04 好→较差.
                tuple("2026Q1", "2025Q4", "park", "全园区", "好", "好", 1),
                tuple("2026Q1", "2025Q4", "park", "全园区", "较好", "好", 1),
                tuple("2026Q1", "2025Q4", "park", "全园区", "较差", "一般", 1),
                tuple("2026Q1", "2025Q4", "park", "全园区", "好", "较差", 1),
                tuple("2026Q1", "2025Q4", "subtree", "HG01", "好", "好", 1),
                tuple("2026Q1", "2025Q4", "subtree", "HG01", "较好", "好", 1),
                tuple("2026Q1", "2025Q4", "subtree", "HG01", "较差", "一般", 1),
                tuple("2026Q1", "2025Q4", "subtree", "HG01", "好", "较差", 1),
                // HG02's subtree: HG02 and HG03.
                tuple("2026Q1", "2025Q4", "subtree", "HG02", "较好", "好", 1),
                tuple("2026Q1", "2025Q4", "subtree", "HG02", "较差", "一般", 1));
    }

    @AcrossSources
    void backwardOrganizations(KpiSource source)
    {
        assertThat(park.rows(source, "backward_organization", "period, org_code, org_name, parent_code, score, previous_grade", "")).containsExactlyInAnyOrder(
                // 较差 in 2025Q4: HG03 and HG05, not graded in 2025Q3.
                tuple("2025Q4", "HG03", "第一党支部", "HG02", decimal("55"), null),
                tuple("2025Q4", "HG05", "第三党支部", "HG02", decimal("50"), null),
                // 较差 in 2026Q1: HG04, 好 the quarter before.
                tuple("2026Q1", "HG04", "第二党支部", "HG01", decimal("58"), "好"));
    }

    @AcrossSources
    void demonstrationSitesByLevel(KpiSource source)
    {
        // A scope with any site at M has a row for each level, 0 where it has none (docs/kpi-catalogue.md, "Which rows exist").
        assertThat(park.rows(source, "demonstration_sites", "month_key, scope_kind, scope_code, level, active_sites, target_sites", ""))
                .containsExactlyInAnyOrder(
                        // 2025-12: 市级 HG04; 区级 HG02 and HG01 (named on 12-31 = end(M)); no 部门级 yet.
                        // Targets (park only): 2025 has no file, the defaults 3:6:12.
                        tuple(202512, "park", "全园区", "市级", 1, decimal("3")),
                        tuple(202512, "park", "全园区", "区级", 2, decimal("6")),
                        tuple(202512, "park", "全园区", "部门级", 0, decimal("12")),
                        tuple(202512, "subtree", "HG01", "市级", 1, null),
                        tuple(202512, "subtree", "HG01", "区级", 2, null),
                        tuple(202512, "subtree", "HG01", "部门级", 0, null),
                        // HG02's subtree (HG02, HG03, HG05) has HG02's 区级 only.
                        tuple(202512, "subtree", "HG02", "市级", 0, null),
                        tuple(202512, "subtree", "HG02", "区级", 1, null),
                        tuple(202512, "subtree", "HG02", "部门级", 0, null),
                        // 2026-01: HG02's revocation on 01-31 is not before end(M), so it still counts; HG03's 部门级 (01-20) joins.
                        // Targets: the 2026 file's 2:4:8.
                        tuple(202601, "park", "全园区", "市级", 1, decimal("2")),
                        tuple(202601, "park", "全园区", "区级", 2, decimal("4")),
                        tuple(202601, "park", "全园区", "部门级", 1, decimal("8")),
                        tuple(202601, "subtree", "HG01", "市级", 1, null),
                        tuple(202601, "subtree", "HG01", "区级", 2, null),
                        tuple(202601, "subtree", "HG01", "部门级", 1, null),
                        tuple(202601, "subtree", "HG02", "市级", 0, null),
                        tuple(202601, "subtree", "HG02", "区级", 1, null),
                        tuple(202601, "subtree", "HG02", "部门级", 1, null),
                        // 2026-02: HG02's site is revoked; 市级 HG04, 区级 HG01, 部门级 HG03.
                        tuple(202602, "park", "全园区", "市级", 1, decimal("2")),
                        tuple(202602, "park", "全园区", "区级", 1, decimal("4")),
                        tuple(202602, "park", "全园区", "部门级", 1, decimal("8")),
                        tuple(202602, "subtree", "HG01", "市级", 1, null),
                        tuple(202602, "subtree", "HG01", "区级", 1, null),
                        tuple(202602, "subtree", "HG01", "部门级", 1, null),
                        tuple(202602, "subtree", "HG02", "市级", 0, null),
                        tuple(202602, "subtree", "HG02", "区级", 0, null),
                        tuple(202602, "subtree", "HG02", "部门级", 1, null),
                        // 2026-03: HG06's 部门级 (03-10) joins → 部门级 2, both in HG02's subtree.
                        tuple(202603, "park", "全园区", "市级", 1, decimal("2")),
                        tuple(202603, "park", "全园区", "区级", 1, decimal("4")),
                        tuple(202603, "park", "全园区", "部门级", 2, decimal("8")),
                        tuple(202603, "subtree", "HG01", "市级", 1, null),
                        tuple(202603, "subtree", "HG01", "区级", 1, null),
                        tuple(202603, "subtree", "HG01", "部门级", 2, null),
                        tuple(202603, "subtree", "HG02", "市级", 0, null),
                        tuple(202603, "subtree", "HG02", "区级", 0, null),
                        tuple(202603, "subtree", "HG02", "部门级", 2, null));
    }

    @AcrossSources
    void targetsAtTheEndOfTheYear(KpiSource source)
    {
        assertThat(park.rows(source, "targets", "month_key, year, indicator, target_value, actual, gap, months_left, pace_needed", "WHERE month_key = 202512"))
                .containsExactlyInAnyOrder(
                        // December: no months left, so no pace. 2025 has no targets file: the defaults.
                        // Nobody established in 2025 (HG06 is 2026).
                        tuple(202512, 2025, "新建基层党组织", decimal("2"), decimal("0"), decimal("2"), 0, null),
                        // Q03 admitted 2025-09-01.
                        tuple(202512, 2025, "新发展党员", decimal("20"), decimal("1"), decimal("19"), 0, null),
                        // December's events: HG03 主题党日 3 of 4, HG04 党课 1 of 1 → 4/5 = 0.8; 0.98 − 0.8 = 0.18.
                        tuple(202512, 2025, "党员参加组织生活率", decimal("0.98"), ratio(4, 5), decimal("0.18"), 0, null),
                        // Members at 2025-12: Q01 Q02 Q03 (HG03), Q05 (HG04), Q07 (HG05); Q04 is a candidate.
                        // Mobile: Q02 (managed), Q05 (not) → 1/2. Backbone: Q01 Q03 Q05 → 3/5; 0.8 − 0.6 = 0.2.
                        tuple(202512, 2025, "流动党员纳入管理率", decimal("1"), ratio(1, 2), decimal("0.5"), 0, null),
                        tuple(202512, 2025, "业务骨干率", decimal("0.8"), ratio(3, 5), decimal("0.2"), 0, null),
                        // 2025Q4 ends in 2025-12: 2 好 of 5 = 0.4 against the default 0.4.
                        tuple(202512, 2025, "先进率", decimal("0.4"), ratio(2, 5), decimal("0"), 0, null),
                        // Sites active at 2025-12: 市级 HG04; 区级 HG02 and HG01; 部门级 none.
                        tuple(202512, 2025, "市级示范点", decimal("3"), decimal("1"), decimal("2"), 0, null),
                        tuple(202512, 2025, "区级示范点", decimal("6"), decimal("2"), decimal("4"), 0, null),
                        tuple(202512, 2025, "部门级示范点", decimal("12"), decimal("0"), decimal("12"), 0, null));
    }

    @AcrossSources
    void targetsAtTheEndOfTheFirstQuarter(KpiSource source)
    {
        assertThat(park.rows(source, "targets", "month_key, year, indicator, target_value, actual, gap, months_left, pace_needed", "WHERE month_key = 202603"))
                .containsExactlyInAnyOrder(
                        // HG06, established 2026-02-01 → 1 of 3; 2 to go over 12 − 3 = 9 months.
                        tuple(202603, 2026, "新建基层党组织", decimal("3"), decimal("1"), decimal("2"), 9, ratio(2, 9)),
                        // Q04 admitted 2026-02-20 → 1 of 4; 3 to go over 9 months.
                        tuple(202603, 2026, "新发展党员", decimal("4"), decimal("1"), decimal("3"), 9, ratio(3, 9)),
                        // March's events: HG03 4 of 4, HG04 0 of 1, HG06 1 of 1 → 5/6; 0.98 − 0.833333333 = 0.146666667.
                        tuple(202603, 2026, "党员参加组织生活率", decimal("0.98"), ratio(5, 6), decimal("0.146666667"), 9, null),
                        // Members at 2026-03: Q01 Q02 Q03 Q04 (HG03), Q05 (HG04), Q06 (HG06); HG05 is dissolved.
                        // Mobile Q02 (managed), Q05 (not) → 1/2. Backbone Q01 Q03 Q05 Q06 → 4/6; 0.8 − 0.666666667 = 0.133333333.
                        tuple(202603, 2026, "流动党员纳入管理率", decimal("1"), ratio(1, 2), decimal("0.5"), 9, null),
                        tuple(202603, 2026, "业务骨干率", decimal("0.8"), ratio(4, 6), decimal("0.133333333"), 9, null),
                        // 2026Q1: 好 HG01 HG02 HG06 of 5 → 0.6 against the file's 0.5: gap −0.1.
                        tuple(202603, 2026, "先进率", decimal("0.5"), ratio(3, 5), decimal("-0.1"), 9, null),
                        // Sites at 2026-03: 市级 HG04 (1 of 2), 区级 HG01 (1 of 4), 部门级 HG03 HG06 (2 of 8).
                        tuple(202603, 2026, "市级示范点", decimal("2"), decimal("1"), decimal("1"), 9, ratio(1, 9)),
                        tuple(202603, 2026, "区级示范点", decimal("4"), decimal("1"), decimal("3"), 9, ratio(3, 9)),
                        tuple(202603, 2026, "部门级示范点", decimal("8"), decimal("2"), decimal("6"), 9, ratio(6, 9)));
    }

    @AcrossSources
    void targetsInMonthsWithoutReports(KpiSource source)
    {
        assertThat(park.rows(source, "targets", "month_key, year, indicator, target_value, actual, gap, months_left, pace_needed",
                "WHERE month_key IN (202601, 202602)")).containsExactlyInAnyOrder(
                // HG06 (established 2026-02-01) has no version before its first report (2026-03): not counted yet.
                tuple(202601, 2026, "新建基层党组织", decimal("3"), decimal("0"), decimal("3"), 11, ratio(3, 11)),
                tuple(202602, 2026, "新建基层党组织", decimal("3"), decimal("0"), decimal("3"), 10, ratio(3, 10)),
                // Q04's admission (2026-02-20), though reported in March, falls in February.
                tuple(202601, 2026, "新发展党员", decimal("4"), decimal("0"), decimal("4"), 11, ratio(4, 11)),
                tuple(202602, 2026, "新发展党员", decimal("4"), decimal("1"), decimal("3"), 10, ratio(3, 10)),
                // No events in January or February: nothing to measure.
                tuple(202601, 2026, "党员参加组织生活率", decimal("0.98"), null, null, 11, null),
                tuple(202602, 2026, "党员参加组织生活率", decimal("0.98"), null, null, 10, null),
                // December's rosters carried forward, without HG05 (dissolved 01-15): members Q01 Q02 Q03 Q05.
                // Mobile Q02 (managed), Q05 → 1/2. Backbone Q01 Q03 Q05 → 3/4.
                tuple(202601, 2026, "流动党员纳入管理率", decimal("1"), ratio(1, 2), decimal("0.5"), 11, null),
                tuple(202602, 2026, "流动党员纳入管理率", decimal("1"), ratio(1, 2), decimal("0.5"), 10, null),
                tuple(202601, 2026, "业务骨干率", decimal("0.8"), ratio(3, 4), decimal("0.05"), 11, null),
                tuple(202602, 2026, "业务骨干率", decimal("0.8"), ratio(3, 4), decimal("0.05"), 10, null),
                // The latest period ending by then is still 2025Q4: 0.4 against 0.5.
                tuple(202601, 2026, "先进率", decimal("0.5"), ratio(2, 5), decimal("0.1"), 11, null),
                tuple(202602, 2026, "先进率", decimal("0.5"), ratio(2, 5), decimal("0.1"), 10, null),
                // Sites: January 市级 HG04, 区级 HG02 (revoked on end(M)) and HG01, 部门级 HG03; February without HG02.
                tuple(202601, 2026, "市级示范点", decimal("2"), decimal("1"), decimal("1"), 11, ratio(1, 11)),
                tuple(202601, 2026, "区级示范点", decimal("4"), decimal("2"), decimal("2"), 11, ratio(2, 11)),
                tuple(202601, 2026, "部门级示范点", decimal("8"), decimal("1"), decimal("7"), 11, ratio(7, 11)),
                tuple(202602, 2026, "市级示范点", decimal("2"), decimal("1"), decimal("1"), 10, ratio(1, 10)),
                tuple(202602, 2026, "区级示范点", decimal("4"), decimal("1"), decimal("3"), 10, ratio(3, 10)),
                tuple(202602, 2026, "部门级示范点", decimal("8"), decimal("1"), decimal("7"), 10, ratio(7, 10)));
    }
}
