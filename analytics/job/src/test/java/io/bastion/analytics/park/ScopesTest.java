package io.bastion.analytics.park;

import io.bastion.analytics.job.AnalysisJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The subtree closure and the placing of rows in scopes, on a hand-drawn hierarchy (docs/kpi-catalogue.md §Scopes): a
 * subtree is an active 党委 or 党总支 and every active organization under it through active parents, itself included.
 */
class ScopesTest
{
    private static final StructType ORGANIZATIONS = new StructType()
            .add("month_key", DataTypes.IntegerType)
            .add("org_code", DataTypes.StringType)
            .add("org_kind", DataTypes.StringType)
            .add("parent_code", DataTypes.StringType);
    private static final StructType ROWS = new StructType()
            .add("month", DataTypes.IntegerType)
            .add("org", DataTypes.StringType)
            .add("category", DataTypes.StringType)
            .add("value", DataTypes.IntegerType);

    private static SparkSession spark;
    private static Dataset<Row> subtrees;

    @BeforeAll
    static void hierarchy()
    {
        spark = AnalysisJob.session("local[2]", Map.of());
        subtrees = Subtrees.of(spark.createDataFrame(List.of(
                // January: 党委 P1 > 党总支 Z1 > 支部 B1; B2's parent X is not active; C1 and C2 name each other as parent
                RowFactory.create(202601, "P1", "党委", null),
                RowFactory.create(202601, "Z1", "党总支", "P1"),
                RowFactory.create(202601, "B1", "党支部", "Z1"),
                RowFactory.create(202601, "B2", "党支部", "X"),
                RowFactory.create(202601, "C1", "党委", "C2"),
                RowFactory.create(202601, "C2", "党总支", "C1"),
                // February: Z1 is dissolved, so B1 is under no active root; P1 is its own subtree
                RowFactory.create(202602, "P1", "党委", null),
                RowFactory.create(202602, "B1", "党支部", "Z1")), ORGANIZATIONS)).cache();
    }

    @AfterAll
    static void stop()
    {
        spark.stop();
    }

    @Test
    void aSubtreeHoldsItsRootAndEveryOrganizationUnderItThroughActiveParents()
    {
        assertThat(tuples(subtrees, "month_key", "root_code", "org_code")).containsExactlyInAnyOrder(
                tuple(202601, "P1", "P1"), tuple(202601, "P1", "Z1"), tuple(202601, "P1", "B1"),
                tuple(202601, "Z1", "Z1"), tuple(202601, "Z1", "B1"),
                // a cycle ends where it closes: each of the two is under both
                tuple(202601, "C1", "C1"), tuple(202601, "C2", "C1"), tuple(202601, "C1", "C2"), tuple(202601, "C2", "C2"),
                tuple(202602, "P1", "P1"));
    }

    @Test
    void everyRowIsPlacedParkWideOnceAndOncePerSubtreeOfItsOrganizationAtItsMonth()
    {
        Dataset<Row> rows = spark.createDataFrame(List.of(
                RowFactory.create(202601, "B1", "国有企业", 1),
                RowFactory.create(202601, "B2", " ", 2),
                RowFactory.create(202602, "B1", null, 3),
                RowFactory.create(202601, null, "民营企业", 4)), ROWS);

        assertThat(tuples(Scopes.parkAndSubtrees(rows, Subtrees.roots(subtrees), "month", "org"), "value", Scopes.KIND, Scopes.CODE))
                .containsExactlyInAnyOrder(
                        tuple(1, "park", ParkState.PARK), tuple(1, "subtree", "P1"), tuple(1, "subtree", "Z1"),
                        tuple(2, "park", ParkState.PARK),
                        tuple(3, "park", ParkState.PARK),
                        tuple(4, "park", ParkState.PARK));
        // with the unit category too, where it is not blank
        assertThat(tuples(Scopes.parkSubtreesAndAttribute(rows, Subtrees.roots(subtrees), "month", "org", "unit_category", "category"),
                "value", Scopes.KIND, Scopes.CODE))
                .containsExactlyInAnyOrder(
                        tuple(1, "park", ParkState.PARK), tuple(1, "subtree", "P1"), tuple(1, "subtree", "Z1"), tuple(1, "unit_category", "国有企业"),
                        tuple(2, "park", ParkState.PARK),
                        tuple(3, "park", ParkState.PARK),
                        tuple(4, "park", ParkState.PARK), tuple(4, "unit_category", "民营企业"));
    }

    @Test
    void theRowsKeepTheirColumnsFollowedByTheScope()
    {
        Dataset<Row> rows = spark.createDataFrame(List.<Row>of(), ROWS);

        assertThat(Scopes.parkAndSubtrees(rows, Subtrees.roots(subtrees), "month", "org").columns())
                .containsExactly("month", "org", "category", "value", Scopes.KIND, Scopes.CODE);
    }

    private static List<Tuple> tuples(Dataset<Row> rows, String... columns)
    {
        return rows.selectExpr(Arrays.stream(columns).map(column -> "`" + column + "`").toArray(String[]::new)).collectAsList().stream()
                .map(row -> tuple(java.util.stream.IntStream.range(0, columns.length).mapToObj(row::get).toArray()))
                .toList();
    }
}
