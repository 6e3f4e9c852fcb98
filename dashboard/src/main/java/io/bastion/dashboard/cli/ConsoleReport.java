package io.bastion.dashboard.cli;

import io.bastion.ingest.load.FileOutcome;
import io.bastion.ingest.load.FileOutcome.Outcome;
import io.bastion.ingest.load.IngestionListener;
import io.bastion.ingest.load.RunSummary;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints an ingestion run on the console: a progress line per committed batch, then a table of outcomes. */
final class ConsoleReport
        implements IngestionListener
{
    private static final List<Outcome> REFUSED = List.of(Outcome.REJECTED, Outcome.SKIPPED, Outcome.WAITING);

    private final PrintStream out;

    ConsoleReport(PrintStream out)
    {
        this.out = out;
    }

    @Override
    public void progress(RunProgress progress)
    {
        out.printf(Locale.ROOT, "批次 run %d · 文件 files %d/%d · 读取 rows read %,d · 入库 loaded %,d · 隔离 quarantined %,d · %,.0f 行/秒 rows/s%n",
                progress.runId(), progress.filesDone(), progress.filesTotal(), progress.rowsRead(), progress.rowsLoaded(), progress.rowsRejected(),
                progress.rowsPerSecond());
    }

    void summary(RunSummary summary)
    {
        out.println();
        out.printf(Locale.ROOT, "批次 run %d：%s%n", summary.runId(), summary.status());
        out.println("  结果 outcome      文件数 files");
        for (Outcome outcome : Outcome.values()) {
            out.printf(Locale.ROOT, "  %-16s %,12d%n", outcome, summary.count(outcome));
        }
        out.printf(Locale.ROOT, "  读取 rows read %,d · 入库 loaded %,d · 隔离 quarantined %,d · 耗时 %.1f s · %,.0f 行/秒 rows/s%n",
                summary.rowsRead(), summary.rowsLoaded(), summary.rowsRejected(), summary.duration().toMillis() / 1000.0, summary.rowsPerSecond());
        List<FileOutcome> refused = summary.files().stream().filter(file -> REFUSED.contains(file.outcome())).toList();
        list("未入库的文件 / files not loaded:", refused);
        // Loaded or superseded files whose sender has something to read: problem rows, a warning, why it was not put in force.
        list("有问题行、提醒或未替换的文件 / files with problem rows, a warning, or not put in force:", summary.files().stream()
                .filter(file -> !REFUSED.contains(file.outcome()) && file.outcome() != Outcome.DUPLICATE && !file.chinese().isEmpty())
                .toList());
    }

    private void list(String title, List<FileOutcome> files)
    {
        if (files.isEmpty()) {
            return;
        }
        out.println();
        out.println(title);
        for (FileOutcome file : files) {
            out.printf(Locale.ROOT, "  %-10s %s%n", file.outcome(), file.fileName());
            out.println("             " + file.chinese());
            out.println("             " + file.english());
        }
    }
}
