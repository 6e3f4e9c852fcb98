package io.bastion.analytics.liaison;

import io.bastion.analytics.testing.OracleAgreement;
import io.bastion.analytics.testing.TestLake;
import io.bastion.analytics.testing.TestPark;
import org.junit.jupiter.api.Test;

class LiaisonProgressTest
{
    @Test
    void agreesWithTheOracleOnTheScaleOnePark()
    {
        OracleAgreement.assertAgrees(TestLake.scaleOne(), new LiaisonProgress().compute(TestPark.scaleOne()));
    }
}
