package io.bastion.analytics.park;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;

/** The transitive closure of the organization hierarchy per month, kept for the subtree roots (党委 and 党总支). */
final class Subtrees
{
    private static final int MAX_DEPTH = 64;

    private Subtrees() {}

    /** Rows (month_key, root_code, org_code) from the active organizations (month_key, org_code, org_kind, parent_code). */
    static Dataset<Row> of(Dataset<Row> organizations)
    {
        Dataset<Row> children = organizations.where(col("parent_code").isNotNull())
                .select(col("month_key"), col("org_code").as("child"), col("parent_code").as("parent"));
        Dataset<Row> parents = organizations.select(col("month_key").as("parent_month"), col("org_code").as("active_parent"));
        // child → parent edges where both ends are active at the month
        Dataset<Row> edges = children.join(parents, children.col("month_key").equalTo(parents.col("parent_month"))
                        .and(children.col("parent").equalTo(parents.col("active_parent"))))
                // renamed: the closure's month_key is the same column of organizations, and Spark would read the join on it as trivially true
                .select(col("month_key").as("edge_month"), col("child"), col("parent"));
        Dataset<Row> closure = organizations.select(col("month_key"), col("org_code"), col("org_code").as("ancestor"));
        Dataset<Row> frontier = closure;
        long size = closure.count();
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Dataset<Row> step = frontier.join(edges, frontier.col("month_key").equalTo(edges.col("edge_month"))
                            .and(frontier.col("ancestor").equalTo(edges.col("child"))))
                    .select(frontier.col("month_key"), frontier.col("org_code"), edges.col("parent").as("ancestor"));
            closure = closure.union(step).distinct().localCheckpoint();
            long grown = closure.count();
            if (grown == size) {
                break;
            }
            size = grown;
            frontier = step.localCheckpoint();
        }
        Dataset<Row> roots = organizations.where(col("org_kind").isin("党委", "党总支"))
                .select(col("month_key").as("root_month"), col("org_code").as("root_code"));
        return closure.join(roots, closure.col("month_key").equalTo(roots.col("root_month"))
                        .and(closure.col("ancestor").equalTo(roots.col("root_code"))))
                .select(closure.col("month_key"), roots.col("root_code"), closure.col("org_code"));
    }
}
