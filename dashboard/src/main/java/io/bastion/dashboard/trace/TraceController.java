package io.bastion.dashboard.trace;

import io.bastion.dashboard.scope.ScopeGuard;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.Labels;
import io.bastion.dashboard.web.Shell;
import io.bastion.dashboard.web.XlsxResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.List;
import java.util.Map;

/**
 * 数据溯源: {@code /trace?figure=<id>&month=…&org=…} lists what a figure counts and, for each row, the submission or feed file
 * it came from; {@code /trace/files?file=<id>} shows that archived file among the organization's (or the feed's) other files.
 */
@Controller
final class TraceController
{
    static final String PAGE = "trace";
    static final String FILES_PAGE = "tracefiles";

    private final ScopeGuard guard;
    private final Shell shell;
    private final Traces traces;
    private final SourceFiles files;
    private final Labels labels;

    TraceController(ScopeGuard guard, Shell shell, Traces traces, SourceFiles files, Labels labels)
    {
        this.guard = guard;
        this.shell = shell;
        this.traces = traces;
        this.files = files;
        this.labels = labels;
    }

    @GetMapping("/trace")
    String page(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String figure, @RequestParam(required = false) String month,
            @RequestParam(required = false) String org, Model model)
    {
        Selection selection = guard.select(viewer, month, org);
        TraceRequest request = TraceRequest.parse(figure, selection.month());
        Traces.check(viewer, selection, request);
        shell.fill(model, viewer, selection, PAGE);
        model.addAttribute("figureId", request.id());
        model.addAttribute("figureName", labels.get(request.figure().labelKey()));
        model.addAttribute("figureDefinition", labels.get(request.figure().definitionKey()));
        model.addAttribute("scopeName", traces.scopeName(selection, request));
        return PAGE;
    }

    @GetMapping("/api/trace")
    @ResponseBody
    TraceData api(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String figure, @RequestParam(required = false) String month,
            @RequestParam(required = false) String org)
    {
        Selection selection = guard.select(viewer, month, org);
        return traces.trace(viewer, selection, TraceRequest.parse(figure, selection.month()));
    }

    @GetMapping("/api/trace/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String figure,
            @RequestParam(required = false) String month, @RequestParam(required = false) String org)
    {
        Selection selection = guard.select(viewer, month, org);
        TraceData data = traces.trace(viewer, selection, TraceRequest.parse(figure, selection.month()));
        String name = "trace_" + data.id().replace(':', '_') + "_" + data.month() + data.orgCode().map(code -> "_" + code).orElse("") + ".xlsx";
        return XlsxResponse.download(name, List.of(data.table()));
    }

    @GetMapping("/trace/files")
    String filesPage(@AuthenticationPrincipal Viewer viewer, @RequestParam long file, @RequestParam(required = false) String month,
            @RequestParam(required = false) String org, Model model)
    {
        Selection selection = guard.select(viewer, month, org);
        SourceFiles.Files found = files.files(viewer, selection, file);
        shell.fill(model, viewer, selection, FILES_PAGE);
        model.addAttribute("file", found.file());
        return FILES_PAGE;
    }

    @GetMapping("/api/trace/files")
    @ResponseBody
    Map<String, Object> filesApi(@AuthenticationPrincipal Viewer viewer, @RequestParam long file, @RequestParam(required = false) String month,
            @RequestParam(required = false) String org)
    {
        SourceFiles.Files found = files.files(viewer, guard.select(viewer, month, org), file);
        return Map.of("file", found.file(), "files", found.list());
    }

    @GetMapping("/api/trace/files/export.xlsx")
    ResponseEntity<StreamingResponseBody> filesExport(@AuthenticationPrincipal Viewer viewer, @RequestParam long file,
            @RequestParam(required = false) String month, @RequestParam(required = false) String org)
    {
        DataTable list = files.files(viewer, guard.select(viewer, month, org), file).list();
        return XlsxResponse.download("files_" + file + ".xlsx", List.of(list));
    }
}
