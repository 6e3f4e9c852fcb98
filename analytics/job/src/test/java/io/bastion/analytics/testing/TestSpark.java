package io.bastion.analytics.testing;

import io.bastion.analytics.job.AnalysisJob;
import org.apache.spark.sql.SparkSession;

import java.util.Map;

/** One local Spark session shared by the tests of a JVM (a new one once it was stopped), configured as the job configures its own (UTC, small shuffles, no UI). */
public final class TestSpark
{
    private static SparkSession session;

    private TestSpark() {}

    public static synchronized SparkSession session()
    {
        // a test class that starts and stops its own session stops this one too when it ran first (getOrCreate hands it over)
        if (session == null || session.sparkContext().isStopped()) {
            session = AnalysisJob.session("local[2]", Map.of("spark.driver.bindAddress", "127.0.0.1"));
        }
        return session;
    }
}
