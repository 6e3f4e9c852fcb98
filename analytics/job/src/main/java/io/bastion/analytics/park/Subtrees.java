package io.bastion.analytics.park;

import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;

/** The transitive closure of the organization hierarchy per month, kept for the subtree roots (党委 and 党总支). */
final class Subtrees
{
    private static final Set<String> ROOT_KINDS = Set.of("党委", "党总支");
    private static final StructType MEMBERSHIP = new StructType()
            .add("month_key", DataTypes.IntegerType, false)
            .add("root_code", DataTypes.StringType, false)
            .add("org_code", DataTypes.StringType, false);

    private Subtrees() {}

    /**
     * Rows (month_key, root_code, org_code) from the active organizations (month_key, org_code, org_kind, parent_code):
     * each organization under each active 党委 or 党总支 it reaches by parents active at the month, itself included.
     * One month's organizations are a few thousand at most, so each month is walked as a whole in one task: one
     * stage, where a join per level of depth would be a Spark job per level.
     */
    static Dataset<Row> of(Dataset<Row> organizations)
    {
        return organizations.select("month_key", "org_code", "org_kind", "parent_code")
                .groupByKey((MapFunction<Row, Integer>) row -> row.getInt(0), Encoders.INT())
                .flatMapGroups((FlatMapGroupsFunction<Integer, Row, Row>) Subtrees::ofMonth, Encoders.row(MEMBERSHIP));
    }

    private static Iterator<Row> ofMonth(Integer month, Iterator<Row> organizations)
    {
        Map<String, String> kinds = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        while (organizations.hasNext()) {
            Row organization = organizations.next();
            String code = organization.getString(1);
            kinds.put(code, organization.getString(2));
            if (!organization.isNullAt(3)) {
                parents.put(code, organization.getString(3));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String organization : kinds.keySet()) {
            // up the parents while they are active at the month; a cycle in the registry ends where it closes
            Set<String> ancestors = new HashSet<>();
            for (String ancestor = organization; ancestor != null && kinds.containsKey(ancestor) && ancestors.add(ancestor);
                    ancestor = parents.get(ancestor)) {
                if (ROOT_KINDS.contains(kinds.get(ancestor))) {
                    rows.add(RowFactory.create(month, ancestor, organization));
                }
            }
        }
        return rows.iterator();
    }

    /** Per organization and month, the roots of the subtrees holding it: (month_key, org_code, subtree_roots), from {@link #of}. */
    static Dataset<Row> roots(Dataset<Row> subtrees)
    {
        return subtrees.groupBy("month_key", "org_code")
                .agg(collect_set(col("root_code")).as(Scopes.ROOTS));
    }
}
