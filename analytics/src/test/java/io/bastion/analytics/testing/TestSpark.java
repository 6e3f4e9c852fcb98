package io.bastion.analytics.testing;

import org.apache.spark.sql.SparkSession;

/** One local Spark session per test JVM, configured as the job runs it (UTC, small shuffles, no UI). */
public final class TestSpark
{
    private static SparkSession session;

    private TestSpark() {}

    public static synchronized SparkSession session()
    {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("bastion-analytics-test")
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
