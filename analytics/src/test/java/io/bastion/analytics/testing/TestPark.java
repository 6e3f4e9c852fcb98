package io.bastion.analytics.testing;

import io.bastion.analytics.job.AnalysisSettings;
import io.bastion.analytics.park.ParkState;

/**
 * The scale-1 park's state with the default settings, shared by the tests of one JVM: ParkState caches the people,
 * subtrees and reports every family reads, which on two cores take longer than most families themselves.
 */
public final class TestPark
{
    private static ParkState scaleOne;

    private TestPark() {}

    public static synchronized ParkState scaleOne()
    {
        TestLake lake = TestLake.scaleOne();
        if (scaleOne == null) {
            scaleOne = new ParkState(TestSpark.session(), lake.lake(), AnalysisSettings.defaults());
        }
        return scaleOne;
    }
}
