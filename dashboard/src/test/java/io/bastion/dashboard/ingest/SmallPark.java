package io.bastion.dashboard.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Two hand-written files of a small park, after ingest's TinyPark fixture: the enterprise registry
 * (four units, check digits computed by hand) and the park committee's JSON submission (two
 * members, one 党课). Loading both gives 4 fact_enterprise_month rows and 1 fact_submission row.
 */
final class SmallPark
{
    static final String REGISTRY_NAME = "企业名录_2025-03.csv";
    static final String COMMITTEE_NAME = "P001_2025-03.json";
    static final String OFFICE = "12320500MB00000017";
    static final String ALPHA = "91320500MA1XYR001X";
    static final String BETA = "91320500MA1XYR0021";
    static final String GAMMA = "91320500MA1XYR0034";

    private SmallPark() {}

    static byte[] registry()
    {
        return String.join("\n",
                "统一社会信用代码,企业名称,单位类别,行业,职工人数,入驻日期,迁出日期,年产值（万元）,建立工会,建立团组织,党建指导员",
                OFFICE + ",园区管委会,机关,公共管理,40,2015-01-01,,,是,是,",
                ALPHA + ",甲科技有限公司,非公企业,软件,120,2020-05-01,,5000,是,否,",
                BETA + ",乙制造有限公司,非公企业,制造,300,2019/3/5,,12000,是,是,张三",
                GAMMA + ",丙服务有限公司,非公企业,服务,15,2024年6月1日,,300,否,否,",
                "").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] committee()
    {
        return """
                {"组织信息": {"组织代码": "P001", "报告月份": "2025-03", "报送日期": "2025-04-03", "组织名称": "园区党工委", "组织类别": "党委",
                              "单位类别": "机关", "成立日期": "2015-01-01", "书记": "王书记", "本届任期开始": "2021-06-01",
                              "组建方式": "单独组建", "覆盖单位": "%s", "党员人数": 2, "党小组数": 0, "阵地达标项": 10},
                 "人员信息": [
                   {"人员编号": "M0001", "姓名": "赵一", "公民身份号码": "320501199003071234", "性别": "男", "民族": "汉族", "出生日期": "1990-03-07",
                    "学历": "研究生", "工作单位": "%s", "岗位类别": "机关工作人员", "身份": "正式党员",
                    "申请入党日期": "2010-03-01", "确定积极分子日期": "2010-09-01", "确定发展对象日期": "2011-10-01",
                    "入党日期": "2012-01-01", "转正日期": "2013-01-01", "流动党员": "否", "纳入管理": "否", "业务骨干": "是"},
                   {"人员编号": "M0002", "姓名": "钱二", "公民身份号码": "320501198511202347", "性别": "女", "民族": "汉族", "出生日期": "1985-11-20",
                    "学历": "大学本科", "工作单位": "%s", "岗位类别": "机关工作人员", "身份": "正式党员",
                    "入党日期": "2008-07-01", "转正日期": "2009-07-01", "流动党员": "否", "纳入管理": "否", "业务骨干": "否"}],
                 "组织生活": [
                   {"活动日期": "2025-03-10", "活动类型": "党课", "主题": "学习党章", "应到人数": 2, "实到人数": 2}]}
                """.formatted(OFFICE, OFFICE, OFFICE).getBytes(StandardCharsets.UTF_8);
    }
}
