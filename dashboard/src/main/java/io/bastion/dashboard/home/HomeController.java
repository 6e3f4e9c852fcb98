package io.bastion.dashboard.home;

import io.bastion.dashboard.ingest.IngestRunQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the latest ingestion runs and how much the warehouse holds. */
@Controller
final class HomeController
{
    private static final int RUNS_SHOWN = 20;

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
        return "home";
    }
}
