package io.bastion.ingest.simulation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds the rows of the three tables of a submission, in the header order of InputTable. */
final class SubmissionRows
{
    static final int REPORT_MONTH = 1;
    static final int MEMBER_COUNT = 13;

    static final int ID_NUMBER = 2;
    static final int GENDER = 3;
    static final int BIRTH_DATE = 5;
    static final int UNIT_CODE = 7;
    static final int STAGE = 9;
    static final int APPLIED_ON = 10;
    static final int ACTIVIST_ON = 11;
    static final int JOINED_ON = 13;
    static final int FULL_ON = 14;
    static final int LEFT_REASON = 18;

    static final int HELD_ON = 0;
    static final int KIND = 1;
    static final int EXPECTED = 3;
    static final int ATTENDED = 4;

    private static final List<String> THEME_DAY_TOPICS = List.of(
            "学习贯彻党的二十大精神", "重温入党誓词", "学习党章党规", "志愿服务进社区", "参观红色教育基地",
            "安全生产主题教育", "学习新修订的纪律处分条例", "创新创业党员先锋岗", "红色观影", "结对帮扶困难职工");
    private static final List<String> LECTURE_TOPICS = List.of(
            "书记讲党课：坚定理想信念", "新质生产力与企业发展", "全面从严治党永远在路上", "党的光辉历程", "发扬斗争精神");

    private SubmissionRows() {}

    static Row organizationRow(Organization organization, YearMonth month, LocalDate submittedOn, int memberCount)
    {
        return Row.valid(Arrays.asList(
                organization.code,
                month.toString(),
                submittedOn,
                organization.name,
                organization.kind.label(),
                organization.parent == null ? null : organization.parent.code,
                organization.category.label(),
                organization.establishedOn,
                organization.dissolvedOn,
                organization.secretary,
                organization.termStartedOn,
                blankToNull(organization.formation()),
                blankToNull(organization.coveredUnitsText()),
                memberCount,
                organization.partyGroups,
                organization.facilityItems), false);
    }

    static Row personRow(Person person, Enterprise unit, YearMonth month, String leftReason, boolean defectAllowed)
    {
        AdmissionDates known = person.admission.knownAt(month.atEndOfMonth());
        return Row.valid(Arrays.asList(
                person.personNumber,
                person.name,
                person.idNumber,
                person.male ? "男" : "女",
                person.ethnicity,
                person.birthDate,
                person.education,
                unit.unitCode,
                person.job,
                known.stage().label(),
                known.appliedOn(),
                known.activistOn(),
                known.candidateOn(),
                known.joinedOn(),
                known.fullOn(),
                yesNo(person.mobile),
                yesNo(person.managed),
                yesNo(person.backbone),
                leftReason), defectAllowed);
    }

    /**
     * The month's meetings: 主题党日 most months, 党小组会 with party groups, 支部委员会 with seven or more
     * full members, 支部党员大会 and 党课 once a quarter; less reliably for the non-compliant.
     */
    static List<Row> lifeRows(Organization organization, YearMonth month, int members, int fullMembers, Dice dice)
    {
        List<Row> rows = new ArrayList<>();
        double diligence = organization.diligence;
        boolean quarterlyMonth = (month.getMonthValue() - 1) % 3 == organization.quarterlySlot;
        if (members == 0) {
            // A 党委 or 党总支 above branches: its committee meets, and it gives the odd lecture.
            rows.add(event(month, "其他", "党委（党总支）委员会会议", dice.between(5, 9), dice));
            if (quarterlyMonth && dice.chance(diligence)) {
                rows.add(event(month, "党课", dice.pick(LECTURE_TOPICS), dice.between(20, 60), dice));
            }
            return rows;
        }
        if (dice.chance(diligence)) {
            rows.add(event(month, "主题党日", dice.pick(THEME_DAY_TOPICS), members, dice));
        }
        if (organization.partyGroups > 0 && dice.chance(diligence)) {
            rows.add(event(month, "党小组会", "党小组学习", Math.max(1, members / organization.partyGroups), dice));
        }
        if (fullMembers >= 7 && dice.chance(diligence)) {
            rows.add(event(month, "支部委员会", "研究支部当月工作", Math.min(fullMembers, dice.between(3, 7)), dice));
        }
        if (quarterlyMonth && dice.chance(Math.min(1, diligence + 0.02))) {
            rows.add(event(month, "支部党员大会", "季度支部党员大会", members, dice));
        }
        if (quarterlyMonth && dice.chance(diligence)) {
            rows.add(event(month, "党课", dice.pick(LECTURE_TOPICS), members, dice));
        }
        if (month.getMonthValue() == 1 && dice.chance(0.8)) {
            rows.add(event(month, "组织生活会", "年度组织生活会", members, dice));
        }
        if (month.getMonthValue() == 2 && dice.chance(0.6)) {
            rows.add(event(month, "民主评议党员", "年度民主评议党员", members, dice));
        }
        if (dice.chance(0.08)) {
            rows.add(event(month, "其他", "党建联建活动", members, dice));
        }
        rows.sort((first, second) -> ((LocalDate) first.value(HELD_ON)).compareTo((LocalDate) second.value(HELD_ON)));
        return rows;
    }

    private static Row event(YearMonth month, String kind, String topic, int expected, Dice dice)
    {
        int absent = 0;
        double absence = dice.chance(0.8) ? 0.02 : 0.12;
        for (int i = 0; i < expected; i++) {
            if (dice.chance(absence)) {
                absent++;
            }
        }
        return Row.valid(Arrays.asList(dice.dayIn(month), kind, topic, expected, expected - absent), true);
    }

    private static String yesNo(boolean value)
    {
        return value ? "是" : "否";
    }

    private static String blankToNull(String text)
    {
        return text.isEmpty() ? null : text;
    }
}
