package io.bastion.analytics.lake;

import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How an analysis run ended, as recorded in {@code analysis_run}.
 *
 * @param analysisId the run's id
 * @param status done, unchanged or failed
 * @param martRows rows loaded per mart (empty unless done)
 * @param exportMs writing the lake
 * @param sparkMs the Spark job, start-up included
 * @param loadMs loading the marts
 * @param message why it failed, why nothing was computed, or (done) what it recomputed and why, in Chinese and English
 */
public record AnalysisOutcome(long analysisId, RunStatus status, Map<String, Long> martRows, long exportMs, long sparkMs, long loadMs, Optional<String> message)
{
    public AnalysisOutcome
    {
        requireNonNull(status, "status is null");
        martRows = Map.copyOf(martRows);
        requireNonNull(message, "message is null");
    }

    public long totalMartRows()
    {
        return martRows.values().stream().mapToLong(Long::longValue).sum();
    }
}
