package io.bastion.dashboard.analysis;

import java.time.LocalDateTime;
import java.util.Optional;

/** One analysis run as the home page shows it. */
public record AnalysisRun(
        long analysisId,
        LocalDateTime startedAt,
        Optional<LocalDateTime> finishedAt,
        String status,
        String trigger,
        String sparkMaster,
        Optional<Integer> firstMonth,
        Optional<Integer> lastMonth,
        long exportMs,
        long sparkMs,
        long loadMs,
        long martRows,
        Optional<String> message)
{
    public AnalysisRun(long analysisId, LocalDateTime startedAt, LocalDateTime finishedAt, String status, String trigger, String sparkMaster,
            Integer firstMonth, Integer lastMonth, long exportMs, long sparkMs, long loadMs, long martRows, String message)
    {
        this(analysisId, startedAt, Optional.ofNullable(finishedAt), status, trigger, sparkMaster, Optional.ofNullable(firstMonth),
                Optional.ofNullable(lastMonth), exportMs, sparkMs, loadMs, martRows, Optional.ofNullable(message));
    }

    /** The analysed months as the page shows them, 2023-11 至 2026-10. */
    public String months()
    {
        if (firstMonth.isEmpty() || lastMonth.isEmpty()) {
            return "";
        }
        return month(firstMonth.get()) + " 至 " + month(lastMonth.get());
    }

    private static String month(int monthKey)
    {
        return "%d-%02d".formatted(monthKey / 100, monthKey % 100);
    }
}
