package io.bastion.analytics.membership;

import io.bastion.analytics.testing.OracleAgreement;
import io.bastion.analytics.testing.TestLake;
import org.junit.jupiter.api.Test;

class MembershipTest
{
    @Test
    void agreesWithTheOracleOnTheScaleOnePark()
    {
        TestLake lake = TestLake.scaleOne();
        OracleAgreement.assertAgrees(lake, new Membership().compute(lake.park()));
    }
}
