package io.bastion.analytics.lake;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The kept Spark driver, submitted for real from the packaged job jar and spark-home: it outlives a failed analysis, is
 * replaced when it exits or the job jar changes, and stops when idle or closed. (Its successful analyses, and that the
 * second runs on the first one's driver, are SparkMatchesOracleIT's.)
 */
class SparkDriverIT
{
    @TempDir
    Path temp;
    private AnalysisRunnerSettings settings;

    @BeforeEach
    void settings()
    {
        settings = AnalysisRunnerSettings.defaults(temp.resolve("lake"), Path.of(System.getProperty("bastion.spark.home")),
                Path.of(System.getProperty("bastion.job.jar")));
    }

    @Test
    void aFailedAnalysisIsReportedAndTheDriverServesTheNextOneUntilItIsReplacedOrClosed()
    {
        try (SparkDriver driver = new SparkDriver(settings)) {
            assertThat(driver.pid()).isEmpty();

            assertMissingLakeFails(driver, "jar-1");
            long first = driver.pid().orElseThrow();
            assertMissingLakeFails(driver, "jar-1");
            assertThat(driver.pid()).as("the same driver serves the next request").hasValue(first);

            assertMissingLakeFails(driver, "jar-2");
            long second = driver.pid().orElseThrow();
            assertThat(second).as("a new driver for a new job jar").isNotEqualTo(first);
            assertThat(ProcessHandle.of(first).filter(ProcessHandle::isAlive)).as("the driver of the old jar has exited").isEmpty();

            ProcessHandle.of(second).orElseThrow().destroyForcibly();
            waitUntil(() -> ProcessHandle.of(second).filter(ProcessHandle::isAlive).isEmpty());
            assertMissingLakeFails(driver, "jar-2");
            long third = driver.pid().orElseThrow();
            assertThat(third).as("a driver that died is replaced").isNotEqualTo(second);

            driver.close();
            assertThat(driver.pid()).isEmpty();
            assertThat(ProcessHandle.of(third).filter(ProcessHandle::isAlive)).as("closing stops the driver").isEmpty();
        }
    }

    @Test
    void aDriverStartedAheadServesTheNextAnalysisOrIsReleasedUnused()
    {
        try (SparkDriver driver = new SparkDriver(settings)) {
            driver.prepare("jar-1");
            long prepared = driver.pid().orElseThrow();
            assertThat(driver.preparedAndUnused()).isTrue();
            driver.prepare("jar-1");
            assertThat(driver.pid()).as("one driver, not two").hasValue(prepared);

            assertMissingLakeFails(driver, "jar-1");
            assertThat(driver.pid()).as("the analysis ran on the driver started ahead").hasValue(prepared);
            assertThat(driver.preparedAndUnused()).isFalse();
            driver.releaseUnused();
            assertThat(driver.pid()).as("a driver that has served is kept").hasValue(prepared);

            driver.prepare("jar-2");
            long second = driver.pid().orElseThrow();
            assertThat(second).as("a new job jar: a new driver").isNotEqualTo(prepared);
            driver.releaseUnused();
            assertThat(driver.pid()).as("released unused").isEmpty();
            waitUntil(() -> ProcessHandle.of(second).filter(ProcessHandle::isAlive).isEmpty());
        }
    }

    @Test
    void aReleaseAskedForRightAfterAStartInTheBackgroundStopsTheDriverThatStartStarts()
            throws InterruptedException
    {
        try (SparkDriver driver = new SparkDriver(settings)) {
            driver.prepareInBackground(() -> "jar-1");
            driver.releaseUnusedInBackground();
            // a start whose job jar cannot be read starts nothing: once it has run, so have the two before it
            CountDownLatch beforeDone = new CountDownLatch(1);
            driver.prepareInBackground(() -> {
                beforeDone.countDown();
                throw new IllegalStateException("job jar unreadable");
            });

            assertThat(beforeDone.await(30, TimeUnit.SECONDS)).as("the background start and release ran").isTrue();
            assertThat(driver.pid()).as("the driver started ahead was released, not left running").isEmpty();
            assertThat(driver.preparedAndUnused()).isFalse();
        }
    }

    @Test
    void anIdleDriverStops()
    {
        try (SparkDriver driver = new SparkDriver(settings.withKeepDriver(Duration.ofSeconds(1)))) {
            assertMissingLakeFails(driver, "jar-1");
            long pid = driver.pid().orElseThrow();
            waitUntil(() -> driver.pid().isEmpty() && ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty());
        }
    }

    @Test
    void aRunPastItsTimeoutStopsTheDriver()
    {
        try (SparkDriver driver = new SparkDriver(settings.withTimeout(Duration.ofMillis(500)))) {
            assertThatThrownBy(() -> driver.run(temp.resolve("no-lake"), temp.resolve("out"), OptionalInt.empty(), "jar-1"))
                    .isInstanceOf(AnalysisException.class)
                    .hasMessageContaining("分析作业超过 PT0.5S 未结束，已终止")
                    .hasMessageContaining("the analysis job did not finish within PT0.5S and was stopped");
            assertThat(driver.pid()).isEqualTo(OptionalLong.empty());
        }
    }

    @Test
    void closingDuringAnAnalysisStopsTheDriverAtOnceAndTheAnalysisFails()
            throws InterruptedException
    {
        SparkDriver driver = new SparkDriver(settings);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread analysis = new Thread(() -> {
            try {
                driver.run(temp.resolve("no-lake"), temp.resolve("out"), OptionalInt.empty(), "jar-1");
            }
            catch (RuntimeException e) {
                failure.set(e);
            }
        });
        analysis.start();
        waitUntil(() -> driver.pid().isPresent());
        long pid = driver.pid().orElseThrow();

        driver.close();

        analysis.join(Duration.ofSeconds(60).toMillis());
        assertThat(analysis.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(AnalysisException.class).hasMessageContaining("分析作业失败（退出码 ")
                .hasMessageContaining("the analysis job failed (exit code ");
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThatThrownBy(() -> driver.run(temp.resolve("no-lake"), temp.resolve("out"), OptionalInt.empty(), "jar-1"))
                .isInstanceOf(IllegalStateException.class).hasMessage("分析驱动已关闭 / the analysis driver is closed");
    }

    /** A lake that is not there: the job fails inside the driver, which answers with Spark's reason and goes on. */
    private void assertMissingLakeFails(SparkDriver driver, String jobJar)
    {
        Path lake = temp.resolve("no-lake");
        assertThatThrownBy(() -> driver.run(lake, temp.resolve("out"), OptionalInt.empty(), jobJar))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("分析作业失败：")
                .hasMessageContaining("/ the analysis job failed: ")
                .hasMessageContaining("PATH_NOT_FOUND")
                .hasMessageContaining(lake.toString());
        assertThat(driver.pid()).as("the driver goes on after a failed analysis").isPresent();
    }

    private static void waitUntil(BooleanSupplier condition)
    {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still not so after 30 s").isLessThan(deadline);
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
