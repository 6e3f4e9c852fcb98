package io.bastion.dashboard.coverage;

import io.bastion.dashboard.scope.ScopeGuard;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.MartCache;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 覆盖: coverage trends, by 单位类别 and 行业, the 应建未建 and uncovered lists down to the enterprise, new enterprises' days to coverage. */
@Controller
final class CoverageController
{
    static final String FAMILY = "coverage";
    /** The words coverage.js writes, from i18n/coverage*.properties (the page has no inline script to carry them). */
    private static final List<String> PAGE_WORDS = List.of("page.trend", "page.byCategory", "page.byIndustry", "page.lists", "page.firstCoverage",
            "js.filtered", "js.clear", "js.clickHint", "js.trendHint", "js.rate", "js.monthAxis", "js.enterprisesAxis", "js.median", "js.showData",
            "js.unitDays", "js.noTarget", "column.category", "column.industry", "column.bucket");

    private final MartCache cache;
    private final ScopeGuard guard;
    private final Shell shell;
    private final CoverageQueries queries;
    private final CoverageTables tables;
    private final Labels labels;

    CoverageController(ScopeGuard guard, Shell shell, CoverageQueries queries, CoverageTables tables, Labels labels, MartCache cache)
    {
        this.cache = cache;
        this.guard = guard;
        this.shell = shell;
        this.queries = queries;
        this.tables = tables;
        this.labels = labels;
    }

    @GetMapping("/coverage")
    String page(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org,
            @RequestParam(required = false) String category, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String bucket, Model model)
    {
        Selection selection = guard.select(viewer, month, org);
        shell.fill(model, viewer, selection, FAMILY);
        Map<String, String> words = new LinkedHashMap<>();
        PAGE_WORDS.forEach(word -> words.put(word, labels.get("coverage." + word)));
        model.addAttribute("words", words);
        return FAMILY;
    }

    @GetMapping("/api/coverage")
    @ResponseBody
    FamilyData api(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org,
            @RequestParam(required = false) String category, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String bucket)
    {
        return data(viewer, guard.select(viewer, month, org), CoverageFilter.parse(category, industry, bucket));
    }

    @GetMapping("/api/coverage/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month,
            @RequestParam(required = false) String org, @RequestParam(required = false) String category,
            @RequestParam(required = false) String industry, @RequestParam(required = false) String bucket)
    {
        return XlsxResponse.of(FAMILY, data(viewer, guard.select(viewer, month, org), CoverageFilter.parse(category, industry, bucket)));
    }

    /** The answer for the selection, kept until the marts or the tree change (MartCache). */
    FamilyData data(Viewer viewer, Selection selection, CoverageFilter filter)
    {
        return cache.get(List.of(FAMILY, selection.month(), selection.orgCode(), filter, viewer.limitedToOwnSubtree()), () -> compute(viewer, selection, filter));
    }

    private FamilyData compute(Viewer viewer, Selection selection, CoverageFilter filter)
    {
        if (selection.months().isEmpty()) {
            return FamilyData.of(FAMILY, selection, List.of(), List.of(), Optional.of(labels.get("empty.noAnalysis")));
        }
        if (!selection.scopeHasFigures()) {
            return FamilyData.of(FAMILY, selection, List.of(), List.of(), Optional.of(labels.get("coverage.empty.branchScope")));
        }
        List<CoverageQueries.Counts> trend = queries.trend(selection.scopeKind(), selection.scopeCode(), selection.month().key());
        if (trend.stream().noneMatch(counts -> counts.monthKey() == selection.month().key())) {
            return FamilyData.of(FAMILY, selection, List.of(), List.of(), Optional.of(labels.get("coverage.empty.noEnterprises")));
        }
        CoverageQueries.Enterprises enterprises = queries.enterprises(selection);
        int month = selection.month().key();
        List<DataTable> result = new ArrayList<>();
        // By category and industry the marts are park-wide: a leader sees them with a subtree too, a branch secretary does not.
        boolean parkWide = !viewer.limitedToOwnSubtree();
        result.add(tables.conditions(selection, filter, parkWide));
        result.add(tables.trend(trend, selection));
        result.add(tables.byScope("byCategory", "unit_category", parkWide ? queries.byScope(month, "unit_category") : List.of(), selection,
                parkWide));
        result.add(tables.byScope("byIndustry", "industry", parkWide ? queries.byScope(month, "industry") : List.of(), selection, parkWide));
        result.add(tables.mustForm(queries.mustForm(month, enterprises, filter), selection, filter));
        result.add(tables.uncovered(queries.uncovered(month, enterprises, filter), selection, filter));
        CoverageFilter withoutBucket = new CoverageFilter(filter.category(), filter.industry(), Optional.empty());
        Map<DaysBucket, Long> buckets = queries.bucketCounts(enterprises, withoutBucket);
        result.add(tables.firstCoverageSummary(buckets, queries.medianDays(enterprises, withoutBucket)));
        result.add(tables.buckets(buckets, selection));
        result.add(tables.newEnterprises(queries.newEnterprises(enterprises, filter), selection, filter));
        return FamilyData.of(FAMILY, selection, tables.cards(trend, selection), result, Optional.empty());
    }
}
