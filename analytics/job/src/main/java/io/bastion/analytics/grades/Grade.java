package io.bastion.analytics.grades;

import org.apache.spark.sql.Column;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/** The four grades of 分类定级, best first (DOMAIN.md: 好 > 较好 > 一般 > 较差). */
enum Grade
{
    GOOD("好"),
    FAIRLY_GOOD("较好"),
    AVERAGE("一般"),
    POOR("较差");

    private final String label;

    Grade(String label)
    {
        this.label = label;
    }

    String label()
    {
        return label;
    }

    /** The grade's standing as a number, smaller is better: 1 for 好 … 4 for 较差 (blank for anything else). */
    static Column standing(Column grade)
    {
        Column standing = lit(null).cast("int");
        for (Grade value : values()) {
            standing = when(grade.equalTo(value.label), value.ordinal() + 1).otherwise(standing);
        }
        return standing;
    }
}
