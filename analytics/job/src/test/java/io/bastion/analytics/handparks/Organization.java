package io.bastion.analytics.handparks;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An organization's standing attributes (组织信息 without the month's figures); {@link #report} turns it into one
 * month's submission.
 *
 * @param parentCode "" for the park's top organization
 * @param dissolvedOn "" unless dissolved
 * @param termStartedOn "" when unknown
 * @param formation "" for a 党委 or 党总支 that covers no unit
 * @param coveredUnits ";"-separated codes, 挂靠 marked with "（挂靠）"
 */
record Organization(
        String code,
        String name,
        String kind,
        String parentCode,
        String unitCategory,
        String establishedOn,
        String dissolvedOn,
        String termStartedOn,
        String formation,
        String coveredUnits)
{
    Organization
    {
        requireNonNull(code, "code is null");
    }

    /** An organization covering no unit (组建方式 blank): a 党委 or 党总支, or a branch of offices the registry does not list. */
    static Organization withoutUnits(String code, String name, String kind, String parentCode, String unitCategory, String establishedOn, String termStartedOn)
    {
        return new Organization(code, name, kind, parentCode, unitCategory, establishedOn, "", termStartedOn, "", "");
    }

    Organization covering(String formationValue, String units)
    {
        return new Organization(code, name, kind, parentCode, unitCategory, establishedOn, dissolvedOn, termStartedOn, formationValue, units);
    }

    Organization dissolved(String date)
    {
        return new Organization(code, name, kind, parentCode, unitCategory, establishedOn, date, termStartedOn, formation, coveredUnits);
    }

    /** The submission for a report month, signed off (报送日期) on the given date, with no people and no events yet. */
    Report report(String month, String submittedOn)
    {
        return new Report(this, month, submittedOn, 0, 0, List.of(), List.of());
    }
}
