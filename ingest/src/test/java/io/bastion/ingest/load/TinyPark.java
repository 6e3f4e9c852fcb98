package io.bastion.ingest.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A hand-built park small enough to check by eye: a registry of four units, the park's 党委, a
 * branch of one enterprise and a joint branch of two. The codes' check digits were computed by
 * hand (and with an independent script), not by the code under test.
 */
final class TinyPark
{
    static final String OFFICE = "12320500MB00000017";
    static final String ALPHA = "91320500MA1XYR001X";
    static final String BETA = "91320500MA1XYR0021";
    static final String GAMMA = "91320500MA1XYR0034";
    /** Valid id numbers: born 1990-03-07, 1985-11-20, 2000-01-01, 2008-06-15. */
    static final String ID_1990 = "320501199003071234";
    static final String ID_1985 = "320501198511202347";
    static final String ID_2000 = "320501200001014565";
    static final String ID_2008 = "320501200806157897";

    static final String REGISTRY_HEADER = "统一社会信用代码,企业名称,单位类别,行业,职工人数,入驻日期,迁出日期,年产值（万元）,建立工会,建立团组织,党建指导员";
    static final String ORGANIZATION_HEADER = "组织代码,报告月份,报送日期,组织名称,组织类别,上级组织代码,单位类别,成立日期,撤销日期,书记,本届任期开始,组建方式,覆盖单位,党员人数,党小组数,阵地达标项";
    static final String PEOPLE_HEADER = "人员编号,姓名,公民身份号码,性别,民族,出生日期,学历,工作单位,岗位类别,身份,申请入党日期,确定积极分子日期,确定发展对象日期,入党日期,转正日期,流动党员,纳入管理,业务骨干,减少原因";
    static final String LIFE_HEADER = "活动日期,活动类型,主题,应到人数,实到人数";

    private TinyPark() {}

    static void registry(Path folder, String month)
    {
        write(folder.resolve("企业名录_" + month + ".csv"), StandardCharsets.UTF_8,
                REGISTRY_HEADER,
                OFFICE + ",园区管委会,机关,公共管理,40,2015-01-01,,,是,是,",
                ALPHA + ",甲科技有限公司,非公企业,软件,120,2020-05-01,,5000,是,否,",
                BETA + ",乙制造有限公司,非公企业,制造,300,2019/3/5,,12000,是,是,张三",
                GAMMA + ",丙服务有限公司,非公企业,服务,15,2024年6月1日,,300,否,否,");
    }

    /** The park's 党委 as JSON: two full members in the committee's offices, one 党课. */
    static void committee(Path folder, String month, String submittedOn)
    {
        String json = """
                {"组织信息": {"组织代码": "P001", "报告月份": "%s", "报送日期": "%s", "组织名称": "园区党工委", "组织类别": "党委",
                              "单位类别": "机关", "成立日期": "2015-01-01", "书记": "王书记", "本届任期开始": "2021-06-01",
                              "组建方式": "单独组建", "覆盖单位": "%s", "党员人数": 2, "党小组数": 0, "阵地达标项": 10},
                 "人员信息": [
                   {"人员编号": "M0001", "姓名": "赵一", "公民身份号码": "%s", "性别": "男", "民族": "汉族", "出生日期": "1990-03-07",
                    "学历": "研究生", "工作单位": "%s", "岗位类别": "机关工作人员", "身份": "正式党员",
                    "申请入党日期": "2010-03-01", "确定积极分子日期": "2010-09-01", "确定发展对象日期": "2011-10-01",
                    "入党日期": "2012-01-01", "转正日期": "2013-01-01", "流动党员": "否", "纳入管理": "否", "业务骨干": "是"},
                   {"人员编号": "M0002", "姓名": "钱二", "公民身份号码": "%s", "性别": "女", "民族": "汉族", "出生日期": "1985-11-20",
                    "学历": "大学本科", "工作单位": "%s", "岗位类别": "机关工作人员", "身份": "正式党员",
                    "入党日期": "2008-07-01", "转正日期": "2009-07-01", "流动党员": "否", "纳入管理": "否", "业务骨干": "否"}],
                 "组织生活": [
                   {"活动日期": "%s-10", "活动类型": "党课", "主题": "学习党章", "应到人数": 2, "实到人数": 2}]}
                """.formatted(month, submittedOn, OFFICE, ID_1990, OFFICE, ID_1985, OFFICE, month);
        write(folder.resolve("P001_" + month + ".json"), StandardCharsets.UTF_8, json);
    }

    /** A branch of 甲 as three CSV parts in GB18030: one activist and one applicant. */
    static void branch(Path folder, String month, String submittedOn, String... extraPeople)
    {
        Charset gb = Charset.forName("GB18030");
        write(folder.resolve("B001_" + month + "_组织信息.csv"), gb, ORGANIZATION_HEADER,
                "B001," + month + "," + submittedOn + ",甲科技党支部,党支部,P001,非公企业,2020-06-01,,孙书记,2023-06-01,单独组建," + ALPHA + ",0,0,6");
        String[] people = new String[2 + extraPeople.length];
        people[0] = PEOPLE_HEADER;
        people[1] = "M0003,孙三," + ID_2000 + ",女,汉族,2000-01-01,大学本科," + ALPHA + ",专业技术人员,入党积极分子,2023-03-01,2023-09-01,,,,否,否,是,";
        System.arraycopy(extraPeople, 0, people, 2, extraPeople.length);
        write(folder.resolve("B001_" + month + "_人员信息.csv"), gb, people);
        write(folder.resolve("B001_" + month + "_组织生活.csv"), gb, LIFE_HEADER, month + "-15,主题党日,参观学习,3,2");
    }

    static void write(Path file, Charset charset, String... lines)
    {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", charset);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
