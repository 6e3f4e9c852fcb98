package io.bastion.dashboard.reports;

import io.bastion.dashboard.reports.ReportArchive.FileInfo;
import io.bastion.dashboard.reports.ReportArchive.Report;
import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.ScopeGuard;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.security.Role;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.Labels;
import io.bastion.dashboard.web.Shell;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The report archive: every version of the monthly report, its files to view and download, failures, and the admins' regeneration. */
@Controller
final class ReportsController
{
    private final Reports reports;
    private final ScopeGuard guard;
    private final Shell shell;
    private final Labels labels;

    ReportsController(Reports reports, ScopeGuard guard, Shell shell, Labels labels)
    {
        this.reports = reports;
        this.guard = guard;
        this.shell = shell;
        this.labels = labels;
    }

    /** A version as the page lists it, with its files. */
    public record Row(Report report, List<FileInfo> files)
    {
    }

    @GetMapping("/reports")
    String list(@AuthenticationPrincipal Viewer viewer, Model model)
    {
        Selection selection = guard.select(viewer, null, null);
        shell.fill(model, viewer, selection, "reports");
        List<Row> rows = new ArrayList<>();
        for (Report report : reports.archive().list()) {
            rows.add(new Row(report, reports.archive().files(report.reportId())));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("problems", rows.stream().filter(row -> row.report().failed()).toList());
        // Failures no report row records: the last scheduled run, the schedule's registration, a due month without a report.
        model.addAttribute("runProblems", viewer.role() == Role.ADMIN ? reports.problems() : List.of());
        List<Month> months = new ArrayList<>(selection.months());
        Collections.reverse(months);
        model.addAttribute("months", months);
        model.addAttribute("dueMonth", reports.dueMonth().orElse(null));
        model.addAttribute("settings", reports.settings());
        model.addAttribute("admin", viewer.role() == Role.ADMIN);
        return "reports";
    }

    @GetMapping("/reports/{reportId}/{format}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal Viewer viewer, @PathVariable long reportId, @PathVariable String format)
    {
        guard.select(viewer, null, null);
        FileInfo file = reports.archive().files(reportId).stream()
                .filter(candidate -> candidate.format().equals(format))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, labels.get("reports.notFound")));
        byte[] content = reports.archive().content(reportId, format).orElseThrow();
        ContentDisposition disposition = ContentDisposition.builder("html".equals(format) ? "inline" : "attachment")
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-SHA256", file.sha256())
                .body(content);
    }

    /** An admin builds a new version of a month now (SecurityConfiguration lets only admins post here). */
    @PostMapping("/reports/regenerate")
    String regenerate(@AuthenticationPrincipal Viewer viewer, @RequestParam("month") String monthParameter, RedirectAttributes redirect)
    {
        guard.select(viewer, null, null);
        Month month = Month.parse(monthParameter).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, monthParameter));
        Report report = reports.regenerate(month, viewer.username());
        if (ReportArchive.DONE.equals(report.status())) {
            redirect.addFlashAttribute("notice", labels.get("reports.regenerated", month.chinese(), String.valueOf(report.version())));
        }
        else {
            redirect.addFlashAttribute("refusal", labels.get("reports.regenerateFailed", month.chinese(), report.message().orElse("")));
        }
        return "redirect:/reports";
    }
}
