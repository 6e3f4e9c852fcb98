package io.bastion.dashboard.admissions;

import java.util.Optional;

/** The procedure findings of mart_procedure_finding.finding (docs/kpi-catalogue.md), with the unit their observed value is in. */
public enum Finding
{
    ACTIVIST_UNDER_ONE_YEAR("积极分子培养不足一年", Unit.DAYS),
    PROBATION_UNDER_ONE_YEAR("预备期不足一年", Unit.DAYS),
    PROBATION_OVER_TWO_YEARS("预备期超过两年", Unit.DAYS),
    APPLIED_UNDER_18("申请时未满18岁", Unit.DAYS),
    COMMITTEE_WITHOUT_SEVEN("不足7名正式党员召开支委会", Unit.PEOPLE),
    FEWER_THAN_THREE_FULL("正式党员不足3名", Unit.PEOPLE),
    OVER_FIFTY_MEMBERS("党员超过50名", Unit.PEOPLE),
    JOINT_OVER_FIVE_UNITS("联合党支部覆盖单位超过5个", Unit.UNITS);

    /** What the observed value and the threshold count. */
    enum Unit
    {
        DAYS, PEOPLE, UNITS
    }

    private final String chinese;
    private final Unit unit;

    Finding(String chinese, Unit unit)
    {
        this.chinese = chinese;
        this.unit = unit;
    }

    public String chinese()
    {
        return chinese;
    }

    Unit unit()
    {
        return unit;
    }

    public String labelKey()
    {
        return "admissions.finding." + name();
    }

    public static Optional<Finding> ofChinese(String text)
    {
        for (Finding finding : values()) {
            if (finding.chinese.equals(text)) {
                return Optional.of(finding);
            }
        }
        return Optional.empty();
    }
}
