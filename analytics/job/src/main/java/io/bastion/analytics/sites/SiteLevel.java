package io.bastion.analytics.sites;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.Arrays;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

/** The levels of a demonstration site (示范点), each with its own annual target (DOMAIN.md: 3:6:12 by default). */
public enum SiteLevel
{
    CITY("市级"),
    DISTRICT("区级"),
    DEPARTMENT("部门级");

    private static final String TARGET_SUFFIX = "示范点";

    private final String label;

    SiteLevel(String label)
    {
        this.label = label;
    }

    public String label()
    {
        return label;
    }

    /** The name of the level's target in 年度目标 (市级示范点, ...). */
    public String indicator()
    {
        return label + TARGET_SUFFIX;
    }

    /** The three levels as a dataset with the one column {@code level}. */
    public static Dataset<Row> levels(SparkSession spark)
    {
        return spark.createDataset(Arrays.stream(values()).map(SiteLevel::label).toList(), Encoders.STRING()).toDF("level");
    }

    /** {@link #indicator()} of a level column. */
    public static Column indicator(Column level)
    {
        return concat(level, lit(TARGET_SUFFIX));
    }
}
