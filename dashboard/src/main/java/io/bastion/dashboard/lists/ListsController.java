package io.bastion.dashboard.lists;

import io.bastion.dashboard.scope.ScopeGuard;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.FamilyData;
import io.bastion.dashboard.web.Labels;
import io.bastion.dashboard.web.Shell;
import io.bastion.dashboard.web.XlsxResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 待办清单: {@code /lists/{name}} opens the list behind one of the overview's action tiles, with the same count. */
@Controller
final class ListsController
{
    static final String PAGE = "lists";

    private final ScopeGuard guard;
    private final Shell shell;
    private final ActionLists lists;
    private final ListTables tables;
    private final Labels labels;

    ListsController(ScopeGuard guard, Shell shell, ActionLists lists, ListTables tables, Labels labels)
    {
        this.guard = guard;
        this.shell = shell;
        this.lists = lists;
        this.tables = tables;
        this.labels = labels;
    }

    /** A tab of the page: a list's key, its name and its count. */
    record Tab(String key, String label, long count)
    {
    }

    @GetMapping("/lists/{name}")
    String page(@AuthenticationPrincipal Viewer viewer, @PathVariable String name, @RequestParam(required = false) String month,
            @RequestParam(required = false) String org, Model model)
    {
        Selection selection = guard.select(viewer, month, org);
        ActionList list = list(name);
        shell.fill(model, viewer, selection, PAGE);
        List<Tab> tabs = new ArrayList<>();
        if (!selection.months().isEmpty()) {
            lists.counts(selection).forEach((key, count) -> tabs.add(new Tab(key, labels.get("action." + key), count)));
        }
        model.addAttribute("list", list.key());
        model.addAttribute("listName", labels.get("action." + list.key()));
        model.addAttribute("listDefinition", labels.get("lists.what." + list.key()));
        model.addAttribute("tabs", tabs);
        return PAGE;
    }

    @GetMapping("/api/lists/{name}")
    @ResponseBody
    FamilyData api(@AuthenticationPrincipal Viewer viewer, @PathVariable String name, @RequestParam(required = false) String month,
            @RequestParam(required = false) String org)
    {
        return data(viewer, guard.select(viewer, month, org), list(name));
    }

    @GetMapping("/api/lists/{name}/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Viewer viewer, @PathVariable String name,
            @RequestParam(required = false) String month, @RequestParam(required = false) String org)
    {
        ActionList list = list(name);
        FamilyData data = data(viewer, guard.select(viewer, month, org), list);
        return XlsxResponse.download("list_" + list.key() + "_" + data.month() + data.orgCode().map(code -> "_" + code).orElse("") + ".xlsx",
                List.copyOf(data.tables().values()));
    }

    private FamilyData data(Viewer viewer, Selection selection, ActionList list)
    {
        if (selection.months().isEmpty()) {
            return FamilyData.of(PAGE, selection, List.of(), List.of(), Optional.of(labels.get("empty.noAnalysis")));
        }
        DataTable table = tables.table(list, selection, viewer);
        return FamilyData.of(PAGE, selection, List.of(), List.of(table), Optional.empty());
    }

    private static ActionList list(String name)
    {
        return ActionList.byKey(name).orElseThrow(() -> new UnknownListException(name));
    }
}
