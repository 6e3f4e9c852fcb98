package io.bastion.ingest.validation;

import java.util.List;

/** The closed lists of values DOMAIN.md allows, in the order DOMAIN.md gives them. */
public final class Vocabulary
{
    public static final List<String> YES_NO = List.of("是", "否");
    public static final List<String> ORGANIZATION_KINDS = List.of("党委", "党总支", "党支部", "联合党支部", "临时党支部");
    public static final List<String> UNIT_CATEGORIES = List.of("机关", "事业单位", "国有企业", "非公企业", "社会组织");
    public static final List<String> FORMATIONS = List.of("单独组建", "联合组建");
    public static final List<String> GENDERS = List.of("男", "女");
    public static final List<String> EDUCATIONS = List.of("研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下");
    public static final List<String> JOBS = List.of("一线职工", "专业技术人员", "经营管理人员", "机关工作人员", "其他");
    public static final List<String> STAGES = List.of("正式党员", "预备党员", "发展对象", "入党积极分子", "入党申请人");
    public static final List<String> LEFT_REASONS = List.of("转出", "死亡", "出党", "停止党籍", "失联");
    public static final List<String> LIFE_KINDS = List.of("支部党员大会", "支部委员会", "党小组会", "党课", "主题党日", "组织生活会", "民主评议党员", "其他");
    public static final List<String> GRADES = List.of("好", "较好", "一般", "较差");
    public static final List<String> SITE_LEVELS = List.of("市级", "区级", "部门级");
    public static final List<String> CONTACT_MODES = List.of("电话", "现场", "视频");
    public static final List<String> TARGET_INDICATORS = List.of(
            "新建基层党组织", "新发展党员", "党员参加组织生活率", "流动党员纳入管理率", "业务骨干率", "先进率", "市级示范点", "区级示范点", "部门级示范点");

    private Vocabulary() {}
}
