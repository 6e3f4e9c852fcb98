package io.bastion.analytics.park;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * The scopes a row counts in (docs/kpi-catalogue.md §Scopes): park-wide, and in every subtree that holds its
 * organization at its month; plus the rate rule every mart shares.
 */
public final class Scopes
{
    public static final String PARK_KIND = "park";
    public static final String SUBTREE_KIND = "subtree";
    public static final String LIAISON_KIND = "liaison";

    private Scopes() {}

    /**
     * Each row once park-wide and once per subtree holding its organization at its month, with the columns
     * {@code scope_kind} and {@code scope_code} added. Rows whose month is not analysed, or whose organization is not
     * active then, count park-wide only.
     *
     * @param subtrees {@link ParkState#subtrees()}
     * @param monthColumn the row's month (yyyymm) at which subtrees are read
     * @param organizationColumn the row's organization
     */
    public static Dataset<Row> parkAndSubtrees(Dataset<Row> rows, Dataset<Row> subtrees, String monthColumn, String organizationColumn)
    {
        Dataset<Row> park = rows.withColumn("scope_kind", lit(PARK_KIND)).withColumn("scope_code", lit(ParkState.PARK));
        // renamed so that the join never confuses the row's own month_key or org_code with the subtree's
        Dataset<Row> membership = subtrees.select(col("month_key").as("subtree_month"), col("org_code").as("subtree_member"),
                col("root_code").as("scope_code"));
        Dataset<Row> inSubtrees = rows.join(membership, col(monthColumn).equalTo(col("subtree_month"))
                        .and(col(organizationColumn).equalTo(col("subtree_member"))))
                .drop("subtree_month", "subtree_member")
                .withColumn("scope_kind", lit(SUBTREE_KIND));
        return park.unionByName(inSubtrees);
    }

    /** numerator ÷ denominator as DOUBLE, blank when the denominator is 0 (Spark's ANSI mode would fail instead). */
    public static Column rate(Column numerator, Column denominator)
    {
        return when(denominator.notEqual(0), numerator.cast("double").divide(denominator.cast("double")));
    }
}
