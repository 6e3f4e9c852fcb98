package io.bastion.analytics.timeliness;

import io.bastion.analytics.testing.OracleAgreement;
import io.bastion.analytics.testing.TestLake;
import io.bastion.analytics.testing.TestPark;
import org.junit.jupiter.api.Test;

class SubmissionTimelinessTest
{
    @Test
    void agreesWithTheOracleOnTheScaleOnePark()
    {
        OracleAgreement.assertAgrees(TestLake.scaleOne(), new SubmissionTimeliness().compute(TestPark.scaleOne()));
    }
}
