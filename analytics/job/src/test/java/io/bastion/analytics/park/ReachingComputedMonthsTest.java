package io.bastion.analytics.park;

import io.bastion.analytics.job.AnalysisSettings;
import io.bastion.analytics.testing.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What a recomputation keeps of a history before its window: a recomputation from 2026-08 computes from 2026-07 (the
 * month before; its quarter starts in July too), so of each key's rows before July only those of the key's last month
 * before July can still be its latest row at a computed month.
 */
class ReachingComputedMonthsTest
{
    private static final StructType HISTORY = new StructType()
            .add("unit", DataTypes.StringType)
            .add("month", DataTypes.IntegerType)
            .add("note", DataTypes.StringType);
    private static final List<Row> ROWS = List.of(
            // A: reported every month up to September; of the months before July only June can be its latest at July
            RowFactory.create("A", 202604, "A-4"), RowFactory.create("A", 202605, "A-5"), RowFactory.create("A", 202606, "A-6"),
            RowFactory.create("A", 202607, "A-7"), RowFactory.create("A", 202609, "A-9"),
            // B: last reported in January, twice (two organizations' rosters): both rows stay, for the ranking to choose
            RowFactory.create("B", 202512, "B-12"), RowFactory.create("B", 202601, "B-1a"), RowFactory.create("B", 202601, "B-1b"),
            // C: nothing before the window
            RowFactory.create("C", 202608, "C-8"), RowFactory.create("C", 202610, "C-10"));

    @Test
    void aRecomputationKeepsTheWindowsRowsAndEachKeysLastMonthBeforeIt()
    {
        ParkState park = new ParkState(TestSpark.session(), "/nonexistent-lake", AnalysisSettings.defaults()).from(202608);
        assertThat(ParkState.windowStart(202608)).isEqualTo(202607);

        assertThat(notes(park.reachingComputedMonths(history(), "unit", "month"))).containsExactlyInAnyOrder(
                tuple("A-6"), tuple("A-7"), tuple("A-9"), tuple("B-1a"), tuple("B-1b"), tuple("C-8"), tuple("C-10"));
    }

    @Test
    void aRunOverEveryMonthKeepsEveryRow()
    {
        ParkState park = new ParkState(TestSpark.session(), "/nonexistent-lake", AnalysisSettings.defaults());

        assertThat(notes(park.reachingComputedMonths(history(), "unit", "month"))).hasSize(ROWS.size());
    }

    private static Dataset<Row> history()
    {
        return TestSpark.session().createDataFrame(ROWS, HISTORY);
    }

    private static List<Tuple> notes(Dataset<Row> rows)
    {
        return rows.collectAsList().stream().map(row -> tuple(row.<String>getAs("note"))).toList();
    }
}
