package io.bastion.analytics.testing;

import io.bastion.analytics.job.AnalysisJob;
import org.apache.spark.sql.SparkSession;

import java.util.Map;

/** One local Spark session per test JVM, configured as the job configures its own (UTC, small shuffles, no UI). */
public final class TestSpark
{
    private static SparkSession session;

    private TestSpark() {}

    public static synchronized SparkSession session()
    {
        if (session == null) {
            session = AnalysisJob.session("local[2]", Map.of("spark.driver.bindAddress", "127.0.0.1"));
        }
        return session;
    }
}
