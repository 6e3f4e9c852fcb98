package io.bastion.dashboard.lists;

import java.util.Arrays;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** The procedure findings of mart_procedure_finding, by the Chinese name the mart stores, and what their figures count. */
enum Finding
{
    ACTIVIST_TRAINING("积极分子培养不足一年", Unit.DAYS),
    PROBATION_TOO_SHORT("预备期不足一年", Unit.DAYS),
    PROBATION_TOO_LONG("预备期超过两年", Unit.DAYS),
    UNDER_AGE("申请时未满18岁", Unit.DAYS),
    COMMITTEE_WITHOUT_SEVEN("不足7名正式党员召开支委会", Unit.PEOPLE),
    FEWER_THAN_THREE("正式党员不足3名", Unit.PEOPLE),
    MORE_THAN_FIFTY("党员超过50名", Unit.PEOPLE),
    JOINT_BRANCH_UNITS("联合党支部覆盖单位超过5个", Unit.UNITS);

    /** What the observed value and the threshold count. */
    enum Unit
    {
        DAYS, PEOPLE, UNITS
    }

    private final String chinese;
    private final Unit unit;

    Finding(String chinese, Unit unit)
    {
        this.chinese = requireNonNull(chinese, "chinese is null");
        this.unit = requireNonNull(unit, "unit is null");
    }

    static Optional<Finding> of(String chinese)
    {
        return Arrays.stream(values()).filter(finding -> finding.chinese.equals(chinese)).findFirst();
    }

    String labelKey()
    {
        return "lists.finding." + name();
    }

    String unitKey()
    {
        return "lists.unit." + unit.name();
    }
}
