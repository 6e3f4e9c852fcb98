package io.bastion.analytics.handparks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a hand park's files into an inbox folder, named and shaped as DOMAIN.md §Files says: branch submissions
 * as JSON, the committee feeds as CSV. Feed rows are spelled as CSV lines in the order of their headers below.
 */
final class ParkFiles
{
    static final List<String> ORGANIZATION_HEADERS = List.of("组织代码", "报告月份", "报送日期", "组织名称", "组织类别", "上级组织代码", "单位类别",
            "成立日期", "撤销日期", "书记", "本届任期开始", "组建方式", "覆盖单位", "党员人数", "党小组数", "阵地达标项");
    static final List<String> PEOPLE_HEADERS = List.of("人员编号", "姓名", "公民身份号码", "性别", "民族", "出生日期", "学历", "工作单位", "岗位类别",
            "身份", "申请入党日期", "确定积极分子日期", "确定发展对象日期", "入党日期", "转正日期", "流动党员", "纳入管理", "业务骨干", "减少原因");
    static final List<String> LIFE_HEADERS = List.of("活动日期", "活动类型", "主题", "应到人数", "实到人数");
    private static final String REGISTRY_HEADER = "统一社会信用代码,企业名称,单位类别,行业,职工人数,入驻日期,迁出日期,年产值（万元）,建立工会,建立团组织,党建指导员";
    private static final String GRADES_HEADER = "组织代码,评定期间,等级,得分,评定日期";
    private static final String SITES_HEADER = "组织代码,级别,命名日期,撤销日期";
    private static final String ASSIGNMENTS_HEADER = "联系人,职务,示范点组织代码,开始日期,结束日期";
    private static final String CONTACTS_HEADER = "联系人,示范点组织代码,联系日期,方式,内容摘要";
    private static final String TARGETS_HEADER = "年度,指标,目标值";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    ParkFiles(Path folder)
    {
        this.folder = folder;
    }

    Path folder()
    {
        return folder;
    }

    /** 企业名录_{month}: 统一社会信用代码,企业名称,单位类别,行业,职工人数,入驻日期,迁出日期,年产值（万元）,建立工会,建立团组织,党建指导员. */
    ParkFiles registry(String month, String... rows)
    {
        return csv("企业名录_" + month + ".csv", REGISTRY_HEADER, rows);
    }

    /** 分类定级_{period}: 组织代码,评定期间,等级,得分,评定日期. */
    ParkFiles grades(String period, String... rows)
    {
        return csv("分类定级_" + period + ".csv", GRADES_HEADER, rows);
    }

    /** 示范点: 组织代码,级别,命名日期,撤销日期. */
    ParkFiles sites(String... rows)
    {
        return csv("示范点.csv", SITES_HEADER, rows);
    }

    /** 联系点分配: 联系人,职务,示范点组织代码,开始日期,结束日期. */
    ParkFiles assignments(String... rows)
    {
        return csv("联系点分配.csv", ASSIGNMENTS_HEADER, rows);
    }

    /** 联系点记录_{month}: 联系人,示范点组织代码,联系日期,方式,内容摘要. */
    ParkFiles contacts(String month, String... rows)
    {
        return csv("联系点记录_" + month + ".csv", CONTACTS_HEADER, rows);
    }

    /** 年度目标_{year}: 年度,指标,目标值. */
    ParkFiles targets(String year, String... rows)
    {
        return csv("年度目标_" + year + ".csv", TARGETS_HEADER, rows);
    }

    /** Each report as {组织代码}_{YYYY-MM}.json. */
    ParkFiles submit(Report... reports)
    {
        for (Report report : reports) {
            ObjectNode root = JSON.createObjectNode();
            root.set("组织信息", object(ORGANIZATION_HEADERS, report.organizationValues()));
            ArrayNode people = root.putArray("人员信息");
            report.people().forEach(person -> people.add(object(PEOPLE_HEADERS, person.values())));
            ArrayNode life = root.putArray("组织生活");
            report.life().forEach(event -> life.add(object(LIFE_HEADERS, List.of(event.split(",", -1)))));
            write(report.organization().code() + "_" + report.month() + ".json", root.toPrettyString());
        }
        return this;
    }

    private static ObjectNode object(List<String> headers, List<String> values)
    {
        if (headers.size() != values.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + headers.size() + " headers: " + values);
        }
        ObjectNode object = JSON.createObjectNode();
        for (int i = 0; i < headers.size(); i++) {
            if (!values.get(i).isEmpty()) {
                object.put(headers.get(i), values.get(i));
            }
        }
        return object;
    }

    private ParkFiles csv(String name, String header, String... rows)
    {
        int width = header.split(",").length;
        List<String> lines = new ArrayList<>();
        lines.add(header);
        for (String row : rows) {
            if (row.split(",", -1).length != width) {
                throw new IllegalArgumentException(name + ": expected " + width + " values in " + row);
            }
            lines.add(row);
        }
        write(name, String.join("\n", lines) + "\n");
        return this;
    }

    private void write(String name, String content)
    {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
