package io.bastion.analytics.admissions;

import io.bastion.analytics.job.AnalysisSettings;
import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.testing.OracleAgreement;
import io.bastion.analytics.testing.TestLake;
import io.bastion.analytics.testing.TestSpark;
import org.junit.jupiter.api.Test;

class AdmissionsTest
{
    @Test
    void agreesWithTheOracleOnTheScaleOnePark()
    {
        TestLake lake = TestLake.scaleOne();
        ParkState park = new ParkState(TestSpark.session(), lake.lake(), AnalysisSettings.defaults());
        OracleAgreement.assertAgrees(lake, new Admissions().compute(park));
    }
}
