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
 * Admissions (发展党员) and membership on a park of four organizations and eleven people over January and February 2026.
 *
 * <pre>
 * HA01 园区党委 (党委)                   no roster
 * ├── HA02 非公企业党总支 (党总支)       no roster
 * │   └── HA03 甲精密党支部 (非公企业)   R01–R07
 * └── HA04 乙能源党支部 (国有企业)       R08–R11
 *
 *      born        sex  学历       岗位        January                        February
 * R01  1990-05-10  女   大学本科   一线职工    正式 (mobile, managed; 骨干)   same
 * R02  2000-02-15  男   大学专科   一线职工    预备, joined 2026-01-12        same
 * R03  1995-07-20  女   研究生     专业技术    发展对象 from 2026-01-20       same
 * R04  1998-11-11  男   高中       一线职工    申请人 (2025-06-01)            积极分子 from 2026-02-03
 * R05  2003-04-04  女   中专       一线职工    申请人 from 2026-01-08         same
 * R06  1960-03-01  男   初中及以下 其他        正式 (mobile, not managed)     final row, 减少原因 转出
 * R07  1991-02-28  女   大学本科   经营管理    —                              正式, transferred in (mobile, managed; 骨干)
 * R08  1975-06-30  男   大学专科   一线职工    正式 (骨干)                    same
 * R09  1989-09-09  女   大学本科   专业技术    发展对象 (2024-08-01)          预备, joined 2026-02-14 (mobile, not managed)
 * R10  1996-01-01  男   大学本科   一线职工    积极分子 from 2025-03-01       same
 * R11  1997-03-03  女   大学本科   一线职工    预备 (joined 2025-02-10)       正式 from 2026-02-10
 * </pre>
 * Stage dates (申请, 积极分子, 发展对象, 入党, 转正): R01 2013-03-01, 2013-09-01, 2014-09-10, 2015-06-01, 2016-06-01;
 * R02 2022-03-01, 2022-09-01, 2023-10-01, 2026-01-12; R03 2024-03-01, 2024-09-01, 2026-01-20; R04 2025-06-01,
 * 2026-02-03; R09 2023-01-05, 2023-07-01, 2024-08-01, 2026-02-14; R10 2024-05-01, 2025-03-01; R11 2022-06-01,
 * 2022-12-01, 2023-12-15, 2025-02-10, 2026-02-10; R06, R07, R08 only 入党 and 转正 (long ago).
 */
class AdmissionsParkTest
{
    private static final String JIA = HandCodes.UNIT_7;
    private static final String YI = HandCodes.UNIT_8;

    private static final Organization PARTY_COMMITTEE = Organization.withoutUnits("HA01", "园区党委", "党委", "", "机关", "2015-01-01", "2023-05-01");
    private static final Organization GENERAL_BRANCH = Organization.withoutUnits("HA02", "非公企业党总支", "党总支", "HA01", "非公企业", "2018-01-01", "2024-01-01");
    private static final Organization JIA_BRANCH = new Organization("HA03", "甲精密党支部", "党支部", "HA02", "非公企业", "2019-01-01", "", "2024-01-01", "单独组建", JIA);
    private static final Organization YI_BRANCH = new Organization("HA04", "乙能源党支部", "党支部", "HA01", "国有企业", "2017-01-01", "", "2024-01-01", "单独组建", YI);

    private static final Person R01 = Person.member("R01", "甲一", "32050119900510014X", "女").unit(JIA)
            .stage("正式党员", "2013-03-01", "2013-09-01", "2014-09-10", "2015-06-01", "2016-06-01").mobile(true).asBackbone();
    private static final Person R02 = Person.member("R02", "甲二", "320501200002150139", "男").unit(JIA).education("大学专科")
            .stage("预备党员", "2022-03-01", "2022-09-01", "2023-10-01", "2026-01-12");
    private static final Person R03 = Person.member("R03", "甲三", "320501199507200140", "女").unit(JIA).education("研究生").job("专业技术人员")
            .stage("发展对象", "2024-03-01", "2024-09-01", "2026-01-20");
    private static final Person R04 = Person.member("R04", "甲四", "320501199811110131", "男").unit(JIA).education("高中").stage("入党申请人", "2025-06-01");
    private static final Person R05 = Person.member("R05", "甲五", "320501200304040146", "女").unit(JIA).education("中专").stage("入党申请人", "2026-01-08");
    private static final Person R06 = Person.member("R06", "甲六", "320501196003010139", "男").unit(JIA).education("初中及以下").job("其他")
            .stage("正式党员", "", "", "", "1985-07-01", "1986-07-01").mobile(false);
    private static final Person R07 = Person.member("R07", "甲七", "320501199102280146", "女").unit(JIA).job("经营管理人员")
            .stage("正式党员", "", "", "", "2012-07-01", "2013-07-01").mobile(true).asBackbone();
    private static final Person R08 = Person.member("R08", "乙八", "320501197506300132", "男").unit(YI).education("大学专科")
            .stage("正式党员", "", "", "", "2000-07-01", "2001-07-01").asBackbone();
    private static final Person R09 = Person.member("R09", "乙九", "320501198909090146", "女").unit(YI).job("专业技术人员")
            .stage("发展对象", "2023-01-05", "2023-07-01", "2024-08-01");
    private static final Person R10 = Person.member("R10", "乙十", "320501199601010132", "男").unit(YI).stage("入党积极分子", "2024-05-01", "2025-03-01");
    private static final Person R11 = Person.member("R11", "乙十一", "320501199703030142", "女").unit(YI)
            .stage("预备党员", "2022-06-01", "2022-12-01", "2023-12-15", "2025-02-10");

    @TempDir
    static Path folder;
    private static HandParkWarehouse park;

    @BeforeAll
    static void buildPark()
    {
        park = new HandParkWarehouse(folder);
        ParkFiles files = park.inbox("all");
        // One registry month: it carries forward into February.
        files.registry("2026-01",
                JIA + ",甲精密有限公司,非公企业,制造,150,2018-05-01,,8000,是,否,",
                YI + ",乙能源有限公司,国有企业,能源,400,2016-09-01,,30000,是,是,");
        files.submit(
                PARTY_COMMITTEE.report("2026-01", "2026-02-02"),
                GENERAL_BRANCH.report("2026-01", "2026-02-02"),
                JIA_BRANCH.report("2026-01", "2026-02-02").people(R01, R02, R03, R04, R05, R06),
                YI_BRANCH.report("2026-01", "2026-02-02").people(R08, R09, R10, R11),
                PARTY_COMMITTEE.report("2026-02", "2026-03-02"),
                GENERAL_BRANCH.report("2026-02", "2026-03-02"),
                JIA_BRANCH.report("2026-02", "2026-03-02").people(R01, R02, R03, R04.stage("入党积极分子", "2025-06-01", "2026-02-03"), R05,
                        R06.left("转出"), R07),
                YI_BRANCH.report("2026-02", "2026-03-02").people(R08, R09.stage("预备党员", "2023-01-05", "2023-07-01", "2024-08-01", "2026-02-14").mobile(false),
                        R10, R11.stage("正式党员", "2022-06-01", "2022-12-01", "2023-12-15", "2025-02-10", "2026-02-10")));
        park.ingest(files);
    }

    @AfterAll
    static void closePark()
    {
        park.close();
    }

    @AcrossSources
    void stageEntriesAndStock(KpiSource source)
    {
        assertThat(park.rows(source, "admission_flow", "month_key, scope_kind, scope_code, stage, entries, stock", "WHERE scope_code <> 'HA01'")).containsExactlyInAnyOrder(
                // January entries by date: 申请 R05 (01-08), 发展对象 R03 (01-20), 预备 R02 (01-12).
                // Stock at January's end: 正式 R01 R06 R08; 预备 R02 R11; 发展对象 R03 R09; 积极分子 R10; 申请人 R04 R05.
                tuple(202601, "park", "全园区", "正式党员", 0, 3),
                tuple(202601, "park", "全园区", "预备党员", 1, 2),
                tuple(202601, "park", "全园区", "发展对象", 1, 2),
                tuple(202601, "park", "全园区", "入党积极分子", 0, 1),
                tuple(202601, "park", "全园区", "入党申请人", 1, 2),
                // February entries: 积极分子 R04 (02-03), 预备 R09 (02-14), 正式 R11 (02-10).
                // Stock: 正式 R01 R07 R08 R11 (R06 left); 预备 R02 R09; 发展对象 R03; 积极分子 R04 R10; 申请人 R05.
                tuple(202602, "park", "全园区", "正式党员", 1, 4),
                tuple(202602, "park", "全园区", "预备党员", 1, 2),
                tuple(202602, "park", "全园区", "发展对象", 0, 1),
                tuple(202602, "park", "全园区", "入党积极分子", 1, 2),
                tuple(202602, "park", "全园区", "入党申请人", 0, 1),
                // HA02's subtree holds HA03's people only. January: 正式 R01 R06; 预备 R02 (entry); 发展对象 R03 (entry);
                // 申请人 R04 R05 (R05 an entry); no 积极分子 and no entry into it → no row.
                tuple(202601, "subtree", "HA02", "正式党员", 0, 2),
                tuple(202601, "subtree", "HA02", "预备党员", 1, 1),
                tuple(202601, "subtree", "HA02", "发展对象", 1, 1),
                tuple(202601, "subtree", "HA02", "入党申请人", 1, 2),
                // February: 正式 R01 R07; 预备 R02; 发展对象 R03; 积极分子 R04 (entry); 申请人 R05.
                tuple(202602, "subtree", "HA02", "正式党员", 0, 2),
                tuple(202602, "subtree", "HA02", "预备党员", 0, 1),
                tuple(202602, "subtree", "HA02", "发展对象", 0, 1),
                tuple(202602, "subtree", "HA02", "入党积极分子", 1, 1),
                tuple(202602, "subtree", "HA02", "入党申请人", 0, 1));
        // HA01's subtree is every organization: its rows are the park's.
        assertThat(park.rows(source, "admission_flow", "month_key, stage, entries, stock", "WHERE scope_code = 'HA01'"))
                .containsExactlyInAnyOrderElementsOf(park.rows(source, "admission_flow", "month_key, stage, entries, stock", "WHERE scope_kind = 'park'"));
    }

    @AcrossSources
    void membershipNetChangeMobileAndBackbone(KpiSource source)
    {
        String columns = """
                month_key, scope_kind, scope_code, members, full_members, probationary_members, members_in, members_out,
                mobile_members, mobile_managed, mobile_managed_rate, backbone_members, backbone_rate""";
        assertThat(park.rows(source, "membership", columns, "WHERE scope_code <> 'HA01'")).containsExactlyInAnyOrder(
                // January members: R01 R06 R08 (正式), R02 R11 (预备) → 5; all "in" (December is empty).
                // Mobile R01 (managed), R06 (not) → 1/2. Backbone R01 R08 → 2/5.
                tuple(202601, "park", "全园区", 5, 3, 2, 5, 0, 2, 1, ratio(1, 2), 2, ratio(2, 5)),
                // February: R01 R07 R08 R11 (正式), R02 R09 (预备) → 6. In: R07 (transferred in), R09 (admitted). Out: R06
                // (his row carries 减少原因). Mobile R01, R07 (managed), R09 (not) → 2/3. Backbone R01 R07 R08 → 3/6.
                tuple(202602, "park", "全园区", 6, 4, 2, 2, 1, 3, 2, ratio(2, 3), 3, ratio(3, 6)),
                // HA02's subtree (HA03's people). January R01 R06 (正式), R02 (预备); mobile R01 (managed), R06; backbone R01.
                tuple(202601, "subtree", "HA02", 3, 2, 1, 3, 0, 2, 1, ratio(1, 2), 1, ratio(1, 3)),
                // February R01 R07 (正式), R02; in R07, out R06; mobile R01 R07, both managed; backbone R01 R07.
                tuple(202602, "subtree", "HA02", 3, 2, 1, 1, 1, 2, 2, ratio(2, 2), 2, ratio(2, 3)),
                // By the organization's unit category: 非公企业 is HA03 (and HA02, without people) — as HA02's subtree.
                tuple(202601, "unit_category", "非公企业", 3, 2, 1, 3, 0, 2, 1, ratio(1, 2), 1, ratio(1, 3)),
                tuple(202602, "unit_category", "非公企业", 3, 2, 1, 1, 1, 2, 2, ratio(2, 2), 2, ratio(2, 3)),
                // 国有企业 is HA04. January R08 (正式), R11 (预备); nobody mobile → blank rate; backbone R08.
                tuple(202601, "unit_category", "国有企业", 2, 1, 1, 2, 0, 0, 0, null, 1, ratio(1, 2)),
                // February R08 R11 (正式), R09 (预备, in); R09 mobile, not managed → 0/1; backbone R08 → 1/3.
                tuple(202602, "unit_category", "国有企业", 3, 2, 1, 1, 0, 1, 0, ratio(0, 1), 1, ratio(1, 3)));
        assertThat(park.rows(source, "membership", columns.replace("scope_kind, scope_code,", ""), "WHERE scope_code = 'HA01'"))
                .containsExactlyInAnyOrderElementsOf(park.rows(source, "membership", columns.replace("scope_kind, scope_code,", ""), "WHERE scope_kind = 'park'"));
    }

    @AcrossSources
    void membersByCategoryAgeBandAndEducation(KpiSource source)
    {
        assertThat(park.rows(source, "membership_breakdown", "month_key, scope_kind, scope_code, dimension, value, members", "WHERE scope_code <> 'HA01'"))
                .containsExactlyInAnyOrder(
                        // January: R01 R02 R06 (HA03, 非公企业), R08 R11 (HA04, 国有企业).
                        tuple(202601, "park", "全园区", "unit_category", "非公企业", 3),
                        tuple(202601, "park", "全园区", "unit_category", "国有企业", 2),
                        // Ages at 2026-01-31: R02 25, R11 28 → 35岁以下; R01 35 → 35至45岁; R08 50 → 46至55岁; R06 65 → 61岁及以上.
                        tuple(202601, "park", "全园区", "age_band", "35岁以下", 2),
                        tuple(202601, "park", "全园区", "age_band", "35至45岁", 1),
                        tuple(202601, "park", "全园区", "age_band", "46至55岁", 1),
                        tuple(202601, "park", "全园区", "age_band", "61岁及以上", 1),
                        tuple(202601, "park", "全园区", "education", "大学本科", 2),
                        tuple(202601, "park", "全园区", "education", "大学专科", 2),
                        tuple(202601, "park", "全园区", "education", "初中及以下", 1),
                        // February: R01 R02 R07 (非公企业), R08 R09 R11 (国有企业).
                        tuple(202602, "park", "全园区", "unit_category", "非公企业", 3),
                        tuple(202602, "park", "全园区", "unit_category", "国有企业", 3),
                        // R07 turns 35 on 2026-02-28 = end(M): not younger than 35 → 35至45岁, with R01 and R09 (36).
                        tuple(202602, "park", "全园区", "age_band", "35岁以下", 2),
                        tuple(202602, "park", "全园区", "age_band", "35至45岁", 3),
                        tuple(202602, "park", "全园区", "age_band", "46至55岁", 1),
                        tuple(202602, "park", "全园区", "education", "大学本科", 4),
                        tuple(202602, "park", "全园区", "education", "大学专科", 2),
                        // HA02's subtree: January R01 R02 R06; February R01 R02 R07.
                        tuple(202601, "subtree", "HA02", "unit_category", "非公企业", 3),
                        tuple(202601, "subtree", "HA02", "age_band", "35岁以下", 1),
                        tuple(202601, "subtree", "HA02", "age_band", "35至45岁", 1),
                        tuple(202601, "subtree", "HA02", "age_band", "61岁及以上", 1),
                        tuple(202601, "subtree", "HA02", "education", "大学本科", 1),
                        tuple(202601, "subtree", "HA02", "education", "大学专科", 1),
                        tuple(202601, "subtree", "HA02", "education", "初中及以下", 1),
                        tuple(202602, "subtree", "HA02", "unit_category", "非公企业", 3),
                        tuple(202602, "subtree", "HA02", "age_band", "35岁以下", 1),
                        tuple(202602, "subtree", "HA02", "age_band", "35至45岁", 2),
                        tuple(202602, "subtree", "HA02", "education", "大学本科", 2),
                        tuple(202602, "subtree", "HA02", "education", "大学专科", 1));
        assertThat(park.rows(source, "membership_breakdown", "month_key, dimension, value, members", "WHERE scope_code = 'HA01'"))
                .containsExactlyInAnyOrderElementsOf(park.rows(source, "membership_breakdown", "month_key, dimension, value, members", "WHERE scope_kind = 'park'"));
    }

    @AcrossSources
    void structureOfNewMembers(KpiSource source)
    {
        String columns = """
                period_kind, period, scope_kind, scope_code, new_members, frontline, under_35, women, college_or_above,
                frontline_share, under_35_share, women_share, college_share""";
        assertThat(park.rows(source, "new_member_structure", columns, "")).containsExactlyInAnyOrder(
                // 2026-01: R02 (HA03): 一线职工, 25 on 2026-01-12, a man, 大学专科 (counts as 大专以上).
                tuple("month", "2026-01", "park", "全园区", 1, 1, 1, 0, 1, ratio(1, 1), ratio(1, 1), ratio(0, 1), ratio(1, 1)),
                tuple("month", "2026-01", "subtree", "HA01", 1, 1, 1, 0, 1, ratio(1, 1), ratio(1, 1), ratio(0, 1), ratio(1, 1)),
                tuple("month", "2026-01", "subtree", "HA02", 1, 1, 1, 0, 1, ratio(1, 1), ratio(1, 1), ratio(0, 1), ratio(1, 1)),
                // 2026-02: R09 (HA04): 专业技术人员, 36 on 2026-02-14 (35 on 2024-09-09), a woman, 大学本科. Not in HA02's subtree.
                tuple("month", "2026-02", "park", "全园区", 1, 0, 0, 1, 1, ratio(0, 1), ratio(0, 1), ratio(1, 1), ratio(1, 1)),
                tuple("month", "2026-02", "subtree", "HA01", 1, 0, 0, 1, 1, ratio(0, 1), ratio(0, 1), ratio(1, 1), ratio(1, 1)),
                // The year 2026 so far: R02 and R09. (R11 joined in 2025, outside the analysed months.)
                tuple("year", "2026", "park", "全园区", 2, 1, 1, 1, 2, ratio(1, 2), ratio(1, 2), ratio(1, 2), ratio(2, 2)),
                tuple("year", "2026", "subtree", "HA01", 2, 1, 1, 1, 2, ratio(1, 2), ratio(1, 2), ratio(1, 2), ratio(2, 2)),
                tuple("year", "2026", "subtree", "HA02", 1, 1, 1, 0, 1, ratio(1, 1), ratio(1, 1), ratio(0, 1), ratio(1, 1)));
    }

    @AcrossSources
    void conversionOfActivistCohorts(KpiSource source)
    {
        String columns = """
                cohort_year, scope_kind, scope_code, activists, became_candidates, became_probationary, became_full,
                candidate_share, probationary_share, full_share, median_days_applied_to_activist, median_days_activist_to_candidate,
                median_days_candidate_to_probationary, median_days_probationary_to_full""";
        assertThat(park.rows(source, "admission_conversion", columns, "WHERE scope_kind = 'park'")).containsExactlyInAnyOrder(
                // R01: 2013-03-01 → 09-01 is 31+30+31+30+31+31 = 184 days; → 2014-09-10 is 365 + 9 = 374;
                // → 2015-06-01 is 20+31+30+31+31+28+31+30+31 = 263 + 1 = 264; → 2016-06-01 is 366 (2016-02-29).
                tuple(2013, "park", "全园区", 1, 1, 1, 1, ratio(1, 1), ratio(1, 1), ratio(1, 1), decimal("184"), decimal("374"), decimal("264"), decimal("366")),
                // 2022: R02 (activist 2022-09-01) and R11 (2022-12-01); both candidates and probationary, R11 full.
                // Applied → activist: R02 184 (03-01 → 09-01), R11 183 (06-01 → 12-01) → 183.5.
                // Activist → candidate: R02 365 + 30 = 395, R11 365 + 14 = 379 → 387.
                // Candidate → probationary: R02 2023-10-01 → 2026-01-12 = 366 + 365 + 92 + 11 = 834;
                //   R11 2023-12-15 → 2025-02-10 = 366 + 31 + 26 = 423 → 628.5.
                // Probationary → full: R11 2025-02-10 → 2026-02-10 = 365.
                tuple(2022, "park", "全园区", 2, 2, 2, 1, ratio(2, 2), ratio(2, 2), ratio(1, 2), decimal("183.5"), decimal("387"), decimal("628.5"), decimal("365")),
                // 2023: R09: 2023-01-05 → 07-01 = 27+28+31+30+31+30 = 177; → 2024-08-01 = 366 + 31 = 397;
                // → 2026-02-14 = 365 + 184 + 13 = 562; not full.
                tuple(2023, "park", "全园区", 1, 1, 1, 0, ratio(1, 1), ratio(1, 1), ratio(0, 1), decimal("177"), decimal("397"), decimal("562"), null),
                // 2024: R03: 2024-03-01 → 09-01 = 184; → 2026-01-20 = 365 + 122 + 19 = 506.
                tuple(2024, "park", "全园区", 1, 1, 0, 0, ratio(1, 1), ratio(0, 1), ratio(0, 1), decimal("184"), decimal("506"), null, null),
                // 2025: R10: 2024-05-01 → 2025-03-01 = 31+30+31+31+30+31+30+31+31+28 = 304.
                tuple(2025, "park", "全园区", 1, 0, 0, 0, ratio(0, 1), ratio(0, 1), ratio(0, 1), decimal("304"), null, null, null),
                // 2026: R04: 2025-06-01 → 2026-02-03 = 30+31+31+30+31+30+31+31 + 2 = 247.
                tuple(2026, "park", "全园区", 1, 0, 0, 0, ratio(0, 1), ratio(0, 1), ratio(0, 1), decimal("247"), null, null, null));
        assertThat(park.rows(source, "admission_conversion", columns, "WHERE scope_code = 'HA02'")).containsExactlyInAnyOrder(
                // HA02's subtree: activists whose event organization is HA03 — R01 (2013), R02 (2022), R03 (2024), R04 (2026).
                tuple(2013, "subtree", "HA02", 1, 1, 1, 1, ratio(1, 1), ratio(1, 1), ratio(1, 1), decimal("184"), decimal("374"), decimal("264"), decimal("366")),
                tuple(2022, "subtree", "HA02", 1, 1, 1, 0, ratio(1, 1), ratio(1, 1), ratio(0, 1), decimal("184"), decimal("395"), decimal("834"), null),
                tuple(2024, "subtree", "HA02", 1, 1, 0, 0, ratio(1, 1), ratio(0, 1), ratio(0, 1), decimal("184"), decimal("506"), null, null),
                tuple(2026, "subtree", "HA02", 1, 0, 0, 0, ratio(0, 1), ratio(0, 1), ratio(0, 1), decimal("247"), null, null, null));
        String withoutScope = columns.replace("scope_kind, scope_code,", "");
        assertThat(park.rows(source, "admission_conversion", withoutScope, "WHERE scope_code = 'HA01'"))
                .containsExactlyInAnyOrderElementsOf(park.rows(source, "admission_conversion", withoutScope, "WHERE scope_kind = 'park'"));
    }
}
