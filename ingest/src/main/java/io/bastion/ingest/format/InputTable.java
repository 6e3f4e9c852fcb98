package io.bastion.ingest.format;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tables senders send, with their Chinese headers (what the files carry) and canonical column
 * names (what the warehouse uses), exactly as DOMAIN.md §Inputs lists them.
 */
public enum InputTable
{
    ORGANIZATION("组织信息", List.of(
            new Column("组织代码", "org_code"),
            new Column("报告月份", "report_month"),
            new Column("报送日期", "submitted_on"),
            new Column("组织名称", "org_name"),
            new Column("组织类别", "org_kind"),
            new Column("上级组织代码", "parent_code"),
            new Column("单位类别", "unit_category"),
            new Column("成立日期", "established_on"),
            new Column("撤销日期", "dissolved_on"),
            new Column("书记", "secretary"),
            new Column("本届任期开始", "term_started_on"),
            new Column("组建方式", "formation"),
            new Column("覆盖单位", "covered_units"),
            new Column("党员人数", "member_count"),
            new Column("党小组数", "party_groups"),
            new Column("阵地达标项", "facility_items"))),
    PEOPLE("人员信息", List.of(
            new Column("人员编号", "person_no"),
            new Column("姓名", "name"),
            new Column("公民身份号码", "id_number"),
            new Column("性别", "gender"),
            new Column("民族", "ethnicity"),
            new Column("出生日期", "birth_date"),
            new Column("学历", "education"),
            new Column("工作单位", "unit_code"),
            new Column("岗位类别", "job"),
            new Column("身份", "stage"),
            new Column("申请入党日期", "applied_on"),
            new Column("确定积极分子日期", "activist_on"),
            new Column("确定发展对象日期", "candidate_on"),
            new Column("入党日期", "joined_on"),
            new Column("转正日期", "full_on"),
            new Column("流动党员", "mobile"),
            new Column("纳入管理", "managed"),
            new Column("业务骨干", "backbone"),
            new Column("减少原因", "left_reason", true))),
    ORGANIZATION_LIFE("组织生活", List.of(
            new Column("活动日期", "held_on"),
            new Column("活动类型", "kind"),
            new Column("主题", "topic"),
            new Column("应到人数", "expected"),
            new Column("实到人数", "attended"))),
    ENTERPRISE_REGISTRY("企业名录", List.of(
            new Column("统一社会信用代码", "unit_code"),
            new Column("企业名称", "unit_name"),
            new Column("单位类别", "unit_category"),
            new Column("行业", "industry"),
            new Column("职工人数", "employees"),
            new Column("入驻日期", "moved_in_on"),
            new Column("迁出日期", "moved_out_on"),
            new Column("年产值（万元）", "output_10k_yuan"),
            new Column("建立工会", "has_union"),
            new Column("建立团组织", "has_youth_league"),
            new Column("党建指导员", "instructor"))),
    GRADES("分类定级", List.of(
            new Column("组织代码", "org_code"),
            new Column("评定期间", "period"),
            new Column("等级", "grade"),
            new Column("得分", "score"),
            new Column("评定日期", "assessed_on"))),
    DEMONSTRATION_SITES("示范点", List.of(
            new Column("组织代码", "org_code"),
            new Column("级别", "level"),
            new Column("命名日期", "named_on"),
            new Column("撤销日期", "revoked_on"))),
    LIAISON_ASSIGNMENTS("联系点分配", List.of(
            new Column("联系人", "liaison"),
            new Column("职务", "title"),
            new Column("示范点组织代码", "site_org_code"),
            new Column("开始日期", "start_on"),
            new Column("结束日期", "end_on"))),
    LIAISON_CONTACTS("联系点记录", List.of(
            new Column("联系人", "liaison"),
            new Column("示范点组织代码", "site_org_code"),
            new Column("联系日期", "contacted_on"),
            new Column("方式", "mode"),
            new Column("内容摘要", "summary"))),
    ANNUAL_TARGETS("年度目标", List.of(
            new Column("年度", "year"),
            new Column("指标", "indicator"),
            new Column("目标值", "target_value")));

    private final String sheetName;
    private final List<Column> columns;
    private final Map<String, Column> byHeader;

    InputTable(String sheetName, List<Column> columns)
    {
        this.sheetName = sheetName;
        this.columns = columns;
        this.byHeader = columns.stream().collect(Collectors.toUnmodifiableMap(Column::header, Function.identity()));
    }

    /** The Chinese name: the sheet name in .xlsx, the suffix of a CSV part, the key in JSON. */
    public String sheetName()
    {
        return sheetName;
    }

    public List<Column> columns()
    {
        return columns;
    }

    public List<String> headers()
    {
        return columns.stream().map(Column::header).toList();
    }

    public Optional<Column> column(String header)
    {
        return Optional.ofNullable(byHeader.get(header));
    }

    /** A column: its Chinese header, its canonical name, and whether a file may leave it out. */
    public record Column(String header, String name, boolean optionalInFile)
    {
        public Column(String header, String name)
        {
            this(header, name, false);
        }
    }
}
