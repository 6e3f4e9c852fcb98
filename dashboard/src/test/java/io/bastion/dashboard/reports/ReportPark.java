package io.bastion.dashboard.reports;

import io.bastion.dashboard.scope.Month;
import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A hand-built park for the report tests, written straight into the warehouse facts (the Spark job is too slow here):
 * one 党委 and four branches, four demonstration sites, five liaison assignments and their contacts over 2026-08..10.
 * The marts are then loaded from the oracle views ({@code INSERT INTO mart_x SELECT *, id, now() FROM oracle_x}), so they
 * equal the oracle by construction; the report is compared with the oracle views, not with its own code.
 *
 * <p>October 2026: 张书记 contacts B001 (two contacts on 10-08, the later row 现场) and not B002 (newly overdue); 李委员
 * contacts B003 (overdue in September, contacted now), has a new assignment to B004 (never contacted), and ended B002 on
 * 09-30.
 */
final class ReportPark
{
    static final String[] MARTS = {"liaison_progress", "liaison_summary", "demonstration_sites", "targets"};

    private ReportPark() {}

    static void build(Warehouse warehouse)
    {
        execute(warehouse, """
                INSERT INTO dim_organization (org_code, valid_from_month, valid_to_month, is_current, org_name, org_kind, parent_code, unit_category, established_on)
                VALUES ('P001', 202001, 209912, true, '示例产业园党工委', '党委', NULL, '机关', DATE '2020-01-01'),
                       ('B001', 202001, 209912, true, '园区管委会机关党支部', '党支部', 'P001', '机关', DATE '2020-01-01'),
                       ('B002', 202001, 209912, true, '示例科技有限公司党支部', '党支部', 'P001', '非公企业', DATE '2020-01-01'),
                       ('B003', 202001, 209912, true, '示例物流有限公司党支部', '党支部', 'P001', '非公企业', DATE '2021-01-01'),
                       ('B004', 202001, 209912, true, '示例新材料联合党支部', '联合党支部', 'P001', '非公企业', DATE '2022-01-01');
                INSERT INTO fact_submission (submission_id, org_code, month_key, submitted_on, received_at, on_time, is_current, people_rows, life_rows, run_id, file_id)
                VALUES (1, 'P001', 202608, DATE '2026-09-03', TIMESTAMP '2026-09-03 10:00:00', true, true, 0, 0, 1, 1),
                       (2, 'P001', 202609, DATE '2026-10-03', TIMESTAMP '2026-10-03 10:00:00', true, true, 0, 0, 1, 2),
                       (3, 'P001', 202610, DATE '2026-11-03', TIMESTAMP '2026-11-03 10:00:00', true, true, 0, 0, 1, 3);
                INSERT INTO fact_demonstration_site (org_code, level, named_on, revoked_on, row_no, run_id, file_id)
                VALUES ('B001', '市级', DATE '2024-01-01', NULL, 1, 1, 10),
                       ('B002', '区级', DATE '2024-01-01', NULL, 2, 1, 10),
                       ('B003', '部门级', DATE '2025-01-01', NULL, 3, 1, 10),
                       ('B004', '部门级', DATE '2026-10-15', NULL, 4, 1, 10);
                INSERT INTO fact_liaison_assignment (liaison, title, site_org_code, start_on, end_on, row_no, run_id, file_id)
                VALUES ('张书记', '党工委书记', 'B001', DATE '2024-01-01', NULL, 1, 1, 11),
                       ('张书记', '党工委书记', 'B002', DATE '2024-01-01', NULL, 2, 1, 11),
                       ('李委员', '党工委委员', 'B003', DATE '2025-01-01', NULL, 3, 1, 11),
                       ('李委员', '党工委委员', 'B004', DATE '2026-10-16', NULL, 4, 1, 11),
                       ('李委员', '党工委委员', 'B002', DATE '2024-06-01', DATE '2026-09-30', 5, 1, 11);
                INSERT INTO fact_liaison_contact (liaison, site_org_code, contacted_on, mode, summary, month_key, row_no, run_id, file_id)
                VALUES ('张书记', 'B001', DATE '2026-08-10', '现场', '调研支部阵地建设', 202608, 1, 1, 20),
                       ('张书记', 'B002', DATE '2026-08-20', '电话', '了解党员发展计划', 202608, 2, 1, 20),
                       ('李委员', 'B003', DATE '2026-08-05', '视频', '指导主题党日安排', 202608, 3, 1, 20),
                       ('张书记', 'B001', DATE '2026-09-12', '电话', '督促三会一课落实', 202609, 1, 1, 21),
                       ('张书记', 'B002', DATE '2026-09-25', '电话', '交流党建品牌培育思路', 202609, 2, 1, 21),
                       ('李委员', 'B002', DATE '2026-09-03', '现场', '工作交接', 202609, 3, 1, 21),
                       ('张书记', 'B001', DATE '2026-10-08', '电话', '约定走访时间', 202610, 1, 1, 22),
                       ('张书记', 'B001', DATE '2026-10-08', '现场', '调研党建引领企业发展', 202610, 2, 1, 22),
                       ('李委员', 'B003', DATE '2026-10-20', '视频', '指导换届选举准备工作', 202610, 3, 1, 22);
                INSERT INTO fact_grade (org_code, period, period_end_month, grade, score, assessed_on, row_no, run_id, file_id)
                VALUES ('B001', '2026Q3', 202609, '好', 95, DATE '2026-10-10', 1, 1, 30),
                       ('B002', '2026Q3', 202609, '较好', 85, DATE '2026-10-10', 2, 1, 30),
                       ('B003', '2026Q3', 202609, '一般', 75, DATE '2026-10-10', 3, 1, 30);
                """);
    }

    /**
     * The 党工委's submission for a later month, so that the analysed months (oracle_analysed_month: first to last
     * submitted month) reach it; its liaison figures follow from the assignments and contacts above, none in that month.
     */
    /** The month before the latest 6th, 08:00 in Shanghai: the default schedule's due month today, worked out from the calendar. */
    static Month owedToday()
    {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Shanghai"));
        ZonedDateTime fire = now.withDayOfMonth(6).withHour(8).withMinute(0).withSecond(0).withNano(0);
        if (fire.isAfter(now)) {
            fire = fire.minusMonths(1);
        }
        ZonedDateTime owed = fire.minusMonths(1);
        return new Month(owed.getYear() * 100 + owed.getMonthValue());
    }

    static void submit(Warehouse warehouse, Month month)
    {
        execute(warehouse, "INSERT INTO fact_submission (submission_id, org_code, month_key, submitted_on, received_at, on_time, is_current, people_rows, "
                + "life_rows, run_id, file_id) VALUES (" + month.key() + ", 'P001', " + month.key() + ", DATE '" + month.lastDay() + "', TIMESTAMP '"
                + month.lastDay() + " 10:00:00', true, true, 0, 0, 1, " + month.key() + ")");
    }

    /** An analysis run over 2026-08..{@code lastMonth} whose marts are the oracle views' rows. */
    static void analyse(Warehouse warehouse, long analysisId, int lastMonth)
    {
        StringBuilder sql = new StringBuilder();
        sql.append("INSERT INTO analysis_run (analysis_id, started_at, finished_at, status, trigger, spark_master, input_fingerprint, first_month, last_month) VALUES (")
                .append(analysisId).append(", TIMESTAMP '2026-11-04 02:00:00', TIMESTAMP '2026-11-04 02:05:00', 'done', 'cli', 'local[*]', 'test', 202608, ")
                .append(lastMonth).append(");\n");
        for (String mart : MARTS) {
            sql.append("DELETE FROM mart_").append(mart).append(";\n");
            sql.append("INSERT INTO mart_").append(mart).append(" SELECT *, ").append(analysisId).append(", TIMESTAMP '2026-11-04 02:05:00' FROM oracle_").append(mart)
                    .append(" WHERE month_key <= ").append(lastMonth).append(";\n");
        }
        execute(warehouse, sql.toString());
    }

    static void execute(Warehouse warehouse, String sql)
    {
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            throw new WarehouseSqlException(sql, e);
        }
    }
}
