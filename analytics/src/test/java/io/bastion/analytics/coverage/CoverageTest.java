package io.bastion.analytics.coverage;

import io.bastion.analytics.testing.OracleAgreement;
import io.bastion.analytics.testing.TestLake;
import org.junit.jupiter.api.Test;

class CoverageTest
{
    @Test
    void agreesWithTheOracleOnTheScaleOnePark()
    {
        TestLake lake = TestLake.scaleOne();
        OracleAgreement.assertAgrees(lake, new Coverage().compute(lake.park()));
    }
}
