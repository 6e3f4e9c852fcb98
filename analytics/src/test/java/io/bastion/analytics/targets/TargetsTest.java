package io.bastion.analytics.targets;

import io.bastion.analytics.testing.OracleAgreement;
import io.bastion.analytics.testing.TestLake;
import io.bastion.analytics.testing.TestPark;
import org.junit.jupiter.api.Test;

class TargetsTest
{
    @Test
    void agreesWithTheOracleOnTheScaleOnePark()
    {
        OracleAgreement.assertAgrees(TestLake.scaleOne(), new Targets().compute(TestPark.scaleOne()));
    }
}
