package io.bastion.analytics.grades;

import io.bastion.analytics.testing.OracleAgreement;
import io.bastion.analytics.testing.TestLake;
import io.bastion.analytics.testing.TestPark;
import org.junit.jupiter.api.Test;

class GradeMigrationTest
{
    @Test
    void agreesWithTheOracleOnTheScaleOnePark()
    {
        OracleAgreement.assertAgrees(TestLake.scaleOne(), new GradeMigration().compute(TestPark.scaleOne()));
    }
}
