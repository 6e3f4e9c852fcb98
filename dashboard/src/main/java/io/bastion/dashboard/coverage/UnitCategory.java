package io.bastion.dashboard.coverage;

import java.util.Arrays;
import java.util.Optional;

/** 单位类别 as the registry and table 1 write it; the label key names it in the page's language. */
public enum UnitCategory
{
    GOVERNMENT("机关"),
    INSTITUTION("事业单位"),
    STATE_OWNED("国有企业"),
    NON_PUBLIC("非公企业"),
    SOCIAL("社会组织");

    private final String chinese;

    UnitCategory(String chinese)
    {
        this.chinese = chinese;
    }

    public String chinese()
    {
        return chinese;
    }

    public String labelKey()
    {
        return "coverage.category." + name();
    }

    public static Optional<UnitCategory> fromChinese(String value)
    {
        return Arrays.stream(values()).filter(category -> category.chinese.equals(value)).findFirst();
    }
}
