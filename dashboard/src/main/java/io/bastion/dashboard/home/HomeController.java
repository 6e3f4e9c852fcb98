package io.bastion.dashboard.home;

import io.bastion.dashboard.ingest.IngestRunQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Map;

/** The home page: the latest ingestion runs and how much the warehouse holds. */
@Controller
final class HomeController
{
    private static final int RUNS_SHOWN = 20;
    /** Leaders read Chinese: the run record's codes as the page shows them. */
    private static final Map<String, String> STATUS_LABELS = Map.of(
            "RUNNING", "进行中", "SUCCEEDED", "完成", "FAILED", "失败", "INTERRUPTED", "已中断");
    private static final Map<String, String> SOURCE_LABELS = Map.of(
            "cli", "命令行", "drop-folder", "投递目录", "http-pull", "接口拉取", "upload", "网页上传");

    private final IngestRunQueries runs;
    private final TableCounts counts;

    HomeController(IngestRunQueries runs, TableCounts counts)
    {
        this.runs = runs;
        this.counts = counts;
    }

    @GetMapping("/")
    String home(Model model)
    {
        model.addAttribute("runs", runs.latest(RUNS_SHOWN));
        model.addAttribute("counts", counts.counts());
        model.addAttribute("statusLabels", STATUS_LABELS);
        model.addAttribute("sourceLabels", SOURCE_LABELS);
        return "home";
    }
}
