package io.bastion.analytics.handparks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.bastion.analytics.handparks.Values.date;
import static io.bastion.analytics.handparks.Values.ratio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Coverage (组织覆盖, 单独组建, 应建未建, 工作覆盖, new enterprises) on a park of six enterprises, four organizations
 * and twelve people over January and February 2026.
 *
 * <pre>
 * HC01 园区党委 (党委)                      roster: P12 (works at 戊)
 * ├── HC02 非公企业党总支 (党总支)          roster: none
 * │   └── HC04 乙丙联合党支部 (联合组建)    covers 乙;丙 in January, 乙;丙;己 in February
 * └── HC03 甲软件党支部 (单独组建)          covers 甲 and 丁（挂靠）; reports January only (carried into February)
 *
 * 甲 JIA  非公企业 软件  moved in 2020-05-01   own branch HC03
 * 乙 YI   非公企业 制造  moved in 2019-03-05   joint branch HC04
 * 丙 BING 非公企业 服务  moved in 2018-01-01   joint branch HC04; moved out 2026-02-10 (February's registry)
 * 丁 DING 国有企业 物流  moved in 2021-07-01   attached (挂靠) to HC03, three full members of its own; not in February's registry
 * 戊 WU   非公企业 服务  moved in 2025-06-01   no organization; instructor in January, a union instead in February
 * 己 JI   非公企业 制造  moved in 2026-01-10   nothing in January; HC04 covers it from February
 * </pre>
 */
class CoverageParkTest
{
    private static final String JIA = HandCodes.UNIT_1;
    private static final String YI = HandCodes.UNIT_2;
    private static final String BING = HandCodes.UNIT_3;
    private static final String DING = HandCodes.UNIT_4;
    private static final String WU = HandCodes.UNIT_5;
    private static final String JI = HandCodes.UNIT_6;

    private static final Organization PARTY_COMMITTEE = Organization.withoutUnits("HC01", "园区党委", "党委", "", "机关", "2015-01-01", "2024-03-01");
    private static final Organization GENERAL_BRANCH = Organization.withoutUnits("HC02", "非公企业党总支", "党总支", "HC01", "非公企业", "2018-01-01", "2024-03-01");
    private static final Organization JIA_BRANCH = new Organization("HC03", "甲软件党支部", "党支部", "HC01", "非公企业", "2020-06-01", "", "2024-06-01",
            "单独组建", JIA + ";" + DING + "（挂靠）");
    private static final Organization JOINT_BRANCH = new Organization("HC04", "乙丙联合党支部", "联合党支部", "HC02", "非公企业", "2019-06-01", "", "2024-06-01",
            "联合组建", YI + ";" + BING);

    private static final Person P01 = Person.member("P01", "赵一", "320501198504120132", "男").unit(JIA);
    private static final Person P02 = Person.member("P02", "钱二", "320501199008230142", "女").unit(JIA);
    /** At 甲 on HC03's January roster; in February HC04 lists him at 乙 (he changed jobs), while HC03's roster still has him. */
    private static final Person P03 = Person.member("P03", "孙三", "320501198801050134", "男").unit(JIA);
    private static final Person P04 = Person.member("P04", "李四", "320501197910300134", "男").unit(DING);
    private static final Person P05 = Person.member("P05", "周五", "32050119920618014X", "女").unit(DING);
    private static final Person P06 = Person.member("P06", "吴六", "320501198303090133", "男").unit(DING);
    /** A probationary member: a member, not a full member. */
    private static final Person P07 = Person.member("P07", "郑七", "320501199712010143", "女").unit(JIA).stage("预备党员", "", "", "", "2025-06-01");
    private static final Person P08 = Person.member("P08", "王八", "320501198607070131", "男").unit(YI);
    private static final Person P09 = Person.member("P09", "冯九", "320501199111110149", "女").unit(YI);
    private static final Person P10 = Person.member("P10", "陈十", "320501197502140135", "男").unit(BING);
    /** Transferred out in January: his final row carries 减少原因, so he is not counted at January's end. */
    private static final Person P11 = Person.member("P11", "褚十一", "320501198009300136", "男").unit(YI).left("转出");
    private static final Person P12 = Person.member("P12", "卫十二", "320501197005200141", "女").unit(WU);

    private static final String COVERAGE_COLUMNS = """
            month_key, scope_kind, scope_code, active_enterprises, covered_enterprises, org_coverage_rate,
            enterprises_with_three_full, own_organization_enterprises, own_branch_rate, must_form_enterprises,
            work_covered_enterprises, work_coverage_rate, uncovered_over_90_days""";

    @TempDir
    static Path folder;
    private static HandParkWarehouse park;

    @BeforeAll
    static void buildPark()
    {
        park = new HandParkWarehouse(folder);
        ParkFiles files = park.inbox("all");
        files.registry("2026-01",
                JIA + ",甲软件有限公司,非公企业,软件,80,2020-05-01,,3000,否,否,",
                YI + ",乙制造有限公司,非公企业,制造,200,2019-03-05,,9000,否,否,",
                BING + ",丙服务有限公司,非公企业,服务,30,2018-01-01,,500,否,否,",
                DING + ",丁物流有限公司,国有企业,物流,150,2021-07-01,,6000,否,否,",
                WU + ",戊餐饮有限公司,非公企业,服务,20,2025-06-01,,200,否,否,李指导",
                JI + ",己新材料有限公司,非公企业,制造,40,2026-01-10,,,否,否,");
        // February's registry leaves 丁 out: an enterprise's latest row at or before M holds, so 丁 carries forward.
        files.registry("2026-02",
                JIA + ",甲软件有限公司,非公企业,软件,80,2020-05-01,,3000,否,否,",
                YI + ",乙制造有限公司,非公企业,制造,200,2019-03-05,,9000,否,否,",
                BING + ",丙服务有限公司,非公企业,服务,30,2018-01-01,2026-02-10,500,否,否,",
                WU + ",戊餐饮有限公司,非公企业,服务,20,2025-06-01,,200,是,否,",
                JI + ",己新材料有限公司,非公企业,制造,40,2026-01-10,,,否,否,");
        files.submit(
                PARTY_COMMITTEE.report("2026-01", "2026-02-03").people(P12),
                GENERAL_BRANCH.report("2026-01", "2026-02-03"),
                JIA_BRANCH.report("2026-01", "2026-02-03").people(P01, P02, P03, P04, P05, P06, P07),
                JOINT_BRANCH.report("2026-01", "2026-02-03").people(P08, P09, P10, P11),
                PARTY_COMMITTEE.report("2026-02", "2026-03-03").people(P12),
                GENERAL_BRANCH.report("2026-02", "2026-03-03"),
                // HC03 sends nothing for February. HC04 still lists 丙 after it moved out, and now 己.
                JOINT_BRANCH.covering("联合组建", YI + ";" + BING + ";" + JI).report("2026-02", "2026-03-03").people(P08, P09, P10, P03.unit(YI)));
        park.ingest(files);
    }

    @AfterAll
    static void closePark()
    {
        park.close();
    }

    @AcrossSources
    void coverageParkWide(KpiSource source)
    {
        assertThat(park.rows(source, "coverage", COVERAGE_COLUMNS, "WHERE scope_kind = 'park'")).containsExactlyInAnyOrder(
                // January: 6 active (己 moved in 01-10; 丙 moves out only in February).
                // Org-covered 4: 甲 (HC03), 丁 (HC03, 挂靠), 乙 and 丙 (HC04); 戊 and 己 are not.
                // Full members: 甲 3 (P01, P02, P03; P07 is 预备), 丁 3 (P04–P06), 乙 2 (P08, P09; P11 left), 丙 1, 戊 1 (P12).
                // ≥ 3 full: 甲, 丁; own organization: 甲 only (丁 is merely attached) → 1/2, must-form 1 (丁).
                // Work-covered 5: the 4 covered + 戊 (instructor); 己 has nothing → 5/6.
                // Uncovered > 90 days: 戊 (244 days); 己 (21 days) is not yet → 1.
                tuple(202601, "park", "全园区", 6, 4, ratio(4, 6), 2, 1, ratio(1, 2), 1, 5, ratio(5, 6), 1),
                // February: 5 active (丙 moved out 02-10 ≤ 02-28). Covered 4: 甲 and 丁 through HC03's January report
                // carried forward, 乙 and 己 through HC04's February report; 戊 is not.
                // P03 is on two rosters; HC04's February row is the later month, so he counts once, at 乙:
                // 乙 3 full (P08, P09, P03), 甲 2 (P01, P02), 丁 3. ≥ 3 full: 乙, 丁; own: neither (joint, attached)
                // → 0/2, must-form 2. Work-covered 5/5 (戊 has a union now). Uncovered > 90 days: 戊 (272 days).
                tuple(202602, "park", "全园区", 5, 4, ratio(4, 5), 2, 0, ratio(0, 2), 2, 5, ratio(5, 5), 1));
    }

    @AcrossSources
    void coveragePerSubtree(KpiSource source)
    {
        assertThat(park.rows(source, "coverage", COVERAGE_COLUMNS, "WHERE scope_kind = 'subtree'")).containsExactlyInAnyOrder(
                // HC01's subtree is every organization. Its enterprises: those its organizations link (甲, 丁, 乙, 丙, and
                // 己 from February) and those its counted people work at (戊 through P12). 己 is outside it in January.
                // January: 甲 乙 丙 丁 戊 → 5 active, 4 covered, ≥3 full 甲 丁, own 甲, must-form 丁, work 5/5, 戊 > 90 days.
                tuple(202601, "subtree", "HC01", 5, 4, ratio(4, 5), 2, 1, ratio(1, 2), 1, 5, ratio(5, 5), 1),
                // February: 甲 乙 丁 戊 己 (丙 gone) → 5 active, 4 covered (not 戊), ≥3 full 乙 丁, own none, must-form 2.
                tuple(202602, "subtree", "HC01", 5, 4, ratio(4, 5), 2, 0, ratio(0, 2), 2, 5, ratio(5, 5), 1),
                // HC02's subtree is HC02 and HC04. January: 乙 丙, both covered; 乙 has 2 full, 丙 1 → no ≥3 row, rate blank.
                tuple(202601, "subtree", "HC02", 2, 2, ratio(2, 2), 0, 0, null, 0, 2, ratio(2, 2), 0),
                // February: 乙 己 (丙 gone); 乙 now has 3 full (P03 counted in HC04) and only a joint branch → must-form.
                tuple(202602, "subtree", "HC02", 2, 2, ratio(2, 2), 1, 0, ratio(0, 1), 1, 2, ratio(2, 2), 0));
    }

    @AcrossSources
    void coveragePerUnitCategoryAndIndustry(KpiSource source)
    {
        assertThat(park.rows(source, "coverage", COVERAGE_COLUMNS, "WHERE scope_kind IN ('unit_category', 'industry')")).containsExactlyInAnyOrder(
                // 非公企业 January: 甲 乙 丙 戊 己; covered 甲 乙 丙; ≥3 full 甲 (own); work + 戊 = 4; 戊 > 90 days.
                tuple(202601, "unit_category", "非公企业", 5, 3, ratio(3, 5), 1, 1, ratio(1, 1), 0, 4, ratio(4, 5), 1),
                // 非公企业 February: 甲 乙 戊 己; covered 甲 乙 己; ≥3 full 乙 (joint only); work 4/4; 戊 > 90 days.
                tuple(202602, "unit_category", "非公企业", 4, 3, ratio(3, 4), 1, 0, ratio(0, 1), 1, 4, ratio(4, 4), 1),
                // 国有企业: 丁 alone, attached with 3 full members, both months.
                tuple(202601, "unit_category", "国有企业", 1, 1, ratio(1, 1), 1, 0, ratio(0, 1), 1, 1, ratio(1, 1), 0),
                tuple(202602, "unit_category", "国有企业", 1, 1, ratio(1, 1), 1, 0, ratio(0, 1), 1, 1, ratio(1, 1), 0),
                // 软件: 甲, own branch with 3 full in January, 2 full in February.
                tuple(202601, "industry", "软件", 1, 1, ratio(1, 1), 1, 1, ratio(1, 1), 0, 1, ratio(1, 1), 0),
                tuple(202602, "industry", "软件", 1, 1, ratio(1, 1), 0, 0, null, 0, 1, ratio(1, 1), 0),
                // 制造: 乙 and 己. January only 乙 covered, 己 has nothing. February both covered, 乙 must-form.
                tuple(202601, "industry", "制造", 2, 1, ratio(1, 2), 0, 0, null, 0, 1, ratio(1, 2), 0),
                tuple(202602, "industry", "制造", 2, 2, ratio(2, 2), 1, 0, ratio(0, 1), 1, 2, ratio(2, 2), 0),
                // 服务: 丙 and 戊 in January (丙 covered, 戊 instructor, > 90 days); 戊 alone in February (union).
                tuple(202601, "industry", "服务", 2, 1, ratio(1, 2), 0, 0, null, 0, 2, ratio(2, 2), 1),
                tuple(202602, "industry", "服务", 1, 0, ratio(0, 1), 0, 0, null, 0, 1, ratio(1, 1), 1),
                // 物流: 丁, as 国有企业.
                tuple(202601, "industry", "物流", 1, 1, ratio(1, 1), 1, 0, ratio(0, 1), 1, 1, ratio(1, 1), 0),
                tuple(202602, "industry", "物流", 1, 1, ratio(1, 1), 1, 0, ratio(0, 1), 1, 1, ratio(1, 1), 0));
    }

    @AcrossSources
    void mustFormListNamesTheAttachedAndTheJointlyCovered(KpiSource source)
    {
        assertThat(park.rows(source, "must_form", "month_key, unit_code, unit_name, unit_category, industry, full_members, covering_orgs", "")).containsExactlyInAnyOrder(
                // 丁: 3 full members, attached to HC03 — covered, but not its own organization.
                tuple(202601, DING, "丁物流有限公司", "国有企业", "物流", 3, "HC03"),
                tuple(202602, DING, "丁物流有限公司", "国有企业", "物流", 3, "HC03"),
                // 乙 in February: P08, P09 and P03 (counted in HC04 at 乙); covered by the joint branch only.
                tuple(202602, YI, "乙制造有限公司", "非公企业", "制造", 3, "HC04"));
    }

    @AcrossSources
    void uncoveredOverNinetyDays(KpiSource source)
    {
        assertThat(park.rows(source, "uncovered_enterprise", "month_key, unit_code, unit_name, unit_category, industry, moved_in_on, days_in_park", "")).containsExactlyInAnyOrder(
                // 戊 moved in 2025-06-01: to 2026-01-31 is 29 + 31 + 31 + 30 + 31 + 30 + 31 + 31 = 244 days; + 28 = 272.
                // 己 (2026-01-10) is uncovered in January but only 21 days in; 丙 is covered, then gone.
                tuple(202601, WU, "戊餐饮有限公司", "非公企业", "服务", date("2025-06-01"), 244),
                tuple(202602, WU, "戊餐饮有限公司", "非公企业", "服务", date("2025-06-01"), 272));
    }

    @AcrossSources
    void newEnterpriseFirstCoverage(KpiSource source)
    {
        assertThat(park.rows(source, "enterprise_first_coverage", "unit_code, unit_name, unit_category, industry, moved_in_on, first_covered_month, days_to_coverage", ""))
                // Only 己 moved in on or after the first analysed month's first day (2026-01-01). First covered at the
                // end of February (HC04's February report): 2026-02-28 − 2026-01-10 = 21 + 28 = 49 days.
                .containsExactlyInAnyOrder(tuple(JI, "己新材料有限公司", "非公企业", "制造", date("2026-01-10"), 202602, 49));
    }

    @AcrossSources
    void aPersonOnTwoRostersCountsOnceInTheLaterOne(KpiSource source)
    {
        assertThat(park.rows(source, "membership", "month_key, scope_kind, scope_code, members, full_members, members_in, members_out",
                "WHERE scope_kind IN ('park', 'subtree')")).containsExactlyInAnyOrder(
                // January: P01–P10 and P12 are members (P07 预备); P11 left → 11 members, 10 full; all "in" (nobody at December).
                tuple(202601, "park", "全园区", 11, 10, 11, 0),
                tuple(202601, "subtree", "HC01", 11, 10, 11, 0),
                // HC02's subtree in January: HC04's P08, P09, P10.
                tuple(202601, "subtree", "HC02", 3, 3, 3, 0),
                // February: the same 11 people (P03 counts once, in HC04, not also in HC03's carried roster).
                tuple(202602, "park", "全园区", 11, 10, 0, 0),
                tuple(202602, "subtree", "HC01", 11, 10, 0, 0),
                // P03 moved into HC02's subtree: 4 members, 1 in.
                tuple(202602, "subtree", "HC02", 4, 4, 1, 0));
    }
}
