package io.bastion.dashboard.sites;

import java.util.Optional;

/** The levels of a demonstration site in the order of the 3:6:12 ratio, as mart_demonstration_sites.level writes them. */
public enum Level
{
    CITY("市级"),
    DISTRICT("区级"),
    DEPARTMENT("部门级");

    private final String chinese;

    Level(String chinese)
    {
        this.chinese = chinese;
    }

    public String chinese()
    {
        return chinese;
    }

    public String labelKey()
    {
        return "sites.level." + name();
    }

    public static Optional<Level> ofChinese(String text)
    {
        for (Level level : values()) {
            if (level.chinese.equals(text)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
