package io.bastion.dashboard.home;

import io.bastion.dashboard.analysis.AnalysisRunQueries;
import io.bastion.dashboard.ingest.IngestRunQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Map;

/** The home page: the latest ingestion and analysis runs and how much the warehouse holds. */
@Controller
final class HomeController
{
    private static final int RUNS_SHOWN = 20;
    private static final int ANALYSES_SHOWN = 5;
    private static final Map<String, String> ANALYSIS_STATUS_LABELS = Map.of(
            "running", "计算中", "done", "完成", "unchanged", "输入未变，未重算", "failed", "失败");
    private static final Map<String, String> TRIGGER_LABELS = Map.of("cli", "命令行", "after-ingest", "入库后自动", "schedule", "定时");
    /** Leaders read Chinese: the run record's codes as the page shows them. */
    private static final Map<String, String> STATUS_LABELS = Map.of(
            "RUNNING", "进行中", "SUCCEEDED", "完成", "FAILED", "失败", "INTERRUPTED", "已中断");
    private static final Map<String, String> SOURCE_LABELS = Map.of(
            "cli", "命令行", "drop-folder", "投递目录", "http-pull", "接口拉取", "upload", "网页上传");

    private final IngestRunQueries runs;
    private final TableCounts counts;
    private final AnalysisRunQueries analyses;

    HomeController(IngestRunQueries runs, TableCounts counts, AnalysisRunQueries analyses)
    {
        this.runs = runs;
        this.counts = counts;
        this.analyses = analyses;
    }

    @GetMapping("/")
    String home(Model model)
    {
        model.addAttribute("runs", runs.latest(RUNS_SHOWN));
        model.addAttribute("counts", counts.counts());
        model.addAttribute("statusLabels", STATUS_LABELS);
        model.addAttribute("sourceLabels", SOURCE_LABELS);
        model.addAttribute("analyses", analyses.latest(ANALYSES_SHOWN));
        model.addAttribute("analysisStatusLabels", ANALYSIS_STATUS_LABELS);
        model.addAttribute("triggerLabels", TRIGGER_LABELS);
        return "home";
    }
}
