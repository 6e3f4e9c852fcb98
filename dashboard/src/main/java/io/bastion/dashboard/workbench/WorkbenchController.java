package io.bastion.dashboard.workbench;

import io.bastion.dashboard.scope.ScopeGuard;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.Shell;
import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL workbench page and API for analysts and admins (SecurityConfiguration gates both), and the admins' page of
 * its audit log. What a statement may do is decided by {@link QueryEngine}, not here.
 */
@Controller
final class WorkbenchController
{
    private static final int HISTORY_SHOWN = 50;
    /** One sheet holds 1,048,576 rows, the header included. */
    private static final long XLSX_MAX_ROWS = 1_048_575;

    private final Workbench workbench;
    private final WorkbenchLog log;
    private final ScopeGuard guard;
    private final Shell shell;
    private final Snapshots snapshots;

    WorkbenchController(Workbench workbench, WorkbenchLog log, ScopeGuard guard, Shell shell, Snapshots snapshots)
    {
        this.snapshots = snapshots;
        this.workbench = workbench;
        this.log = log;
        this.guard = guard;
        this.shell = shell;
    }

    record QueryRequest(String sql, Integer page)
    {
    }

    record SaveRequest(String title, String sql)
    {
    }

    @GetMapping({"/workbench", "/workbench/"})
    String page(@AuthenticationPrincipal Viewer viewer, Model model)
    {
        shell.fill(model, viewer, guard.select(viewer, null, null), "workbench");
        model.addAttribute("snapshot", Snapshot.of(viewer).code());
        model.addAttribute("published", snapshots.state());
        return "workbench";
    }

    @GetMapping("/admin/workbench")
    String audit(@AuthenticationPrincipal Viewer viewer, Model model)
    {
        shell.fill(model, viewer, guard.select(viewer, null, null), "workbench-audit");
        return "workbench-audit";
    }

    @PostMapping(path = "/api/workbench/query", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Workbench.Page query(@AuthenticationPrincipal Viewer viewer, @RequestBody QueryRequest request)
    {
        return workbench.query(viewer, request.sql(), request.page() == null ? 1 : request.page());
    }

    @GetMapping(path = "/api/workbench/schema", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> schema(@AuthenticationPrincipal Viewer viewer)
    {
        return Map.of("snapshot", Snapshot.of(viewer).code(), "objects", workbench.schema(viewer));
    }

    @GetMapping(path = "/api/workbench/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<WorkbenchLog.Entry> history(@AuthenticationPrincipal Viewer viewer)
    {
        return log.history(viewer.username(), HISTORY_SHOWN);
    }

    @GetMapping(path = "/api/workbench/saved", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<WorkbenchLog.Saved> saved()
    {
        return log.saved();
    }

    @PostMapping(path = "/api/workbench/saved", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> save(@AuthenticationPrincipal Viewer viewer, @RequestBody SaveRequest request)
    {
        String title = request.title() == null ? "" : request.title().strip();
        String sql = request.sql() == null ? "" : request.sql().strip();
        if (title.isEmpty() || title.length() > 200 || sql.isEmpty() || sql.length() > WorkbenchSettings.defaults().maxSqlLength()) {
            throw new WorkbenchException(Refusal.SAVE_INVALID, null);
        }
        return ResponseEntity.ok(Map.of("savedId", log.save(title, sql, viewer.username())));
    }

    @DeleteMapping(path = "/api/workbench/saved/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> delete(@AuthenticationPrincipal Viewer viewer, @PathVariable("id") long id)
    {
        boolean deleted = log.delete(id, viewer.username(), viewer.seesPersonalData());
        return deleted ? ResponseEntity.ok(Map.of("deleted", id)) : ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("deleted", false));
    }

    @GetMapping(path = "/api/admin/workbench/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<WorkbenchLog.Entry> auditLog(@RequestParam(name = "user", required = false) String user, @RequestParam(name = "outcome", required = false) String outcome,
            @RequestParam(name = "kind", required = false) String kind, @RequestParam(name = "personal", required = false, defaultValue = "false") boolean personal,
            @RequestParam(name = "limit", required = false, defaultValue = "200") int limit)
    {
        return log.entries(new WorkbenchLog.Filter(Optional.ofNullable(user), Optional.ofNullable(outcome), Optional.ofNullable(kind), personal, limit));
    }

    @PostMapping("/api/workbench/export.csv")
    void exportCsv(@AuthenticationPrincipal Viewer viewer, @RequestParam("sql") String sql, HttpServletResponse response)
            throws IOException
    {
        CsvSink sink = new CsvSink(response);
        workbench.export(viewer, sql, "csv", sink);
        sink.finish();
    }

    @PostMapping("/api/workbench/export.xlsx")
    void exportXlsx(@AuthenticationPrincipal Viewer viewer, @RequestParam("sql") String sql, HttpServletResponse response)
            throws IOException
    {
        XlsxSink sink = new XlsxSink(response);
        workbench.export(viewer, sql, "xlsx", sink);
        sink.finish();
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> refused(WorkbenchException e)
    {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("refusal", e.refusal().name());
        body.put("chinese", e.chinese());
        body.put("english", e.english());
        body.put("detail", e.detail());
        body.put("cancelled", e.cancelled());
        HttpStatus status = e.refusal() == Refusal.BUSY || e.refusal() == Refusal.NO_SNAPSHOT ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static String fileName(String extension)
    {
        return "workbench-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "." + extension;
    }

    /** CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese) written row by row as DuckDB hands them over. */
    private static final class CsvSink
            implements ResultSink
    {
        private final HttpServletResponse response;
        private BufferedWriter out;

        CsvSink(HttpServletResponse response)
        {
            this.response = response;
        }

        @Override
        public void columns(List<Column> columns)
                throws IOException
        {
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName("csv") + "\"");
            out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
            out.write('\uFEFF');
            line(columns.stream().map(Column::name).toArray());
        }

        @Override
        public boolean row(Object[] values)
                throws IOException
        {
            line(values);
            return true;
        }

        private void line(Object[] values)
                throws IOException
        {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(escape(values[i]));
            }
            out.write("\r\n");
        }

        void finish()
                throws IOException
        {
            if (out == null) {
                columns(List.of());
            }
            out.flush();
        }

        static String escape(Object value)
        {
            if (value == null) {
                return "";
            }
            String text = value.toString();
            // A leading = + - @ would make a spreadsheet run it as a formula.
            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
                text = "'" + text;
            }
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                return "\"" + text.replace("\"", "\"\"") + "\"";
            }
            return text;
        }
    }

    /** .xlsx through FastExcel, whose worksheets are flushed to the response as rows arrive. */
    private static final class XlsxSink
            implements ResultSink
    {
        private final HttpServletResponse response;
        private Workbook workbook;
        private Worksheet sheet;
        private int row;

        XlsxSink(HttpServletResponse response)
        {
            this.response = response;
        }

        @Override
        public void columns(List<Column> columns)
                throws IOException
        {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName("xlsx") + "\"");
            OutputStream out = response.getOutputStream();
            workbook = new Workbook(out, "Bastion", "1.0");
            sheet = workbook.newWorksheet("result");
            for (int i = 0; i < columns.size(); i++) {
                sheet.value(0, i, columns.get(i).name());
            }
            row = 1;
        }

        @Override
        public boolean row(Object[] values)
                throws IOException
        {
            if (row > XLSX_MAX_ROWS) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof BigDecimal decimal) {
                    sheet.value(row, i, decimal);
                }
                else if (value instanceof BigInteger big) {
                    sheet.value(row, i, big.toString());
                }
                else if (value instanceof Number number) {
                    sheet.value(row, i, number);
                }
                else if (value instanceof Boolean bool) {
                    sheet.value(row, i, bool);
                }
                else if (value != null) {
                    sheet.value(row, i, value.toString());
                }
            }
            row++;
            if (row % 1_000 == 0) {
                sheet.flush();
            }
            return true;
        }

        void finish()
                throws IOException
        {
            if (workbook == null) {
                // a statement without a result set: an empty sheet rather than an empty download
                columns(List.of());
            }
            sheet.finish();
            workbook.finish();
        }
    }
}
