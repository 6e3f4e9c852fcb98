package io.bastion.ingest.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-built park small enough to check by eye: a registry of four units, the park's 党委, a
 * branch of one enterprise and a joint branch of two. The codes' check digits were computed by
 * hand (and with an independent script), not by the code under test.
 */
public final class TinyPark
{
    public static final String OFFICE = "12320500MB00000017";
    public static final String ALPHA = "91320500MA1XYR001X";
    public static final String BETA = "91320500MA1XYR0021";
    public static final String GAMMA = "91320500MA1XYR0034";
    /** Valid id numbers: born 1990-03-07, 1985-11-20, 2000-01-01, 2008-06-15. */
    static final String ID_1990 = "320501199003071234";
    static final String ID_1985 = "320501198511202347";
    static final String ID_2000 = "320501200001014565";
    static final String ID_2008 = "320501200806157897";

    static final String REGISTRY_HEADER = "统一社会信用代码,企业名称,单位类别,行业,职工人数,入驻日期,迁出日期,年产值（万元）,建立工会,建立团组织,党建指导员";
    static final String ORGANIZATION_HEADER = "组织代码,报告月份,报送日期,组织名称,组织类别,上级组织代码,单位类别,成立日期,撤销日期,书记,本届任期开始,组建方式,覆盖单位,党员人数,党小组数,阵地达标项";
    static final String PEOPLE_HEADER = "人员编号,姓名,公民身份号码,性别,民族,出生日期,学历,工作单位,岗位类别,身份,申请入党日期,确定积极分子日期,确定发展对象日期,入党日期,转正日期,流动党员,纳入管理,业务骨干,减少原因";
    static final String LIFE_HEADER = "活动日期,活动类型,主题,应到人数,实到人数";

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper();

    private TinyPark() {}

    static void registry(Path folder, String month)
    {
        write(folder.resolve("企业名录_" + month + ".csv"), StandardCharsets.UTF_8, registryCsv().strip());
    }

    /** The registry of four units as CSV text (the same for every month). */
    public static String registryCsv()
    {
        return String.join("\n",
                REGISTRY_HEADER,
                OFFICE + ",园区管委会,机关,公共管理,40,2015-01-01,,,是,是,",
                ALPHA + ",甲科技有限公司,非公企业,软件,120,2020-05-01,,5000,是,否,",
                BETA + ",乙制造有限公司,非公企业,制造,300,2019/3/5,,12000,是,是,张三",
                GAMMA + ",丙服务有限公司,非公企业,服务,15,2024年6月1日,,300,否,否,") + "\n";
    }

    static void committee(Path folder, String month, String submittedOn)
    {
        write(folder.resolve("P001_" + month + ".json"), StandardCharsets.UTF_8, committeeJson(month, submittedOn));
    }

    /** The park's 党委 as JSON: two full members in the committee's offices, one 党课. */
    public static String committeeJson(String month, String submittedOn)
    {
        return """
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
    }

    /** A branch of 甲 as three CSV parts in GB18030: one activist and one applicant. */
    static void branch(Path folder, String month, String submittedOn, String... extraPeople)
    {
        Format.CSV.write(folder, branchSubmission(month, submittedOn).withPeople(extraPeople));
    }

    /** B001's submission for the month: the branch of 甲 with one activist and one 主题党日. */
    static Submission branchSubmission(String month, String submittedOn)
    {
        return new Submission("B001", month,
                "B001," + month + "," + submittedOn + ",甲科技党支部,党支部,P001,非公企业,2020-06-01,,孙书记,2023-06-01,单独组建," + ALPHA + ",0,0,6",
                List.of("M0003,孙三," + ID_2000 + ",女,汉族,2000-01-01,大学本科," + ALPHA + ",专业技术人员,入党积极分子,2023-03-01,2023-09-01,,,,否,否,是,"),
                List.of(month + "-15,主题党日,参观学习,3,2"));
    }

    /**
     * A branch submission's three tables, each row spelled as a CSV line in the order of
     * {@link #ORGANIZATION_HEADER}, {@link #PEOPLE_HEADER} and {@link #LIFE_HEADER}.
     */
    record Submission(String orgCode, String month, String organization, List<String> people, List<String> life)
    {
        Submission
        {
            people = List.copyOf(people);
            life = List.copyOf(life);
        }

        Submission withOrganization(String row)
        {
            return new Submission(orgCode, month, row, people, life);
        }

        Submission withPeople(String... extra)
        {
            return new Submission(orgCode, month, organization, concat(people, extra), life);
        }

        Submission withLife(String... extra)
        {
            return new Submission(orgCode, month, organization, people, concat(life, extra));
        }

        String baseName()
        {
            return orgCode + "_" + month;
        }

        private static List<String> concat(List<String> rows, String... extra)
        {
            List<String> all = new ArrayList<>(rows);
            all.addAll(List.of(extra));
            return all;
        }
    }

    /** The three ways a branch may send its submission (DOMAIN.md §Files). */
    enum Format
    {
        /** Three CSV parts in GB18030. */
        CSV {
            @Override
            void write(Path folder, Submission submission)
            {
                Charset gb = Charset.forName("GB18030");
                TinyPark.write(folder.resolve(submission.baseName() + "_组织信息.csv"), gb, ORGANIZATION_HEADER, submission.organization());
                TinyPark.write(folder.resolve(submission.baseName() + "_人员信息.csv"), gb, lines(PEOPLE_HEADER, submission.people()));
                TinyPark.write(folder.resolve(submission.baseName() + "_组织生活.csv"), gb, lines(LIFE_HEADER, submission.life()));
            }
        },
        /** One JSON object, every value a string. */
        JSON {
            @Override
            void write(Path folder, Submission submission)
            {
                ObjectNode root = JSON_MAPPER.createObjectNode();
                root.set("组织信息", object(ORGANIZATION_HEADER, submission.organization()));
                ArrayNode people = root.putArray("人员信息");
                submission.people().forEach(row -> people.add(object(PEOPLE_HEADER, row)));
                ArrayNode life = root.putArray("组织生活");
                submission.life().forEach(row -> life.add(object(LIFE_HEADER, row)));
                TinyPark.write(folder.resolve(submission.baseName() + ".json"), StandardCharsets.UTF_8, root.toPrettyString());
            }
        },
        /** One workbook with the three sheets, every cell a string. */
        XLSX {
            @Override
            void write(Path folder, Submission submission)
            {
                Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
                sheets.put("组织信息", cells(ORGANIZATION_HEADER, List.of(submission.organization())));
                sheets.put("人员信息", cells(PEOPLE_HEADER, submission.people()));
                sheets.put("组织生活", cells(LIFE_HEADER, submission.life()));
                xlsx(folder.resolve(submission.baseName() + ".xlsx"), sheets);
            }
        };

        abstract void write(Path folder, Submission submission);
    }

    /** A header and rows spelled as CSV lines, as the rows of a sheet: one string cell per value. */
    static List<List<Object>> cells(String header, List<String> rows)
    {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(List.of((Object[]) header.split(",", -1)));
        rows.forEach(row -> sheet.add(List.of((Object[]) row.split(",", -1))));
        return sheet;
    }

    /**
     * Writes a workbook with FastExcel: one sheet per entry, the first row at spreadsheet row 1.
     * A cell is a String, a Number, or a LocalDate (a real date cell, formatted yyyy-mm-dd); blank
     * strings are left empty.
     */
    static void xlsx(Path file, Map<String, List<List<Object>>> sheets)
    {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                Workbook workbook = new Workbook(out, "TinyPark", "1.0");
                for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
                    Worksheet worksheet = workbook.newWorksheet(sheet.getKey());
                    List<List<Object>> rows = sheet.getValue();
                    for (int r = 0; r < rows.size(); r++) {
                        for (int c = 0; c < rows.get(r).size(); c++) {
                            cell(worksheet, r, c, rows.get(r).get(c));
                        }
                    }
                }
                workbook.finish();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Worksheet worksheet, int row, int column, Object value)
    {
        if (value instanceof LocalDate date) {
            worksheet.value(row, column, date);
            worksheet.style(row, column).format("yyyy-mm-dd").set();
        }
        else if (value instanceof Number number) {
            worksheet.value(row, column, number);
        }
        else if (!value.toString().isEmpty()) {
            worksheet.value(row, column, value.toString());
        }
    }

    private static ObjectNode object(String header, String row)
    {
        String[] headers = header.split(",", -1);
        String[] values = row.split(",", -1);
        ObjectNode object = JSON_MAPPER.createObjectNode();
        for (int i = 0; i < headers.length; i++) {
            if (i < values.length && !values[i].isEmpty()) {
                object.put(headers[i], values[i]);
            }
        }
        return object;
    }

    private static String[] lines(String header, List<String> rows)
    {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        return lines.toArray(String[]::new);
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
