package io.bastion.ingest.simulation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The row rules of DOMAIN.md written again from the text, to check the generator's bad rows from
 * the outside: every row it calls bad breaks exactly one rule, every other row breaks none.
 */
final class IndependentValidator
{
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASHES = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(\\.0+)?");
    private static final Pattern BRANCH_FILE = Pattern.compile("[A-Z0-9]{4,20}_(\\d{4}-\\d{2}).*");
    private static final List<String> STAGE_DATES = List.of("申请入党日期", "确定积极分子日期", "确定发展对象日期", "入党日期", "转正日期");
    private static final List<String> STAGES = List.of("入党申请人", "入党积极分子", "发展对象", "预备党员", "正式党员");
    private static final Set<String> YES_NO = Set.of("是", "否");
    private static final Set<String> EDUCATIONS = Set.of("研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下");
    private static final Set<String> JOBS = Set.of("一线职工", "专业技术人员", "经营管理人员", "机关工作人员", "其他");
    private static final Set<String> LEFT_REASONS = Set.of("", "转出", "死亡", "出党", "停止党籍", "失联");
    private static final Set<String> EVENT_KINDS = Set.of("支部党员大会", "支部委员会", "党小组会", "党课", "主题党日", "组织生活会", "民主评议党员", "其他");
    private static final Set<String> CATEGORIES = Set.of("机关", "事业单位", "国有企业", "非公企业", "社会组织");
    private static final Set<String> GRADES = Set.of("好", "较好", "一般", "较差");
    private static final Set<String> MODES = Set.of("电话", "现场", "视频");

    private final WrittenFiles files;
    private final Set<String> registered = new HashSet<>();
    private final Map<String, Long> violationsByRule = new LinkedHashMap<>();
    private final List<String> rowsBreakingSeveralRules = new ArrayList<>();

    IndependentValidator(WrittenFiles files)
    {
        this.files = files;
        files.rows("企业名录").forEach(row -> registered.add(row.get("统一社会信用代码")));
    }

    Map<String, Long> violationsByRule()
    {
        return violationsByRule;
    }

    List<String> rowsBreakingSeveralRules()
    {
        return rowsBreakingSeveralRules;
    }

    IndependentValidator validate()
    {
        for (WrittenFiles.SourcedRow row : files.sourced("人员信息")) {
            if (accepted(row)) {
                record(row, person(row.values()));
            }
        }
        for (WrittenFiles.SourcedRow row : files.sourced("组织生活")) {
            if (accepted(row)) {
                record(row, event(row.values(), reportMonth(row)));
            }
        }
        for (WrittenFiles.SourcedRow row : files.sourced("企业名录")) {
            Map<String, String> values = row.values();
            List<String> broken = new ArrayList<>();
            if (!IndependentCheckDigits.validUnitCode(values.get("统一社会信用代码"))) {
                broken.add("UNIT_CODE_CHECK_DIGIT");
            }
            if (date(values.get("入驻日期")).isEmpty() || (!values.get("迁出日期").isEmpty() && date(values.get("迁出日期")).isEmpty())) {
                broken.add("INVALID_DATE");
            }
            if (!CATEGORIES.contains(values.get("单位类别")) || !YES_NO.contains(values.get("建立工会")) || !YES_NO.contains(values.get("建立团组织"))) {
                broken.add("INVALID_CHOICE");
            }
            record(row, broken);
        }
        for (WrittenFiles.SourcedRow row : files.sourced("分类定级")) {
            List<String> broken = new ArrayList<>();
            if (!GRADES.contains(row.values().get("等级"))) {
                broken.add("INVALID_CHOICE");
            }
            if (date(row.values().get("评定日期")).isEmpty()) {
                broken.add("INVALID_DATE");
            }
            record(row, broken);
        }
        for (WrittenFiles.SourcedRow row : files.sourced("联系点记录")) {
            List<String> broken = new ArrayList<>();
            if (!MODES.contains(row.values().get("方式"))) {
                broken.add("INVALID_CHOICE");
            }
            if (date(row.values().get("联系日期")).isEmpty()) {
                broken.add("INVALID_DATE");
            }
            record(row, broken);
        }
        return this;
    }

    private static boolean accepted(WrittenFiles.SourcedRow row)
    {
        return !row.file().getParent().getFileName().toString().equals("mismatched");
    }

    private List<String> person(Map<String, String> row)
    {
        List<String> broken = new ArrayList<>();
        String idNumber = row.get("公民身份号码");
        boolean idValid = IndependentCheckDigits.validIdNumber(idNumber);
        if (!idValid) {
            broken.add("ID_NUMBER_CHECK_DIGIT");
        }
        if (!Set.of("男", "女").contains(row.get("性别")) || !STAGES.contains(row.get("身份")) || !EDUCATIONS.contains(row.get("学历"))
                || !JOBS.contains(row.get("岗位类别")) || !YES_NO.contains(row.get("流动党员")) || !YES_NO.contains(row.get("纳入管理"))
                || !YES_NO.contains(row.get("业务骨干")) || !LEFT_REASONS.contains(row.getOrDefault("减少原因", ""))) {
            broken.add("INVALID_CHOICE");
        }
        Optional<LocalDate> birth = date(row.get("出生日期"));
        LocalDate birthInId = LocalDate.parse(idNumber.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
        if (birth.isEmpty()) {
            broken.add("INVALID_DATE");
        }
        else if (idValid && !birth.get().equals(birthInId)) {
            broken.add("BIRTH_DATE_MISMATCH");
        }
        List<LocalDate> stageDates = new ArrayList<>();
        for (String header : STAGE_DATES) {
            String text = row.get(header);
            if (text.isEmpty()) {
                stageDates.add(null);
                continue;
            }
            Optional<LocalDate> parsed = date(text);
            if (parsed.isEmpty()) {
                broken.add("INVALID_DATE");
                return broken;
            }
            stageDates.add(parsed.get());
        }
        LocalDate previous = null;
        for (LocalDate date : stageDates) {
            if (date != null && previous != null && date.isBefore(previous)) {
                broken.add("STAGE_DATES_REVERSED");
                break;
            }
            previous = date == null ? previous : date;
        }
        int stage = STAGES.indexOf(row.get("身份"));
        if (stage >= 0 && !consistent(stage, stageDates)) {
            broken.add("STAGE_DATES_INCONSISTENT");
        }
        LocalDate applied = stageDates.get(0);
        if (applied != null && applied.isBefore(birthInId.plusYears(18))) {
            broken.add("UNDER_AGE_AT_APPLICATION");
        }
        String unit = row.get("工作单位");
        if (!IndependentCheckDigits.validUnitCode(unit)) {
            broken.add("UNIT_CODE_CHECK_DIGIT");
        }
        else if (!registered.contains(unit)) {
            broken.add("UNKNOWN_UNIT");
        }
        return broken;
    }

    /** The stage's own date is there and no later one; a full member has both joined and full dates. */
    private static boolean consistent(int stage, List<LocalDate> dates)
    {
        int ownDate = stage == 4 ? 4 : stage;
        if (dates.get(ownDate) == null || (stage == 4 && dates.get(3) == null)) {
            return false;
        }
        for (int later = ownDate + 1; later < dates.size(); later++) {
            if (dates.get(later) != null) {
                return false;
            }
        }
        return true;
    }

    private static List<String> event(Map<String, String> row, YearMonth month)
    {
        List<String> broken = new ArrayList<>();
        Optional<LocalDate> held = date(row.get("活动日期"));
        if (held.isEmpty()) {
            broken.add("INVALID_DATE");
        }
        else if (!YearMonth.from(held.get()).equals(month)) {
            broken.add("EVENT_OUTSIDE_MONTH");
        }
        if (!EVENT_KINDS.contains(row.get("活动类型"))) {
            broken.add("INVALID_CHOICE");
        }
        int expected = Integer.parseInt(row.get("应到人数"));
        int attended = Integer.parseInt(row.get("实到人数"));
        if (expected < 1 || attended < 0) {
            broken.add("OUT_OF_RANGE");
        }
        if (attended > expected) {
            broken.add("ATTENDED_EXCEEDS_EXPECTED");
        }
        return broken;
    }

    private static YearMonth reportMonth(WrittenFiles.SourcedRow row)
    {
        Matcher matcher = BRANCH_FILE.matcher(row.file().getFileName().toString());
        if (!matcher.matches()) {
            throw new AssertionError("not a branch file: " + row.file());
        }
        return YearMonth.parse(matcher.group(1));
    }

    /** ISO, 2025/3/5, 2025年3月5日 or an Excel serial (days since 1899-12-30); empty when none of these. */
    static Optional<LocalDate> date(String text)
    {
        for (Pattern pattern : List.of(ISO, SLASHES, CHINESE)) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.matches()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
                }
                catch (DateTimeException invalid) {
                    return Optional.empty();
                }
            }
        }
        if (SERIAL.matcher(text).matches()) {
            return Optional.of(LocalDate.of(1899, 12, 30).plusDays((long) Double.parseDouble(text)));
        }
        return Optional.empty();
    }

    private void record(WrittenFiles.SourcedRow row, List<String> broken)
    {
        for (String rule : broken) {
            violationsByRule.merge(rule, 1L, Long::sum);
        }
        if (broken.size() > 1) {
            rowsBreakingSeveralRules.add(row.file().getFileName() + " " + broken + " " + row.values());
        }
    }
}
