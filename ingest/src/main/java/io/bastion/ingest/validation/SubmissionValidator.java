package io.bastion.ingest.validation;

import io.bastion.ingest.format.FileError;
import io.bastion.ingest.format.FileName;
import io.bastion.ingest.format.FileRejectedException;
import io.bastion.ingest.format.InputTable;
import io.bastion.ingest.format.RawRow;
import io.bastion.ingest.format.RawTable;
import io.bastion.ingest.format.Values;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The row rules of a branch submission's three tables (DOMAIN.md §Table 1–3, §Rules). */
public final class SubmissionValidator
{
    static final Pattern ORG_CODE = Pattern.compile("[A-Z0-9]{4,20}");
    private static final Pattern REPORT_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    /** Covered units are separated by semicolons, half or full width. */
    private static final Pattern UNIT_SEPARATOR = Pattern.compile("[;；]");
    private static final String[] STAGE_DATES = {"申请入党日期", "确定积极分子日期", "确定发展对象日期", "入党日期", "转正日期"};
    /** Members (党员) are 正式党员 and 预备党员 (DOMAIN.md §KPIs). */
    private static final Set<String> MEMBER_STAGES = Set.of("正式党员", "预备党员");

    private SubmissionValidator() {}

    /** Validates the three tables; a name/content disagreement refuses the whole file. */
    public static ValidatedTables validate(FileName name, Map<InputTable, RawTable> tables)
    {
        List<RejectedRow> rejected = new ArrayList<>();
        RawTable organizationTable = tables.get(InputTable.ORGANIZATION);
        if (organizationTable.rows().size() != 1) {
            throw new FileRejectedException(FileError.MISSING_SHEET, organizationTable.fileName(),
                    "「组织信息」应恰有一行数据，实有 " + organizationTable.rows().size() + " 行",
                    "'组织信息' must have exactly one data row, it has " + organizationTable.rows().size());
        }
        RawRow organizationRow = organizationTable.rows().get(0);
        checkNameAgrees(name, organizationRow, organizationTable.fileName());
        Optional<ValidRows.Organization> organization = organization(organizationRow, rejected);
        YearMonth month = name.month();
        List<ValidRows.Person> people = people(tables.get(InputTable.PEOPLE).rows(), rejected);
        List<ValidRows.Life> life = life(tables.get(InputTable.ORGANIZATION_LIFE).rows(), month, rejected);
        int rowsRead = 1 + tables.get(InputTable.PEOPLE).rows().size() + tables.get(InputTable.ORGANIZATION_LIFE).rows().size();
        return new ValidatedTables(organization, people, life, List.of(), rejected, rowsRead, List.copyOf(tables.values()));
    }

    private static void checkNameAgrees(FileName name, RawRow row, String fileName)
    {
        String code = row.value("组织代码").orElse("");
        String month = row.value("报告月份").orElse("");
        if (!code.equals(name.orgCode()) || !month.equals(name.month().toString())) {
            throw new FileRejectedException(FileError.NAME_CONTENT_MISMATCH, fileName,
                    "文件名为 " + name.orgCode() + " / " + name.month() + "，组织信息中为 " + code + " / " + month,
                    "the name says " + name.orgCode() + " / " + name.month() + ", 组织信息 says " + code + " / " + month);
        }
    }

    private static Optional<ValidRows.Organization> organization(RawRow row, List<RejectedRow> rejected)
    {
        String table = InputTable.ORGANIZATION.sheetName();
        RowReader r = new RowReader(table, row);
        String orgCode = r.requiredMatching("组织代码", ORG_CODE, "4–20位大写字母或数字", "4–20 capitals or digits");
        String reportMonth = r.requiredMatching("报告月份", REPORT_MONTH, " YYYY-MM", "YYYY-MM");
        LocalDate submittedOn = r.requiredDate("报送日期");
        String orgName = r.requiredText("组织名称");
        String orgKind = r.choice("组织类别", Vocabulary.ORGANIZATION_KINDS, true);
        String parentCode = r.text("上级组织代码");
        if (parentCode != null && !ORG_CODE.matcher(parentCode).matches()) {
            r.fail("上级组织代码", Rule.INVALID_FORMAT, parentCode, "应为4–20位大写字母或数字", "expected 4–20 capitals or digits");
        }
        String unitCategory = r.choice("单位类别", Vocabulary.UNIT_CATEGORIES, true);
        LocalDate establishedOn = r.requiredDate("成立日期");
        LocalDate dissolvedOn = r.date("撤销日期");
        if (establishedOn != null && dissolvedOn != null && dissolvedOn.isBefore(establishedOn)) {
            r.fail("撤销日期", Rule.DATE_RANGE_REVERSED, dissolvedOn.toString(), "早于成立日期 " + establishedOn, "before 成立日期 " + establishedOn);
        }
        LocalDate termStartedOn = r.date("本届任期开始");
        String formation = r.choice("组建方式", Vocabulary.FORMATIONS, false);
        List<ValidRows.CoveredUnit> covered = coveredUnits(r, r.text("覆盖单位"));
        String coveredText = coveredText(r.text("覆盖单位"), covered);
        checkFormation(r, formation, covered);
        Integer memberCount = r.count("党员人数", true);
        Integer partyGroups = r.count("党小组数", true);
        Integer facilityItems = r.count("阵地达标项", true);
        if (facilityItems != null && facilityItems > 10) {
            r.fail("阵地达标项", Rule.OUT_OF_RANGE, facilityItems.toString(), "应在 0–10 之间", "expected 0–10");
        }
        if (!r.valid()) {
            rejected.add(new RejectedRow(table, row, r.violations()));
            return Optional.empty();
        }
        return Optional.of(new ValidRows.Organization(row.rowNo(), orgCode, YearMonth.parse(reportMonth), submittedOn, orgName, orgKind,
                parentCode, unitCategory, establishedOn, dissolvedOn, r.text("书记"), termStartedOn, formation, coveredText, covered,
                memberCount, partyGroups, facilityItems));
    }

    private static List<ValidRows.CoveredUnit> coveredUnits(RowReader r, String text)
    {
        List<ValidRows.CoveredUnit> units = new ArrayList<>();
        if (text == null) {
            return units;
        }
        for (String part : UNIT_SEPARATOR.split(text)) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            boolean attached = item.endsWith("（挂靠）") || item.endsWith("(挂靠)");
            String code = Values.code(attached ? item.substring(0, item.length() - 4) : item);
            if (PersonRules.unitCode(r, "覆盖单位", code, text)) {
                units.add(new ValidRows.CoveredUnit(code, attached));
            }
        }
        return units;
    }

    /**
     * The covered units as received, unless a code in it was written in another spelling (lower
     * case, spaces, hyphens): then in the canonical spelling, so the dimension does not change.
     */
    private static String coveredText(String received, List<ValidRows.CoveredUnit> covered)
    {
        if (received == null) {
            return null;
        }
        boolean canonical = covered.stream().allMatch(unit -> received.contains(unit.unitCode()));
        if (canonical) {
            return received;
        }
        return String.join(";", covered.stream().map(unit -> unit.unitCode() + (unit.attached() ? "（挂靠）" : "")).toList());
    }

    private static void checkFormation(RowReader r, String formation, List<ValidRows.CoveredUnit> covered)
    {
        long formed = covered.stream().filter(unit -> !unit.attached()).count();
        String problem = null;
        if (formation == null) {
            if (!covered.isEmpty()) {
                problem = "组建方式为空时不应覆盖单位|blank formation covers no unit";
            }
        }
        else if (formation.equals("单独组建") && formed != 1) {
            problem = "单独组建应恰有1个非挂靠单位，实有 " + formed + " 个|单独组建 lists exactly one unit without 挂靠, found " + formed;
        }
        else if (formation.equals("联合组建") && (formed < 2 || formed > 5)) {
            problem = "联合组建应有2–5个非挂靠单位，实有 " + formed + " 个|联合组建 lists 2–5 units without 挂靠, found " + formed;
        }
        if (problem != null) {
            String[] texts = problem.split("\\|");
            r.fail("组建方式", Rule.FORMATION_MISMATCH, formation == null ? "" : formation, texts[0], texts[1]);
        }
    }

    private static List<ValidRows.Person> people(List<RawRow> rows, List<RejectedRow> rejected)
    {
        String table = InputTable.PEOPLE.sheetName();
        List<ValidRows.Person> people = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawRow row : rows) {
            RowReader r = new RowReader(table, row);
            String personNo = r.requiredText("人员编号");
            if (personNo != null && !seen.add(personNo)) {
                r.fail("人员编号", Rule.DUPLICATE_ROW, personNo, "同一名册中此人已出现", "this person is already on the roster");
            }
            String idReceived = r.requiredText("公民身份号码");
            String idNumber = idReceived == null ? null : Values.code(idReceived);
            LocalDate idBirth = idNumber == null ? null : PersonRules.idNumber(r, "公民身份号码", idNumber, idReceived);
            String gender = r.choice("性别", Vocabulary.GENDERS, false);
            LocalDate birthDate = r.date("出生日期");
            if (idBirth != null && birthDate != null && !idBirth.equals(birthDate)) {
                r.fail("出生日期", Rule.BIRTH_DATE_MISMATCH, birthDate.toString(), "身份证号中为 " + idBirth, "the id number says " + idBirth);
            }
            LocalDate birth = birthDate != null ? birthDate : idBirth;
            String education = r.choice("学历", Vocabulary.EDUCATIONS, false);
            String unitReceived = r.text("工作单位");
            String unitCode = unitReceived == null ? null : Values.code(unitReceived);
            if (unitCode != null && !PersonRules.unitCode(r, "工作单位", unitCode, unitReceived)) {
                unitCode = null;
            }
            String job = r.choice("岗位类别", Vocabulary.JOBS, false);
            String stage = r.choice("身份", Vocabulary.STAGES, true);
            LocalDate[] dates = new LocalDate[STAGE_DATES.length];
            boolean[] present = new boolean[STAGE_DATES.length];
            for (int i = 0; i < STAGE_DATES.length; i++) {
                dates[i] = r.date(STAGE_DATES[i]);
                present[i] = r.text(STAGE_DATES[i]) != null;
            }
            PersonRules.stageOrder(r, dates);
            if (stage != null) {
                PersonRules.stageAgreement(r, stage, present);
            }
            if (idBirth != null && dates[0] != null && dates[0].isBefore(idBirth.plusYears(18))) {
                r.fail("申请入党日期", Rule.UNDER_AGE_AT_APPLICATION, dates[0].toString(), "出生于 " + idBirth, "born " + idBirth);
            }
            String leftReason = r.choice("减少原因", Vocabulary.LEFT_REASONS, false);
            // A member's flags count in 流动党员纳入管理率 and 业务骨干率, so a blank is not read as 否 for them;
            // a person who left this month is not counted at month end.
            boolean member = stage != null && MEMBER_STAGES.contains(stage) && r.text("减少原因") == null;
            Boolean mobile = r.yesNo("流动党员", member ? null : Boolean.FALSE, "党员应填写是或否", "a member's row says 是 or 否");
            Boolean managed = r.yesNo("纳入管理", member && Boolean.TRUE.equals(mobile) ? null : Boolean.FALSE,
                    "流动党员应填写是否纳入管理", "a mobile member's row says whether they are managed");
            Boolean backbone = r.yesNo("业务骨干", member ? null : Boolean.FALSE, "党员应填写是或否", "a member's row says 是 or 否");
            if (!r.valid()) {
                rejected.add(new RejectedRow(table, row, r.violations()));
                continue;
            }
            people.add(new ValidRows.Person(row.rowNo(), personNo, r.text("姓名"), idNumber, gender, r.text("民族"), birth, education,
                    unitCode, job, stage, dates[0], dates[1], dates[2], dates[3], dates[4], mobile, managed, backbone, leftReason));
        }
        return people;
    }

    private static List<ValidRows.Life> life(List<RawRow> rows, YearMonth month, List<RejectedRow> rejected)
    {
        String table = InputTable.ORGANIZATION_LIFE.sheetName();
        List<ValidRows.Life> events = new ArrayList<>();
        for (RawRow row : rows) {
            RowReader r = new RowReader(table, row);
            LocalDate heldOn = r.requiredDate("活动日期");
            if (heldOn != null && !YearMonth.from(heldOn).equals(month)) {
                r.fail("活动日期", Rule.EVENT_OUTSIDE_MONTH, heldOn.toString(), "报告月份为 " + month, "the report month is " + month);
            }
            String kind = r.choice("活动类型", Vocabulary.LIFE_KINDS, true);
            Integer expected = r.count("应到人数", true);
            if (expected != null && expected < 1) {
                r.fail("应到人数", Rule.OUT_OF_RANGE, expected.toString(), "应至少为 1", "expected at least 1");
            }
            Integer attended = r.count("实到人数", true);
            if (expected != null && attended != null && expected >= 1 && attended > expected) {
                r.fail("实到人数", Rule.ATTENDED_EXCEEDS_EXPECTED, attended.toString(), "应到 " + expected + " 人", "expected " + expected);
            }
            if (!r.valid()) {
                rejected.add(new RejectedRow(table, row, r.violations()));
                continue;
            }
            events.add(new ValidRows.Life(row.rowNo(), heldOn, kind, r.text("主题"), expected, attended));
        }
        return events;
    }
}
