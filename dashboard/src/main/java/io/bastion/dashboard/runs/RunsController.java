package io.bastion.dashboard.runs;

import io.bastion.dashboard.analysis.AnalysisRunQueries;
import io.bastion.dashboard.ingest.IngestRunQueries;
import io.bastion.dashboard.scope.ScopeGuard;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.Shell;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;


/**
 * The runs page: the latest ingestion and analysis runs and how much the warehouse holds. Statuses, triggers and sources
 * are labelled from i18n/runs*.properties, whose Chinese words are the enums' own labels (RunsWordsTest).
 */
@Controller
final class RunsController
{
    private static final int RUNS_SHOWN = 20;
    private static final int ANALYSES_SHOWN = 5;
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
        model.addAttribute("analyses", analyses.latest(ANALYSES_SHOWN));
        return "runs";
    }
}
