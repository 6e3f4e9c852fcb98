package io.bastion.analytics.membership;

import io.bastion.analytics.job.AnalysisSettings;
import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.testing.OracleAgreement;
import io.bastion.analytics.testing.TestLake;
import io.bastion.analytics.testing.TestSpark;
import org.junit.jupiter.api.Test;

class MembershipTest
{
    @Test
    void agreesWithTheOracleOnTheScaleOnePark()
    {
        TestLake lake = TestLake.scaleOne();
        ParkState park = new ParkState(TestSpark.session(), lake.lake(), AnalysisSettings.defaults());
        OracleAgreement.assertAgrees(lake, new Membership().compute(park));
    }
}
