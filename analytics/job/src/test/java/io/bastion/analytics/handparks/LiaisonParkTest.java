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
 * Liaison (联系点) progress and its roll-ups over the first quarter of 2026: four assignments of three liaisons to
 * three sites, one of them ended and one begun mid-quarter.
 *
 * <pre>
 * HI01 园区党委 (党委)
 * ├── HI02 非公企业党总支 (党总支)   site of 张委员 from 2025-10-01 to 2026-03-31 (its last day: still active all quarter)
 * │   └── HI03 甲公司党支部          site of 张委员 from 2025-01-01
 * └── HI04 乙公司党支部              site of 李部长 2025-06-01 to 2026-02-15, then of 王干事 from 2026-02-16
 *
 * contacts  2026-01-08 张委员→HI03 电话   2026-01-20 张委员→HI03 视频   2026-01-15 李部长→HI04 现场
 *           2026-02-10 张委员→HI02 电话   2026-02-05 李部长→HI04 电话   2026-02-20 王干事→HI04 现场
 *           2026-03-03 张委员→HI03 电话, then 视频 (same day)   2026-03-25 王干事→HI04 电话   2026-03-31 张委员→HI02 现场
 * </pre>
 * The organizations report for January; HI01 alone reports for February and March, so the others are carried forward.
 */
class LiaisonParkTest
{
    private static final Organization PARTY_COMMITTEE = Organization.withoutUnits("HI01", "园区党委", "党委", "", "机关", "2015-01-01", "2023-05-01");
    private static final Organization GENERAL_BRANCH = Organization.withoutUnits("HI02", "非公企业党总支", "党总支", "HI01", "非公企业", "2018-01-01", "2024-01-01");
    private static final Organization JIA_BRANCH = Organization.withoutUnits("HI03", "甲公司党支部", "党支部", "HI02", "非公企业", "2019-01-01", "2024-01-01");
    private static final Organization YI_BRANCH = Organization.withoutUnits("HI04", "乙公司党支部", "党支部", "HI01", "国有企业", "2017-01-01", "2024-01-01");

    @TempDir
    static Path folder;
    private static HandParkWarehouse park;

    @BeforeAll
    static void buildPark()
    {
        park = new HandParkWarehouse(folder);
        ParkFiles files = park.inbox("all");
        files.submit(
                PARTY_COMMITTEE.report("2026-01", "2026-02-03"),
                GENERAL_BRANCH.report("2026-01", "2026-02-03"),
                JIA_BRANCH.report("2026-01", "2026-02-03"),
                YI_BRANCH.report("2026-01", "2026-02-03"),
                PARTY_COMMITTEE.report("2026-02", "2026-03-03"),
                PARTY_COMMITTEE.report("2026-03", "2026-04-03"));
        files.assignments(
                "张委员,党工委委员,HI03,2025-01-01,",
                "李部长,党群工作部部长,HI04,2025-06-01,2026-02-15",
                "王干事,党群工作部干事,HI04,2026-02-16,",
                "张委员,党工委委员,HI02,2025-10-01,2026-03-31");
        files.contacts("2026-01",
                "张委员,HI03,2026-01-08,电话,电话了解换届准备",
                "张委员,HI03,2026-01-20,视频,视频指导主题党日",
                "李部长,HI04,2026-01-15,现场,现场督导党课");
        files.contacts("2026-02",
                "张委员,HI02,2026-02-10,电话,电话沟通季度计划",
                // 李部长's assignment ended 02-15: his contact counts for no assignment active at February's end,
                // and must not be taken for 王干事's, who has the same site.
                "李部长,HI04,2026-02-05,电话,电话交接工作",
                "王干事,HI04,2026-02-20,现场,现场交接联系工作");
        files.contacts("2026-03",
                "张委员,HI03,2026-03-03,电话,电话提醒报送",
                "张委员,HI03,2026-03-03,视频,视频会议部署",
                "王干事,HI04,2026-03-25,电话,电话了解整改",
                "张委员,HI02,2026-03-31,现场,现场检查阵地建设");
        park.ingest(files);
    }

    @AfterAll
    static void closePark()
    {
        park.close();
    }

    @AcrossSources
    void progressPerAssignment(KpiSource source)
    {
        String columns = """
                month_key, liaison, title, site_org_code, site_name, start_on, end_on, contacts_in_month, monthly_ok, onsite_in_quarter,
                quarterly_status, last_contact_on, days_since_last_contact, last_contact_summary, overdue""";
        assertThat(park.rows(source, "liaison_progress", columns, "")).containsExactlyInAnyOrder(
                // January (end 01-31, not a quarter end): three assignments active; 王干事's starts 02-16.
                // 张委员→HI03: 2 contacts, no 现场 yet → 待完成; last 01-20, 11 days.
                tuple(202601, "张委员", "党工委委员", "HI03", "甲公司党支部", date("2025-01-01"), null, 2, true, 0, "待完成",
                        date("2026-01-20"), 11, "视频指导主题党日", false),
                // 李部长→HI04: a 现场 visit on 01-15 → 已完成; 16 days.
                tuple(202601, "李部长", "党群工作部部长", "HI04", "乙公司党支部", date("2025-06-01"), date("2026-02-15"), 1, true, 1, "已完成",
                        date("2026-01-15"), 16, "现场督导党课", false),
                // 张委员→HI02: never contacted → overdue, no last contact.
                tuple(202601, "张委员", "党工委委员", "HI02", "非公企业党总支", date("2025-10-01"), date("2026-03-31"), 0, false, 0, "待完成",
                        null, null, null, true),
                // February (end 02-28): 李部长's assignment ended 02-15 (before end(M)); 王干事's began 02-16.
                // 张委员→HI03: nothing in February → overdue; last contact still 01-20, 39 days.
                tuple(202602, "张委员", "党工委委员", "HI03", "甲公司党支部", date("2025-01-01"), null, 0, false, 0, "待完成",
                        date("2026-01-20"), 39, "视频指导主题党日", true),
                // 王干事→HI04: his own 现场 on 02-20 (李部长's 02-05 call is not his) → 已完成; 8 days.
                tuple(202602, "王干事", "党群工作部干事", "HI04", "乙公司党支部", date("2026-02-16"), null, 1, true, 1, "已完成",
                        date("2026-02-20"), 8, "现场交接联系工作", false),
                // 张委员→HI02: a call on 02-10; no 现场 → 待完成; 18 days.
                tuple(202602, "张委员", "党工委委员", "HI02", "非公企业党总支", date("2025-10-01"), date("2026-03-31"), 1, true, 0, "待完成",
                        date("2026-02-10"), 18, "电话沟通季度计划", false),
                // March, the quarter's end: 达标 with a 现场 visit in the quarter, else 未达标.
                // 张委员→HI03: two contacts on 03-03; the later row (视频) is the last; never on site → 未达标; 28 days.
                tuple(202603, "张委员", "党工委委员", "HI03", "甲公司党支部", date("2025-01-01"), null, 2, true, 0, "未达标",
                        date("2026-03-03"), 28, "视频会议部署", false),
                // 王干事→HI04: the 02-20 visit counts for the quarter → 达标; last 03-25, 6 days.
                tuple(202603, "王干事", "党群工作部干事", "HI04", "乙公司党支部", date("2026-02-16"), null, 1, true, 1, "达标",
                        date("2026-03-25"), 6, "电话了解整改", false),
                // 张委员→HI02: on site on 03-31, the last day → 达标; 0 days. Its end 03-31 is not before end(M): still active.
                tuple(202603, "张委员", "党工委委员", "HI02", "非公企业党总支", date("2025-10-01"), date("2026-03-31"), 1, true, 1, "达标",
                        date("2026-03-31"), 0, "现场检查阵地建设", false));
    }

    @AcrossSources
    void monthlyAndQuarterlyRates(KpiSource source)
    {
        String columns = """
                month_key, scope_kind, scope_code, active_assignments, contacted_assignments, overdue_assignments, monthly_rate,
                quarter_end, quarter_assignments, onsite_ok_assignments, quarterly_rate""";
        assertThat(park.rows(source, "liaison_summary", columns, "")).containsExactlyInAnyOrder(
                // January: 3 active, contacted 张委员→HI03 and 李部长→HI04 → 2/3; not a quarter end.
                tuple(202601, "park", "全园区", 3, 2, 1, ratio(2, 3), false, 0, 0, null),
                tuple(202601, "subtree", "HI01", 3, 2, 1, ratio(2, 3), false, 0, 0, null),
                // HI02's subtree: the sites HI02 and HI03 (张委员's two assignments).
                tuple(202601, "subtree", "HI02", 2, 1, 1, ratio(1, 2), false, 0, 0, null),
                tuple(202601, "liaison", "张委员", 2, 1, 1, ratio(1, 2), false, 0, 0, null),
                tuple(202601, "liaison", "李部长", 1, 1, 0, ratio(1, 1), false, 0, 0, null),
                // February: 张委员→HI03 (no), 王干事→HI04 (yes), 张委员→HI02 (yes) → 2/3.
                tuple(202602, "park", "全园区", 3, 2, 1, ratio(2, 3), false, 0, 0, null),
                tuple(202602, "subtree", "HI01", 3, 2, 1, ratio(2, 3), false, 0, 0, null),
                tuple(202602, "subtree", "HI02", 2, 1, 1, ratio(1, 2), false, 0, 0, null),
                tuple(202602, "liaison", "张委员", 2, 1, 1, ratio(1, 2), false, 0, 0, null),
                tuple(202602, "liaison", "王干事", 1, 1, 0, ratio(1, 1), false, 0, 0, null),
                // March: all three contacted → 3/3. Active all quarter (start ≤ 01-01, end blank or ≥ 03-31): 张委员→HI03
                // and 张委员→HI02 (李部长's ended, 王干事's began 02-16); on site in the quarter: HI02 only → 1/2.
                tuple(202603, "park", "全园区", 3, 3, 0, ratio(3, 3), true, 2, 1, ratio(1, 2)),
                tuple(202603, "subtree", "HI01", 3, 3, 0, ratio(3, 3), true, 2, 1, ratio(1, 2)),
                tuple(202603, "subtree", "HI02", 2, 2, 0, ratio(2, 2), true, 2, 1, ratio(1, 2)),
                tuple(202603, "liaison", "张委员", 2, 2, 0, ratio(2, 2), true, 2, 1, ratio(1, 2)),
                // 王干事 is 达标 on his own row, but his assignment was not active all quarter: no quarterly rate.
                tuple(202603, "liaison", "王干事", 1, 1, 0, ratio(1, 1), true, 0, 0, null));
    }
}
