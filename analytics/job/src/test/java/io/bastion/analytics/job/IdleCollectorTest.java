package io.bastion.analytics.job;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kept driver's collection when idle: once after an analysis, none while the next one has started. */
class IdleCollectorTest
{
    private static final Duration DELAY = Duration.ofMillis(200);

    @Test
    void collectsOnceTheDelayAfterAnAnalysisHasPassed()
            throws InterruptedException
    {
        CountDownLatch collected = new CountDownLatch(1);
        try (IdleCollector collector = new IdleCollector(DELAY, collected::countDown)) {
            collector.busy();
            collector.idle();

            assertThat(collected.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aRequestArrivingWithinTheDelayCancelsTheCollectionAndOnlyTheLastIdleSpellCollects()
            throws InterruptedException
    {
        AtomicInteger collections = new AtomicInteger();
        CountDownLatch collected = new CountDownLatch(1);
        try (IdleCollector collector = new IdleCollector(DELAY, () -> {
            collections.incrementAndGet();
            collected.countDown();
        })) {
            collector.idle();
            collector.busy();
            // Five delays with the driver busy: the cancelled collection must not run.
            Thread.sleep(DELAY.multipliedBy(5).toMillis());
            assertThat(collections).hasValue(0);

            collector.idle();
            collector.idle();
            assertThat(collected.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(DELAY.multipliedBy(3).toMillis());
            assertThat(collections).hasValue(1);
        }
    }

    @Test
    void refusesADelayThatIsNotPositive()
    {
        assertThatThrownBy(() -> new IdleCollector(Duration.ZERO, () -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the idle collection's delay must be positive");
    }
}
