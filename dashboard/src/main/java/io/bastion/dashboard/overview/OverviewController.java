package io.bastion.dashboard.overview;

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

import static io.bastion.sql.generated.default_schema.Tables.MART_COVERAGE;
import static io.bastion.sql.generated.default_schema.Tables.MART_LIAISON_SUMMARY;
import static io.bastion.sql.generated.default_schema.Tables.MART_MEMBERSHIP;
import static io.bastion.sql.generated.default_schema.Tables.MART_ORGANIZATION_LIFE;
import static io.bastion.sql.generated.default_schema.Tables.MART_SUBMISSION_TIMELINESS;

/** 总览: the headline KPIs against their targets for the chosen month and scope, and above them the 待办 counts. */
@Controller
final class OverviewController
{
    static final String FAMILY = "overview";
    /** The 待办 lists in the order leaders read them; each opens /lists/{name}. */
    static final List<String> ACTIONS = List.of("mustForm", "backward", "overdueElection", "overdueLiaison", "late", "procedure", "lostContact",
            "reconciliation");

    private static final Rates.Source ORG_COVERAGE = new Rates.Source(MART_COVERAGE, MART_COVERAGE.MONTH_KEY, MART_COVERAGE.SCOPE_KIND,
            MART_COVERAGE.SCOPE_CODE, MART_COVERAGE.COVERED_ENTERPRISES, MART_COVERAGE.ACTIVE_ENTERPRISES);
    private static final Rates.Source WORK_COVERAGE = new Rates.Source(MART_COVERAGE, MART_COVERAGE.MONTH_KEY, MART_COVERAGE.SCOPE_KIND,
            MART_COVERAGE.SCOPE_CODE, MART_COVERAGE.WORK_COVERED_ENTERPRISES, MART_COVERAGE.ACTIVE_ENTERPRISES);
    private static final Rates.Source OWN_BRANCH = new Rates.Source(MART_COVERAGE, MART_COVERAGE.MONTH_KEY, MART_COVERAGE.SCOPE_KIND,
            MART_COVERAGE.SCOPE_CODE, MART_COVERAGE.OWN_ORGANIZATION_ENTERPRISES, MART_COVERAGE.ENTERPRISES_WITH_THREE_FULL);
    private static final Rates.Source PARTICIPATION = new Rates.Source(MART_ORGANIZATION_LIFE, MART_ORGANIZATION_LIFE.MONTH_KEY,
            MART_ORGANIZATION_LIFE.SCOPE_KIND, MART_ORGANIZATION_LIFE.SCOPE_CODE, MART_ORGANIZATION_LIFE.ATTENDED_TOTAL,
            MART_ORGANIZATION_LIFE.EXPECTED_TOTAL);
    private static final Rates.Source MOBILE_MANAGED = new Rates.Source(MART_MEMBERSHIP, MART_MEMBERSHIP.MONTH_KEY, MART_MEMBERSHIP.SCOPE_KIND,
            MART_MEMBERSHIP.SCOPE_CODE, MART_MEMBERSHIP.MOBILE_MANAGED, MART_MEMBERSHIP.MOBILE_MEMBERS);
    private static final Rates.Source BACKBONE = new Rates.Source(MART_MEMBERSHIP, MART_MEMBERSHIP.MONTH_KEY, MART_MEMBERSHIP.SCOPE_KIND,
            MART_MEMBERSHIP.SCOPE_CODE, MART_MEMBERSHIP.BACKBONE_MEMBERS, MART_MEMBERSHIP.MEMBERS);
    private static final Rates.Source TIMELINESS = new Rates.Source(MART_SUBMISSION_TIMELINESS, MART_SUBMISSION_TIMELINESS.MONTH_KEY,
            MART_SUBMISSION_TIMELINESS.SCOPE_KIND, MART_SUBMISSION_TIMELINESS.SCOPE_CODE, MART_SUBMISSION_TIMELINESS.ON_TIME,
            MART_SUBMISSION_TIMELINESS.ACTIVE_ORGANIZATIONS);
    private static final Rates.Source LIAISON = new Rates.Source(MART_LIAISON_SUMMARY, MART_LIAISON_SUMMARY.MONTH_KEY,
            MART_LIAISON_SUMMARY.SCOPE_KIND, MART_LIAISON_SUMMARY.SCOPE_CODE, MART_LIAISON_SUMMARY.CONTACTED_ASSIGNMENTS,
            MART_LIAISON_SUMMARY.ACTIVE_ASSIGNMENTS);

    private final MartCache cache;
    private final ScopeGuard guard;
    private final Shell shell;
    private final Rates rates;
    private final OverviewQueries queries;
    private final Labels labels;

    OverviewController(ScopeGuard guard, Shell shell, Rates rates, OverviewQueries queries, Labels labels, MartCache cache)
    {
        this.cache = cache;
        this.guard = guard;
        this.shell = shell;
        this.rates = rates;
        this.queries = queries;
        this.labels = labels;
    }

    @GetMapping("/")
    String page(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org,
            Model model)
    {
        shell.fill(model, viewer, guard.select(viewer, month, org), FAMILY);
        return FAMILY;
    }

    @GetMapping("/api/overview")
    @ResponseBody
    FamilyData api(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org)
    {
        return data(guard.select(viewer, month, org));
    }

    @GetMapping("/api/overview/export.xlsx")
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
        if (!selection.scopeHasFigures()) {
            return FamilyData.of(FAMILY, selection, List.of(), List.of(), Optional.of(labels.get("empty.branchScope")));
        }
        String blank = labels.get("blank.noDenominator");
        List<Kpi> kpis = new ArrayList<>();
        kpis.add(rates.card("orgCoverage", labels.get("kpi.orgCoverage"), ORG_COVERAGE, selection, Optional.empty(), "coverage.covered", blank));
        kpis.add(rates.card("workCoverage", labels.get("kpi.workCoverage"), WORK_COVERAGE, selection, Optional.empty(), "coverage.workCovered", blank));
        kpis.add(rates.card("ownBranch", labels.get("kpi.ownBranch"), OWN_BRANCH, selection, Optional.empty(), "coverage.ownOrganization", blank));
        kpis.add(periodCard("advanced", labels.get("kpi.advanced"), queries.advancedRate(selection), queries.target(selection.month(), "先进率"),
                "grades.good", blank));
        kpis.add(periodCard("compliance", labels.get("kpi.compliance"), queries.complianceRate(selection), Optional.empty(), "life.compliant",
                labels.get("blank.noQuarter")));
        kpis.add(rates.card("participation", labels.get("kpi.participation"), PARTICIPATION, selection,
                queries.target(selection.month(), "党员参加组织生活率"), "life.events", blank));
        kpis.add(admissions(selection));
        kpis.add(rates.card("mobileManaged", labels.get("kpi.mobileManaged"), MOBILE_MANAGED, selection,
                queries.target(selection.month(), "流动党员纳入管理率"), "membership.mobileManaged", blank));
        kpis.add(rates.card("backbone", labels.get("kpi.backbone"), BACKBONE, selection, queries.target(selection.month(), "业务骨干率"),
                "membership.backbone", blank));
        kpis.add(rates.card("timeliness", labels.get("kpi.timeliness"), TIMELINESS, selection, Optional.empty(), "timeliness.onTime", blank));
        kpis.add(rates.card("liaison", labels.get("kpi.liaison"), LIAISON, selection, Optional.empty(), "liaison.contacted",
                labels.get("blank.noAssignments")));
        return FamilyData.of(FAMILY, selection, kpis, List.of(actions(selection)), Optional.empty());
    }

    private DataTable actions(Selection selection)
    {
        DataTable.Builder table = DataTable.builder("actions", labels.get("overview.actions"))
                .column("list", labels.get("column.list"), DataTable.Kind.TEXT)
                .column("label", labels.get("column.item"), DataTable.Kind.TEXT)
                .column("count", labels.get("column.count"), DataTable.Kind.COUNT);
        Map<String, Long> counts = queries.actionCounts(selection);
        for (String action : ACTIONS) {
            table.row(action, labels.get("action." + action), counts.getOrDefault(action, 0L));
        }
        return table.build();
    }

    /** A quarterly figure at a month: the latest period ended by then, against the one before. */
    private static Kpi periodCard(String key, String label, Map<String, Rates.Fraction> periods, Optional<Double> target, String trace, String blank)
    {
        List<String> names = new ArrayList<>(periods.keySet());
        Optional<Rates.Fraction> current = names.isEmpty() ? Optional.empty() : Optional.of(periods.get(names.get(names.size() - 1)));
        Optional<Rates.Fraction> previous = names.size() < 2 ? Optional.empty() : Optional.of(periods.get(names.get(names.size() - 2)));
        List<Kpi.Point> trend = names.stream().map(name -> new Kpi.Point(name, periods.get(name).rate().orElse(null))).toList();
        Optional<Double> value = current.flatMap(Rates.Fraction::rate);
        return new Kpi(key, label, Kpi.Kind.RATE, value, current.map(Rates.Fraction::numerator), current.map(Rates.Fraction::denominator), target,
                previous.flatMap(Rates.Fraction::rate), trend, value.isEmpty() ? Optional.of(blank) : Optional.empty(),
                Optional.of(trace + (names.isEmpty() ? "" : ":" + names.get(names.size() - 1))),
                names.isEmpty() ? Optional.empty() : Optional.of(names.get(names.size() - 1)));
    }

    /** 发展党员 year-to-date against the annual target, with the pace still needed per remaining month. */
    private Kpi admissions(Selection selection)
    {
        Map<Integer, Long> months = queries.admissionsThisYear(selection);
        long actual = months.values().stream().mapToLong(Long::longValue).sum();
        Optional<OverviewQueries.TargetProgress> progress = selection.orgCode().isEmpty()
                ? queries.targetProgress(selection.month(), "新发展党员")
                : Optional.empty();
        List<Kpi.Point> trend = new ArrayList<>();
        long running = 0;
        for (var month : selection.trailing(12)) {
            if (month.year() == selection.month().year()) {
                running += months.getOrDefault(month.key(), 0L);
                trend.add(new Kpi.Point(month.iso(), (double) running));
            }
        }
        Optional<String> note = progress.flatMap(OverviewQueries.TargetProgress::paceNeeded)
                .map(pace -> labels.get("kpi.admissions.pace", "%.1f".formatted(pace)));
        return new Kpi("admissions", labels.get("kpi.admissions"), Kpi.Kind.COUNT, Optional.of((double) actual), Optional.of(actual), Optional.empty(),
                progress.map(OverviewQueries.TargetProgress::target), Optional.empty(), trend, Optional.empty(), Optional.of("admissions.joined"), note);
    }
}
