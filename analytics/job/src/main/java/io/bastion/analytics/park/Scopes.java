package io.bastion.analytics.park;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

/**
 * Places rows in the scopes of docs/kpi-catalogue.md §Scopes: each helper returns the rows with two more columns,
 * scope_kind and scope_code, once per scope a row belongs to; a mart unions them and groups by scope.
 */
public final class Scopes
{
    public static final String KIND = "scope_kind";
    public static final String CODE = "scope_code";

    private Scopes() {}

    /** Every row once, in the park scope. */
    public static Dataset<Row> park(Dataset<Row> rows)
    {
        return rows.withColumn(KIND, lit("park")).withColumn(CODE, lit(ParkState.PARK));
    }

    /**
     * Every row once per subtree holding its organization at a month: {@code monthColumn} and {@code organizationColumn}
     * name the row's columns to match against {@link ParkState#subtrees()} (month_key, root_code, org_code).
     */
    public static Dataset<Row> subtree(Dataset<Row> rows, Dataset<Row> subtrees, String monthColumn, String organizationColumn)
    {
        Dataset<Row> members = subtrees.select(col("month_key").as("subtree_month"), col("root_code").as(CODE),
                col("org_code").as("subtree_org_code"));
        return rows.join(members, rows.col(monthColumn).equalTo(members.col("subtree_month"))
                        .and(rows.col(organizationColumn).equalTo(members.col("subtree_org_code"))))
                .drop("subtree_month", "subtree_org_code")
                .withColumn(KIND, lit("subtree"));
    }

    /** Every row park-wide and once per subtree holding its organization at the month (see {@link #subtree}). */
    public static Dataset<Row> parkAndSubtrees(Dataset<Row> rows, Dataset<Row> subtrees, String monthColumn, String organizationColumn)
    {
        return park(rows).unionByName(subtree(rows, subtrees, monthColumn, organizationColumn));
    }

    /** Every row with a non-blank value in {@code column}, in the scope of that value (unit_category, industry). */
    public static Dataset<Row> attribute(Dataset<Row> rows, String kind, String column)
    {
        return rows.where(col(column).isNotNull().and(trim(col(column)).notEqual("")))
                .withColumn(KIND, lit(kind))
                .withColumn(CODE, col(column));
    }

    /** How many rows of a group meet {@code condition}. */
    public static Column countWhere(Column condition)
    {
        return count(when(condition, lit(1)));
    }

    /** numerator ÷ denominator as a DOUBLE, blank when the denominator is 0. */
    public static Column rate(Column numerator, Column denominator)
    {
        return when(denominator.notEqual(0), numerator.cast("double").divide(denominator.cast("double")));
    }
}
