package io.bastion.analytics.admissions;

import io.bastion.analytics.testing.OracleAgreement;
import io.bastion.analytics.testing.TestLake;
import org.junit.jupiter.api.Test;

class AdmissionsTest
{
    @Test
    void agreesWithTheOracleOnTheScaleOnePark()
    {
        TestLake lake = TestLake.scaleOne();
        OracleAgreement.assertAgrees(lake, new Admissions().compute(lake.park()));
    }
}
