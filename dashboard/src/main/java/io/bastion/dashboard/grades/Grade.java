package io.bastion.dashboard.grades;

import java.util.Arrays;
import java.util.Optional;

/** 分类定级 grades, best first (好 > 较好 > 一般 > 较差), as the 分类定级 feed writes them. */
public enum Grade
{
    GOOD("好"),
    FAIRLY_GOOD("较好"),
    AVERAGE("一般"),
    POOR("较差");

    private final String chinese;

    Grade(String chinese)
    {
        this.chinese = chinese;
    }

    public String chinese()
    {
        return chinese;
    }

    public String labelKey()
    {
        return "grades.grade." + name();
    }

    /** Whether this grade is better than the other. */
    boolean betterThan(Grade other)
    {
        return ordinal() < other.ordinal();
    }

    public static Optional<Grade> fromChinese(String value)
    {
        return Arrays.stream(values()).filter(grade -> grade.chinese.equals(value)).findFirst();
    }

    public static Optional<Grade> parse(String value)
    {
        return Arrays.stream(values()).filter(grade -> grade.name().equals(value)).findFirst();
    }
}
