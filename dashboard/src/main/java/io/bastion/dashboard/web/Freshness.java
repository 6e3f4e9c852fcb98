package io.bastion.dashboard.web;

import io.bastion.analytics.lake.RunStatus;
import io.bastion.dashboard.analysis.AnalysisRun;
import io.bastion.dashboard.analysis.AnalysisRunQueries;
import io.bastion.dashboard.ingest.IngestRun;
import io.bastion.dashboard.ingest.IngestRunQueries;
import io.bastion.dashboard.ingest.IngestStatus;
import io.bastion.dashboard.scope.AnalysedMonths;
import io.bastion.dashboard.scope.Month;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** How fresh the figures are: the as-of month, the last ingestion and analysis runs, a run in progress, a failure. */
@Component
public final class Freshness
{
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final IngestRunQueries ingestRuns;
    private final AnalysisRunQueries analysisRuns;
    private final AnalysedMonths analysedMonths;

    Freshness(IngestRunQueries ingestRuns, AnalysisRunQueries analysisRuns, AnalysedMonths analysedMonths)
    {
        this.ingestRuns = ingestRuns;
        this.analysisRuns = analysisRuns;
        this.analysedMonths = analysedMonths;
    }

    /** The freshness line's parts. */
    public record State(Optional<Month> asOfMonth, Optional<Run> ingestion, Optional<Run> analysis)
    {
        public boolean hasMarts()
        {
            return asOfMonth.isPresent();
        }
    }

    /** A run as the line shows it: its status, the message key of its label, when, progress while running, the reason when it failed. */
    public record Run(long id, String status, String labelKey, String when, Optional<String> progress, Optional<String> message)
    {
        public boolean running()
        {
            return "RUNNING".equals(status);
        }

        public boolean failed()
        {
            return "FAILED".equals(status) || "INTERRUPTED".equals(status);
        }
    }

    public State state()
    {
        List<Month> months = analysedMonths.months();
        Optional<Month> asOf = months.isEmpty() ? Optional.empty() : Optional.of(months.get(months.size() - 1));
        Optional<Run> ingestion = ingestRuns.latest(1).stream().findFirst().map(Freshness::ingestion);
        Optional<Run> analysis = analysisRuns.latest(1).stream().findFirst().map(Freshness::analysis);
        return new State(asOf, ingestion, analysis);
    }

    private static Run ingestion(IngestRun run)
    {
        IngestStatus status = IngestStatus.ofCode(run.status());
        Optional<String> progress = status == IngestStatus.RUNNING
                ? Optional.of("%,d / %,d".formatted(run.filesDone(), run.filesTotal()))
                : Optional.empty();
        return new Run(run.runId(), status.name(), "status." + status.name(), when(run.finishedAt().orElse(run.startedAt())), progress,
                status == IngestStatus.SUCCEEDED ? Optional.empty() : run.message());
    }

    private static Run analysis(AnalysisRun run)
    {
        RunStatus status = RunStatus.ofCode(run.status());
        String code = switch (status) {
            case RUNNING -> "RUNNING";
            case FAILED -> "FAILED";
            default -> "SUCCEEDED";
        };
        return new Run(run.analysisId(), code, "analysis." + status.code(), when(run.finishedAt().orElse(run.startedAt())),
                status == RunStatus.RUNNING ? Optional.of("") : Optional.empty(),
                status == RunStatus.FAILED ? run.message() : Optional.empty());
    }

    private static String when(LocalDateTime time)
    {
        return WHEN.format(time);
    }
}
