package io.bastion.analytics.park;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

/**
 * Places rows in the scopes of docs/kpi-catalogue.md §Scopes: each helper returns the rows with two more columns,
 * scope_kind and scope_code, once per scope a row belongs to; a mart groups them by scope.
 */
public final class Scopes
{
    public static final String KIND = "scope_kind";
    public static final String CODE = "scope_code";
    /** The column of {@link ParkState#subtreeRoots()}: the roots of the subtrees holding an organization at a month. */
    public static final String ROOTS = "subtree_roots";

    private Scopes() {}

    /** Every row once, in the park scope. */
    public static Dataset<Row> park(Dataset<Row> rows)
    {
        return rows.withColumn(KIND, lit("park")).withColumn(CODE, lit(ParkState.PARK));
    }

    /**
     * Every row park-wide and once per subtree holding its organization at a month, in one pass over the rows (no union
     * of two branches that would each compute them): {@code monthColumn} and {@code organizationColumn} name the row's
     * columns to look up in {@code roots}, {@link ParkState#subtreeRoots()} (month_key, org_code, subtree_roots).
     */
    public static Dataset<Row> parkAndSubtrees(Dataset<Row> rows, Dataset<Row> roots, String monthColumn, String organizationColumn)
    {
        return placed(rows, roots, monthColumn, organizationColumn, null, null);
    }

    /**
     * As {@link #parkAndSubtrees}, and also in the scope of kind {@code kind} named by the row's {@code column} when it
     * is not blank ({@link #attribute}).
     */
    public static Dataset<Row> parkSubtreesAndAttribute(Dataset<Row> rows, Dataset<Row> roots, String monthColumn, String organizationColumn,
            String kind, String column)
    {
        return placed(rows, roots, monthColumn, organizationColumn, requireNonNull(kind, "kind is null"), requireNonNull(column, "column is null"));
    }

    private static Dataset<Row> placed(Dataset<Row> rows, Dataset<Row> roots, String monthColumn, String organizationColumn, String kind,
            String column)
    {
        Dataset<Row> lookup = roots.select(col("month_key").as("roots_month"), col("org_code").as("roots_org"), col(ROOTS).as("roots_found"));
        Column park = array(scope(lit("park"), lit(ParkState.PARK)));
        Column subtrees = transform(col("roots_found"), root -> scope(lit("subtree"), root));
        Column scopes = when(col("roots_found").isNull(), park).otherwise(concat(park, subtrees));
        if (kind != null) {
            scopes = when(notBlank(col(column)), concat(scopes, array(scope(lit(kind), col(column)))))
                    .otherwise(scopes);
        }
        return rows.join(lookup, rows.col(monthColumn).equalTo(lookup.col("roots_month"))
                        .and(rows.col(organizationColumn).equalTo(lookup.col("roots_org"))), "left_outer")
                .withColumn("placed_scope", explode(scopes))
                .drop("roots_month", "roots_org", "roots_found")
                .withColumn(KIND, col("placed_scope." + KIND))
                .withColumn(CODE, col("placed_scope." + CODE))
                .drop("placed_scope");
    }

    private static Column scope(Column kind, Column code)
    {
        return struct(kind.as(KIND), code.as(CODE));
    }

    /** Every row with a non-blank value in {@code column}, in the scope of that value (unit_category, industry). */
    public static Dataset<Row> attribute(Dataset<Row> rows, String kind, String column)
    {
        return rows.where(notBlank(col(column)))
                .withColumn(KIND, lit(kind))
                .withColumn(CODE, col(column));
    }

    /** A value that is there and not only spaces. */
    public static Column notBlank(Column value)
    {
        return value.isNotNull().and(trim(value).notEqual(""));
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
