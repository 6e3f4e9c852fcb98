package io.bastion.dashboard.organizationlife;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** What one branch held in one quarter (a row of mart_life_compliance_branch) and whether it complied. */
record BranchQuarter(String quarter, String orgCode, String orgName, String orgKind, long generalMeetings, long partyLectures,
        long committeeMonthsRequired, long committeeMonthsHeld, long groupMonthsRequired, long groupMonthsHeld, long themeDayMonthsHeld,
        boolean compliant)
{
    BranchQuarter
    {
        requireNonNull(quarter, "quarter is null");
        requireNonNull(orgCode, "orgCode is null");
    }

    /** The rules it missed, given the park's 党课 rule the marts were computed with. */
    List<Rule> missed(int lecturesRequired)
    {
        List<Rule> missed = new ArrayList<>();
        if (generalMeetings < 1) {
            missed.add(Rule.GENERAL_MEETING);
        }
        if (partyLectures < lecturesRequired) {
            missed.add(Rule.PARTY_LECTURE);
        }
        if (committeeMonthsHeld < committeeMonthsRequired) {
            missed.add(Rule.COMMITTEE);
        }
        if (groupMonthsHeld < groupMonthsRequired) {
            missed.add(Rule.PARTY_GROUP);
        }
        if (themeDayMonthsHeld < Rule.MONTHS_IN_QUARTER) {
            missed.add(Rule.THEME_DAY);
        }
        return missed;
    }
}
