package io.bastion.analytics.handparks;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One branch submission (支部三张表) for a report month: the organization's row, its roster and its events.
 *
 * @param memberCount 党员人数 as the branch reports it (which may disagree with the roster)
 * @param life rows of 组织生活 spelled as CSV lines: 活动日期,活动类型,主题,应到人数,实到人数
 */
record Report(Organization organization, String month, String submittedOn, int memberCount, int partyGroups, List<Person> people, List<String> life)
{
    Report
    {
        requireNonNull(organization, "organization is null");
        people = List.copyOf(people);
        life = List.copyOf(life);
    }

    /** The roster, and 党员人数 set to its members (正式 and 预备 without 减少原因). */
    Report people(Person... roster)
    {
        List<Person> all = List.of(roster);
        int members = (int) all.stream()
                .filter(person -> person.leftReason().isEmpty())
                .filter(person -> person.stage().equals("正式党员") || person.stage().equals("预备党员"))
                .count();
        return new Report(organization, month, submittedOn, members, partyGroups, all, life);
    }

    /** 党员人数 as reported, when it should disagree with the roster. */
    Report reportedMembers(int count)
    {
        return new Report(organization, month, submittedOn, count, partyGroups, people, life);
    }

    Report partyGroups(int count)
    {
        return new Report(organization, month, submittedOn, memberCount, count, people, life);
    }

    Report life(String... events)
    {
        List<String> all = new ArrayList<>(life);
        all.addAll(List.of(events));
        return new Report(organization, month, submittedOn, memberCount, partyGroups, people, all);
    }

    /** A resubmission signed off on another date, otherwise the same. */
    Report signedOffOn(String date)
    {
        return new Report(organization, month, date, memberCount, partyGroups, people, life);
    }

    /** The values in the order of the 组织信息 headers ({@link ParkFiles#ORGANIZATION_HEADERS}). */
    List<String> organizationValues()
    {
        Organization o = organization;
        return List.of(o.code(), month, submittedOn, o.name(), o.kind(), o.parentCode(), o.unitCategory(), o.establishedOn(), o.dissolvedOn(),
                "书记" + o.code(), o.termStartedOn(), o.formation(), o.coveredUnits(), String.valueOf(memberCount), String.valueOf(partyGroups), "8");
    }
}
