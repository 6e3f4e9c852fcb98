package io.bastion.analytics.testing;

import org.apache.spark.sql.SparkSession;

/** One small local Spark session per test JVM, set as the job sets its own (UTC, no UI, few shuffle partitions). */
public final class TestSpark
{
    private static SparkSession session;

    private TestSpark() {}

    public static synchronized SparkSession session()
    {
        if (session == null) {
            session = SparkSession.builder()
                    .appName("bastion-analytics-test")
                    .master("local[2]")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
        }
        return session;
    }
}
