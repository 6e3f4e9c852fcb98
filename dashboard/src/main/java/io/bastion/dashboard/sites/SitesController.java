package io.bastion.dashboard.sites;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.ScopeGuard;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.MartCache;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.FamilyData;
import io.bastion.dashboard.web.Kpi;
import io.bastion.dashboard.web.Labels;
import io.bastion.dashboard.web.Rates;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.bastion.sql.generated.default_schema.Tables.MART_LIAISON_SUMMARY;

/** 示范点与联系点: sites by level against 3:6:12, 先进率 against its target, the liaison assignments (overdue first) and their roll-ups. */
@Controller
final class SitesController
{
    static final String FAMILY = "sites";

    private static final Rates.Source LIAISON = new Rates.Source(MART_LIAISON_SUMMARY, MART_LIAISON_SUMMARY.MONTH_KEY,
            MART_LIAISON_SUMMARY.SCOPE_KIND, MART_LIAISON_SUMMARY.SCOPE_CODE, MART_LIAISON_SUMMARY.CONTACTED_ASSIGNMENTS,
            MART_LIAISON_SUMMARY.ACTIVE_ASSIGNMENTS);

    private final MartCache cache;
    private final ScopeGuard guard;
    private final Shell shell;
    private final Rates rates;
    private final SitesQueries queries;
    private final SitesTables tables;
    private final Labels labels;

    SitesController(ScopeGuard guard, Shell shell, Rates rates, SitesQueries queries, SitesTables tables, Labels labels, MartCache cache)
    {
        this.cache = cache;
        this.guard = guard;
        this.shell = shell;
        this.rates = rates;
        this.queries = queries;
        this.tables = tables;
        this.labels = labels;
    }

    @GetMapping("/sites")
    String page(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org,
            Model model)
    {
        shell.fill(model, viewer, guard.select(viewer, month, org), FAMILY);
        return FAMILY;
    }

    @GetMapping("/api/sites")
    @ResponseBody
    FamilyData api(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org)
    {
        return data(guard.select(viewer, month, org));
    }

    @GetMapping("/api/sites/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month,
            @RequestParam(required = false) String org)
    {
        return XlsxResponse.of(FAMILY, data(guard.select(viewer, month, org)));
    }

    /** The answer for the selection, kept until the marts or the tree change (MartCache). */
    FamilyData data(Selection selection)
    {
        return cache.get(List.of(FAMILY, selection.month(), selection.orgCode()), () -> compute(selection));
    }

    private FamilyData compute(Selection selection)
    {
        if (selection.months().isEmpty()) {
            return FamilyData.of(FAMILY, selection, List.of(), List.of(), Optional.of(labels.get("empty.noAnalysis")));
        }
        List<SitesQueries.Assignment> assignments = queries.assignments(selection);
        DataTable progress = tables.progress(selection, assignments);
        Optional<Month> quarterEnd = lastQuarterEnd(selection);
        DataTable persons = tables.persons(selection, queries.persons(selection, selection.month()), queries.titles(selection.month()));
        if (!selection.scopeHasFigures()) {
            // A branch has no mart scope, but the assignments at its own site are still a list it may read.
            return FamilyData.of(FAMILY, selection, List.of(), List.of(progress, persons), Optional.of(labels.get("empty.branchScope")));
        }
        List<SitesQueries.LevelSites> sites = queries.sites(selection);
        String period = lastEndedQuarter(selection.month());
        Map<String, Rates.Fraction> advanced = queries.advanced(selection, period);
        Optional<Double> advancedTarget = queries.target(selection.month(), "先进率");
        Optional<SitesQueries.Rollup> quarterly = quarterEnd.flatMap(month -> queries.rollup(selection, month));

        List<Kpi> kpis = new ArrayList<>();
        kpis.add(sitesCard(sites));
        kpis.add(advancedCard(advanced, advancedTarget));
        kpis.add(rates.card("monthly", labels.get("sites.kpi.monthly"), LIAISON, selection, Optional.empty(), "liaison.contacted",
                labels.get("blank.noAssignments")));
        kpis.add(rateCard("quarterly", labels.get("sites.kpi.quarterly"), quarterly.map(SitesQueries.Rollup::quarterly),
                quarterEnd.map(Month::quarter), "liaison.onsite" + quarterEnd.map(month -> ":" + month.quarter()).orElse(""),
                labels.get(quarterEnd.isEmpty() ? "sites.blank.noQuarterEnd" : "sites.blank.noQuarterAssignments")));
        long overdue = assignments.stream().filter(SitesQueries.Assignment::overdue).count();
        kpis.add(new Kpi("overdue", labels.get("sites.kpi.overdue"), Kpi.Kind.COUNT, Optional.of((double) overdue), Optional.of(overdue),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.of("liaison.overdue"), Optional.empty()));
        return FamilyData.of(FAMILY, selection, kpis,
                List.of(tables.sites(selection, sites), tables.advanced(advanced, advancedTarget), progress, persons), Optional.empty());
    }

    /** Active sites of every level at the month against the sum of the levels' targets (the park's; a subtree has none). */
    private Kpi sitesCard(List<SitesQueries.LevelSites> sites)
    {
        long active = sites.stream().mapToLong(SitesQueries.LevelSites::active).sum();
        Optional<Double> target = sites.isEmpty() || sites.stream().anyMatch(level -> level.target().isEmpty())
                ? Optional.empty()
                : Optional.of(sites.stream().mapToDouble(level -> level.target().orElseThrow()).sum());
        return new Kpi("sites", labels.get("sites.kpi.sites"), Kpi.Kind.COUNT, Optional.of((double) active), Optional.of(active), Optional.empty(), target,
                Optional.empty(), List.of(), Optional.empty(), Optional.of("sites.active"),
                target.isEmpty() ? Optional.of(labels.get("sites.kpi.sites.parkTarget")) : Optional.empty());
    }

    /** 先进率 of the latest period ended by the month, against the year's target and the period before. */
    private Kpi advancedCard(Map<String, Rates.Fraction> advanced, Optional<Double> target)
    {
        List<String> periods = new ArrayList<>(advanced.keySet());
        Optional<String> period = periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
        Optional<Rates.Fraction> current = period.map(advanced::get);
        Optional<Double> previous = periods.size() < 2 ? Optional.empty() : advanced.get(periods.get(periods.size() - 2)).rate();
        Optional<Double> value = current.flatMap(Rates.Fraction::rate);
        List<Kpi.Point> trend = periods.stream().map(name -> new Kpi.Point(name, advanced.get(name).rate().orElse(null))).toList();
        return new Kpi("advanced", labels.get("sites.kpi.advanced"), Kpi.Kind.RATE, value, current.map(Rates.Fraction::numerator),
                current.map(Rates.Fraction::denominator), target, previous, trend,
                value.isEmpty() ? Optional.of(labels.get("sites.blank.noGrades")) : Optional.empty(),
                Optional.of("grades.good" + period.map(name -> ":" + name).orElse("")), period);
    }

    private static Kpi rateCard(String key, String label, Optional<Rates.Fraction> fraction, Optional<String> period, String trace, String blank)
    {
        Optional<Double> value = fraction.flatMap(Rates.Fraction::rate);
        return new Kpi(key, label, Kpi.Kind.RATE, value, fraction.map(Rates.Fraction::numerator), fraction.map(Rates.Fraction::denominator),
                Optional.empty(), Optional.empty(), List.of(), value.isEmpty() ? Optional.of(blank) : Optional.empty(), Optional.of(trace), period);
    }

    /** The latest analysed quarter-end month at or before the selection's month (季度现场达标率 is measured there). */
    private static Optional<Month> lastQuarterEnd(Selection selection)
    {
        Month month = selection.month();
        while (!month.endsQuarter()) {
            month = month.previous();
        }
        Month end = month;
        return selection.months().contains(end) ? Optional.of(end) : Optional.empty();
    }

    /** The last quarter that has ended by the end of the month: 2025-10 → 2025Q3, 2025-09 → 2025Q3. */
    private static String lastEndedQuarter(Month month)
    {
        Month end = month;
        while (!end.endsQuarter()) {
            end = end.previous();
        }
        return end.quarter();
    }
}
