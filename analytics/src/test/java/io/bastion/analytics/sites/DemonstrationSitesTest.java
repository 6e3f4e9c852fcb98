package io.bastion.analytics.sites;

import io.bastion.analytics.testing.OracleAgreement;
import io.bastion.analytics.testing.TestLake;
import io.bastion.analytics.testing.TestPark;
import org.junit.jupiter.api.Test;

class DemonstrationSitesTest
{
    @Test
    void agreesWithTheOracleOnTheScaleOnePark()
    {
        OracleAgreement.assertAgrees(TestLake.scaleOne(), new DemonstrationSites().compute(TestPark.scaleOne()));
    }
}
