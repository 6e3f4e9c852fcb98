package io.bastion.dashboard.runs;

import io.bastion.dashboard.analysis.AnalysisRunQueries;
import io.bastion.analytics.lake.RunStatus;
import io.bastion.analytics.lake.Trigger;
import io.bastion.dashboard.ingest.IngestRunQueries;
import io.bastion.dashboard.ingest.IngestStatus;
import io.bastion.dashboard.scope.ScopeGuard;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.Shell;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** The runs page: the latest ingestion and analysis runs and how much the warehouse holds. */
@Controller
final class RunsController
{
    private static final int RUNS_SHOWN = 20;
    private static final int ANALYSES_SHOWN = 5;
    /** The run records' codes as the enums label them, so page, API and CLI use the same words. */
    private static final Map<String, String> ANALYSIS_STATUS_LABELS = Arrays.stream(RunStatus.values())
            .collect(Collectors.toMap(RunStatus::code, RunStatus::label));
    private static final Map<String, String> TRIGGER_LABELS = Arrays.stream(Trigger.values())
            .collect(Collectors.toMap(Trigger::code, Trigger::label));
    private static final Map<String, String> STATUS_LABELS = Arrays.stream(IngestStatus.values())
            .collect(Collectors.toMap(IngestStatus::name, IngestStatus::label));
    private static final Map<String, String> SOURCE_LABELS = Map.of(
            "cli", "命令行", "drop-folder", "投递目录", "http-pull", "接口拉取", "upload", "网页上传");

    private final IngestRunQueries runs;
    private final TableCounts counts;
    private final AnalysisRunQueries analyses;

    private final ScopeGuard guard;
    private final Shell shell;

    RunsController(IngestRunQueries runs, TableCounts counts, AnalysisRunQueries analyses, ScopeGuard guard, Shell shell)
    {
        this.guard = guard;
        this.shell = shell;
        this.runs = runs;
        this.counts = counts;
        this.analyses = analyses;
    }

    @GetMapping("/runs")
    String runs(@AuthenticationPrincipal Viewer viewer, Model model)
    {
        shell.fill(model, viewer, guard.select(viewer, null, null), "runs");
        model.addAttribute("runs", runs.latest(RUNS_SHOWN));
        model.addAttribute("counts", counts.counts());
        model.addAttribute("statusLabels", STATUS_LABELS);
        model.addAttribute("sourceLabels", SOURCE_LABELS);
        model.addAttribute("analyses", analyses.latest(ANALYSES_SHOWN));
        model.addAttribute("analysisStatusLabels", ANALYSIS_STATUS_LABELS);
        model.addAttribute("triggerLabels", TRIGGER_LABELS);
        return "runs";
    }
}
