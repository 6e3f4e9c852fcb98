package io.bastion.dashboard.grades;

import io.bastion.dashboard.scope.OrganizationTree;
import io.bastion.dashboard.scope.ScopeGuard;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.MartCache;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.FamilyData;
import io.bastion.dashboard.web.Kpi;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 分类定级: the distribution per quarter, 先进率 against its target, the migration between two chosen quarters (Sankey and
 * 4×4 matrix), 晋位率, 降级率, 后进转化率, the organizations new and gone, and the 后进 list.
 */
@Controller
final class GradesController
{
    static final String FAMILY = "grades";
    /** The words grades.js writes, from i18n/grades*.properties (the page has no inline script to carry them). */
    private static final List<String> PAGE_WORDS = List.of("page.cards", "page.charts", "page.migration", "page.lists", "page.from", "page.to",
            "page.compare", "js.filtered", "js.clear", "js.clickHint", "js.periodHint", "js.organizationsAxis", "js.rate", "js.periodAxis",
            "js.target", "js.newNode", "js.goneNode", "js.matrixHint", "js.showData", "js.cardsOf", "js.sankeyTitle", "grade.GOOD", "grade.FAIRLY_GOOD",
            "grade.AVERAGE", "grade.POOR", "change.NEW", "change.GONE");

    private static final List<Change> READING_ORDER = List.of(Change.DEMOTED, Change.GONE, Change.NEW, Change.PROMOTED, Change.UNCHANGED);

    private final MartCache cache;
    private final ScopeGuard guard;
    private final Shell shell;
    private final GradesQueries queries;
    private final GradesCards cards;
    private final GradesTables tables;
    private final OrganizationTree tree;
    private final Labels labels;

    GradesController(ScopeGuard guard, Shell shell, GradesQueries queries, GradesCards cards, GradesTables tables, OrganizationTree tree,
            Labels labels, MartCache cache)
    {
        this.cache = cache;
        this.guard = guard;
        this.shell = shell;
        this.queries = queries;
        this.cards = cards;
        this.tables = tables;
        this.tree = tree;
        this.labels = labels;
    }

    @GetMapping("/grades")
    String page(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org,
            Model model)
    {
        shell.fill(model, viewer, guard.select(viewer, month, org), FAMILY);
        Map<String, String> words = new LinkedHashMap<>();
        PAGE_WORDS.forEach(word -> words.put(word, labels.get("grades." + word)));
        model.addAttribute("words", words);
        return FAMILY;
    }

    @GetMapping("/api/grades")
    @ResponseBody
    FamilyData api(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String fromGrade, @RequestParam(required = false) String toGrade,
            @RequestParam(required = false) String change)
    {
        return data(guard.select(viewer, month, org), GradesFilter.parse(from, to, fromGrade, toGrade, change));
    }

    @GetMapping("/api/grades/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month,
            @RequestParam(required = false) String org, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String fromGrade, @RequestParam(required = false) String toGrade,
            @RequestParam(required = false) String change)
    {
        return XlsxResponse.of(FAMILY, data(guard.select(viewer, month, org), GradesFilter.parse(from, to, fromGrade, toGrade, change)));
    }

    /** The answer for the selection, kept until the marts or the tree change (MartCache). */
    FamilyData data(Selection selection, GradesFilter filter)
    {
        return cache.get(List.of(FAMILY, selection.month(), selection.orgCode(), filter), () -> compute(selection, filter));
    }

    private FamilyData compute(Selection selection, GradesFilter filter)
    {
        if (selection.months().isEmpty()) {
            return FamilyData.of(FAMILY, selection, List.of(), List.of(), Optional.of(labels.get("empty.noAnalysis")));
        }
        List<GradesQueries.Period> periods = queries.periods();
        if (periods.isEmpty()) {
            return FamilyData.of(FAMILY, selection, List.of(), List.of(), Optional.of(labels.get("grades.empty.noGrades")));
        }
        Optional<Comparison> resolved = Comparison.resolve(periods, selection.month(), filter);
        if (resolved.isEmpty()) {
            return FamilyData.of(FAMILY, selection, List.of(), List.of(), Optional.of(labels.get("grades.empty.noPeriodYet")));
        }
        Comparison comparison = resolved.get();
        // A period's organizations are placed in subtrees at its last month, as the marts place them.
        OrganizationTree.Snapshot periodTree = tree.at(comparison.to().endMonth());
        GradesQueries.Organizations organizations = new GradesQueries.Organizations(selection.orgCode().map(periodTree::subtree));
        boolean fromMart = comparison.consecutive() && selection.scopeHasFigures();
        Map<Grade, Map<Grade, Long>> matrix = fromMart
                ? queries.martMigration(comparison.to().name(), selection.scopeKind(), selection.scopeCode())
                : queries.gradedMigration(comparison.from().map(GradesQueries.Period::name).orElse(""), comparison.to().name(), organizations);
        // Changes first, the way a leader reads them: demoted, gone, new, promoted, then unchanged.
        List<GradesQueries.Compared> compared = queries.compared(comparison.from(), comparison.to(), organizations).stream()
                .sorted(java.util.Comparator.comparing((GradesQueries.Compared organization) -> READING_ORDER.indexOf(organization.change())))
                .toList();
        List<GradesQueries.Backward> backward = queries.backward(comparison.to().name(), organizations);

        List<DataTable> result = new ArrayList<>();
        result.add(tables.conditions(selection, comparison, fromMart, filter));
        result.add(tables.periods(periods));
        List<Kpi> kpis = List.of();
        if (selection.scopeHasFigures()) {
            List<GradesQueries.Summary> summaries = queries.summaries(selection.scopeKind(), selection.scopeCode(), comparison.to().name());
            Optional<Double> target = queries.advancedTarget(selection.month());
            kpis = cards.cards(summaries, comparison.to().name(), target, backward.size());
            List<GradesQueries.Period> range = periods.stream().filter(period -> period.name().compareTo(comparison.to().name()) <= 0).toList();
            result.add(tables.distribution(queries.distribution(selection.scopeKind(), selection.scopeCode(), comparison.to().name()), Optional.empty(),
                    range));
            result.add(tables.advanced(summaries, target, Optional.empty(), range));
        }
        else {
            Optional<String> branch = Optional.of(labels.get("grades.empty.branchScope"));
            result.add(tables.distribution(Map.of(), branch, List.of()));
            result.add(tables.advanced(List.of(), Optional.empty(), branch, List.of()));
        }
        result.add(tables.migration(comparison, matrix));
        result.add(tables.flows(comparison, matrix, compared));
        result.add(tables.compared("organizations", "grades.table.organizations", comparison, compared, periodTree, shown(filter),
                filter.narrowsList() ? "grades.empty.filtered" : "grades.empty.noGradedInScope"));
        result.add(tables.compared("newOrganizations", "grades.table.newOrganizations", comparison, compared, periodTree,
                organization -> organization.change() == Change.NEW, "grades.empty.newOrganizations"));
        result.add(tables.compared("goneOrganizations", "grades.table.goneOrganizations", comparison, compared, periodTree,
                organization -> organization.change() == Change.GONE, "grades.empty.goneOrganizations"));
        result.add(tables.backward(comparison, backward, periodTree));
        return FamilyData.of(FAMILY, selection, kpis, result, Optional.empty());
    }

    private static java.util.function.Predicate<GradesQueries.Compared> shown(GradesFilter filter)
    {
        return organization -> filter.fromGrade().map(grade -> organization.from().equals(Optional.of(grade))).orElse(true)
                && filter.toGrade().map(grade -> organization.to().equals(Optional.of(grade))).orElse(true)
                && filter.change().map(change -> organization.change() == change).orElse(true);
    }
}
