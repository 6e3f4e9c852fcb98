package io.bastion.analytics.lake;

import java.sql.Connection;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * What a run recomputes: every month, or the months from {@code fromMonth} on (the marts' rows of earlier months are kept),
 * and why, in Chinese and English.
 */
record AnalysisPlan(OptionalInt fromMonth, String reason)
{
    AnalysisPlan
    {
        requireNonNull(fromMonth, "fromMonth is null");
        requireNonNull(reason, "reason is null");
    }

    /**
     * The plan of run {@code analysisId}, whose input digests are recorded: from the earliest month whose input changed
     * since the last done run, or every month when there is no such run to build on, when the job, the park's rules or
     * the marts' columns changed ({@code jobSettings}), when the change reaches the first analysed month, or when the
     * settings say so ({@code incremental} false).
     */
    static AnalysisPlan of(Connection connection, long analysisId, String jobSettings, Optional<AnalysisRuns.DoneRun> lastDone,
            int firstMonth, int lastMonth, boolean incremental)
    {
        if (!incremental) {
            return everyMonth("按设置（bastion.analysis.incremental=false）重算全部月份", "every month is recomputed, as set (bastion.analysis.incremental=false)");
        }
        if (lastDone.isEmpty()) {
            return everyMonth("尚无已完成的分析，计算全部月份", "no analysis has been done yet: every month is computed");
        }
        long last = lastDone.get().analysisId();
        if (!jobSettings.equals(lastDone.get().jobSettings()) || !InputDigests.recorded(connection, last)) {
            return everyMonth("自分析批次 " + last + " 以来分析作业、园区规则或指标表结构已变，重算全部月份",
                    "the job, the park's rules or the marts' columns changed since analysis run " + last + ": every month is recomputed");
        }
        OptionalInt changed = InputDigests.firstDifference(connection, analysisId, last);
        if (changed.isEmpty()) {
            return new AnalysisPlan(OptionalInt.of(lastMonth), "自分析批次 " + last + " 以来只有不按月计算的指标的输入有变：这些指标重算，其余只重算末月 " + lastMonth
                    + " / since analysis run " + last + " only inputs of the marts computed over all months changed: those are recomputed, the others from the last month, "
                    + lastMonth);
        }
        int from = changed.getAsInt();
        if (from <= firstMonth) {
            return everyMonth("自分析批次 " + last + " 以来的变化涉及首个分析月 " + firstMonth + "，重算全部月份",
                    "the changes since analysis run " + last + " reach the first analysed month, " + firstMonth + ": every month is recomputed");
        }
        return new AnalysisPlan(OptionalInt.of(from), "自分析批次 " + last + " 以来最早的变化在 " + from + "：重算 " + from + " 起的月份，之前的月份沿用"
                + " / the earliest change since analysis run " + last + " is in " + from + ": the months from " + from + " are recomputed, earlier ones kept");
    }

    private static AnalysisPlan everyMonth(String chinese, String english)
    {
        return new AnalysisPlan(OptionalInt.empty(), chinese + " / " + english);
    }
}
