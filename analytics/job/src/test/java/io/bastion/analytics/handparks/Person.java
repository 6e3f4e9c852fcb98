package io.bastion.analytics.handparks;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One row of a roster (人员信息), with the defaults most rows share: a 正式党员 with no admission dates, 大学本科,
 * 一线职工, not mobile, not backbone. The birth date is read from the id number, whose check digit was computed
 * independently (see {@link HandCodes}).
 */
record Person(
        String personNo,
        String name,
        String idNumber,
        String gender,
        String education,
        Optional<String> unitCode,
        String job,
        String stage,
        List<String> stageDates,
        boolean mobile,
        boolean managed,
        boolean backbone,
        Optional<String> leftReason)
{
    Person
    {
        requireNonNull(personNo, "personNo is null");
        requireNonNull(idNumber, "idNumber is null");
        stageDates = List.copyOf(stageDates);
        if (stageDates.size() != 5) {
            throw new IllegalArgumentException("five stage dates: applied, activist, candidate, joined, full");
        }
    }

    /** A 正式党员 with no admission dates. */
    static Person member(String personNo, String name, String idNumber, String gender)
    {
        return new Person(personNo, name, idNumber, gender, "大学本科", Optional.empty(), "一线职工", "正式党员",
                List.of("", "", "", "", ""), false, false, false, Optional.empty());
    }

    Person education(String value)
    {
        return new Person(personNo, name, idNumber, gender, value, unitCode, job, stage, stageDates, mobile, managed, backbone, leftReason);
    }

    Person unit(String value)
    {
        return new Person(personNo, name, idNumber, gender, education, Optional.of(value), job, stage, stageDates, mobile, managed, backbone, leftReason);
    }

    Person job(String value)
    {
        return new Person(personNo, name, idNumber, gender, education, unitCode, value, stage, stageDates, mobile, managed, backbone, leftReason);
    }

    /**
     * The stage and its dates in pipeline order (申请, 积极分子, 发展对象, 入党, 转正), "" where there is none;
     * trailing blanks may be left out.
     */
    Person stage(String value, String... dates)
    {
        String[] all = {"", "", "", "", ""};
        System.arraycopy(dates, 0, all, 0, dates.length);
        return new Person(personNo, name, idNumber, gender, education, unitCode, job, value, List.of(all), mobile, managed, backbone, leftReason);
    }

    /** A 流动党员, 纳入管理 or not. */
    Person mobile(boolean isManaged)
    {
        return new Person(personNo, name, idNumber, gender, education, unitCode, job, stage, stageDates, true, isManaged, backbone, leftReason);
    }

    /** An 业务骨干. */
    Person asBackbone()
    {
        return new Person(personNo, name, idNumber, gender, education, unitCode, job, stage, stageDates, mobile, managed, true, leftReason);
    }

    /** The final row of someone who left this month (减少原因). */
    Person left(String reason)
    {
        return new Person(personNo, name, idNumber, gender, education, unitCode, job, stage, stageDates, mobile, managed, backbone, Optional.of(reason));
    }

    String birthDate()
    {
        return idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14);
    }

    /** The values in the order of the 人员信息 headers ({@link ParkFiles#PEOPLE_HEADERS}). */
    List<String> values()
    {
        return List.of(personNo, name, idNumber, gender, "汉族", birthDate(), education, unitCode.orElse(""), job, stage,
                stageDates.get(0), stageDates.get(1), stageDates.get(2), stageDates.get(3), stageDates.get(4),
                yesNo(mobile), yesNo(managed), yesNo(backbone), leftReason.orElse(""));
    }

    private static String yesNo(boolean value)
    {
        return value ? "是" : "否";
    }
}
