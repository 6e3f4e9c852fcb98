package io.bastion.analytics.findings;

import io.bastion.analytics.testing.OracleAgreement;
import io.bastion.analytics.testing.TestLake;
import org.junit.jupiter.api.Test;

class FindingsTest
{
    @Test
    void agreesWithTheOracleOnTheScaleOnePark()
    {
        TestLake lake = TestLake.scaleOne();
        OracleAgreement.assertAgrees(lake, new Findings().compute(lake.park()));
    }
}
