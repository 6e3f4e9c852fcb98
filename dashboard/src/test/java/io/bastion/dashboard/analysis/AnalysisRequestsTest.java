package io.bastion.dashboard.analysis;

import io.bastion.ingest.load.RunSummary;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The order of what an ingestion of received files says: the kept driver starts before the ingestion, and one started
 * for nothing is released when the ingestion loads nothing or fails (the driver's own start and release run in
 * {@code SparkDriverIT} on a real Spark driver).
 */
class AnalysisRequestsTest
{
    private final List<String> said = new ArrayList<>();
    private final AnalysisRequests requests = new AnalysisRequests(Optional.empty(), () -> said.add("start driver"), () -> said.add("release driver"),
            () -> said.add("data changed"), () -> said.add("publish snapshots"));

    @Test
    void anIngestionThatLoadsRowsStartsTheDriverFirstAndKeepsIt()
    {
        RunSummary summary = requests.ingest(() -> {
            said.add("ingest");
            return run(1_200);
        });

        assertThat(summary.rowsLoaded()).isEqualTo(1_200);
        assertThat(said).containsExactly("start driver", "ingest", "data changed", "publish snapshots");
    }

    @Test
    void anIngestionThatLoadsNothingReleasesTheDriverStartedForIt()
    {
        requests.ingest(() -> {
            said.add("ingest");
            return run(0);
        });

        assertThat(said).containsExactly("start driver", "ingest", "data changed", "release driver");
    }

    @Test
    void aFailedIngestionReleasesTheDriverAndStillFails()
    {
        assertThatThrownBy(() -> requests.ingest(() -> {
            said.add("ingest");
            throw new IllegalStateException("disk full");
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");

        assertThat(said).containsExactly("start driver", "ingest", "release driver");
    }

    private static RunSummary run(long rowsLoaded)
    {
        return new RunSummary(7, "SUCCEEDED", List.of(), List.of(), rowsLoaded, rowsLoaded, 0, Duration.ofSeconds(1));
    }
}
