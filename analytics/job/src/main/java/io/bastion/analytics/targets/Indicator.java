package io.bastion.analytics.targets;

import io.bastion.analytics.sites.SiteLevel;

import java.util.Arrays;

/** The indicators of 年度目标 (DOMAIN.md §Committee feeds), each a year-to-date count or a rate at the month. */
enum Indicator
{
    NEW_ORGANIZATIONS("新建基层党组织", true),
    NEW_MEMBERS("新发展党员", true),
    PARTICIPATION("党员参加组织生活率", false),
    MOBILE_MANAGED("流动党员纳入管理率", false),
    BACKBONE("业务骨干率", false),
    ADVANCED("先进率", false),
    CITY_SITES(SiteLevel.CITY.indicator(), true),
    DISTRICT_SITES(SiteLevel.DISTRICT.indicator(), true),
    DEPARTMENT_SITES(SiteLevel.DEPARTMENT.indicator(), true);

    private final String label;
    private final boolean count;

    Indicator(String label, boolean count)
    {
        this.label = label;
        this.count = count;
    }

    String label()
    {
        return label;
    }

    /** The labels of the counts, which get a pace; rates do not. */
    static Object[] countLabels()
    {
        return Arrays.stream(values()).filter(indicator -> indicator.count).map(Indicator::label).toArray();
    }
}
