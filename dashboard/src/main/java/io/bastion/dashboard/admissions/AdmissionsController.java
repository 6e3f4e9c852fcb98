package io.bastion.dashboard.admissions;

import io.bastion.dashboard.scope.Month;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 发展党员与党员队伍: the pipeline, stage entries, cohort conversion, new members' structure, members, procedure findings. */
@Controller
final class AdmissionsController
{
    static final String FAMILY = "admissions";
    private static final int TREND_MONTHS = 12;

    private final MartCache cache;
    private final ScopeGuard guard;
    private final Shell shell;
    private final AdmissionsQueries queries;
    private final AdmissionsTables tables;
    private final Labels labels;

    AdmissionsController(ScopeGuard guard, Shell shell, AdmissionsQueries queries, AdmissionsTables tables, Labels labels, MartCache cache)
    {
        this.cache = cache;
        this.guard = guard;
        this.shell = shell;
        this.queries = queries;
        this.tables = tables;
        this.labels = labels;
    }

    @GetMapping("/admissions")
    String page(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org,
            Model model)
    {
        shell.fill(model, viewer, guard.select(viewer, month, org), FAMILY);
        return FAMILY;
    }

    @GetMapping("/api/admissions")
    @ResponseBody
    FamilyData api(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org)
    {
        return data(guard.select(viewer, month, org));
    }

    @GetMapping("/api/admissions/export.xlsx")
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
        DataTable findings = tables.findings(selection, queries.findings(selection));
        if (!selection.scopeHasFigures()) {
            // A branch has no mart scope, but its own findings are still a list it may act on.
            return FamilyData.of(FAMILY, selection, List.of(), List.of(findings), Optional.of(labels.get("empty.branchScope")));
        }
        List<Month> months = selection.trailing(TREND_MONTHS);
        List<AdmissionsQueries.StageMonth> flow = queries.flow(selection, months);
        List<AdmissionsQueries.Membership> membership = queries.membership(selection, months);
        List<Kpi> kpis = new ArrayList<>();
        kpis.add(joinedThisYear(selection, flow));
        kpis.add(joinedThisMonth(selection, months, flow));
        kpis.addAll(membershipCards(selection, months, membership));
        kpis.add(new Kpi("findings", labels.get("admissions.kpi.findings"), Kpi.Kind.COUNT, Optional.of((double) findings.rows().size()),
                Optional.of((long) findings.rows().size()), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.of("procedure.findings"), Optional.empty()));
        List<AdmissionsQueries.Cohort> cohorts = queries.cohorts(selection);
        List<DataTable> all = List.of(
                tables.funnel(selection, flow),
                tables.entries(selection, months, flow),
                tables.conversion(cohorts),
                tables.durations(cohorts),
                tables.structure(selection, queries.structure(selection)),
                tables.breakdown(queries.breakdown(selection)),
                tables.membership(membership),
                findings);
        return FamilyData.of(FAMILY, selection, kpis, all, Optional.empty());
    }

    /** 发展党员 year-to-date: the park's against the annual target (mart_targets), a subtree's without one. */
    private Kpi joinedThisYear(Selection selection, List<AdmissionsQueries.StageMonth> flow)
    {
        Optional<AdmissionsQueries.TargetProgress> progress = selection.orgCode().isEmpty()
                ? queries.joinedTarget(selection.month())
                : Optional.empty();
        double actual = progress.map(AdmissionsQueries.TargetProgress::actual).orElseGet(() -> (double) queries.joinedThisYear(selection));
        Map<Integer, Long> byMonth = probationaryEntries(flow);
        List<Kpi.Point> trend = new ArrayList<>();
        long running = 0;
        for (Month month : selection.trailing(TREND_MONTHS)) {
            if (month.year() == selection.month().year()) {
                running += byMonth.getOrDefault(month.key(), 0L);
                trend.add(new Kpi.Point(month.iso(), (double) running));
            }
        }
        Optional<String> note = progress.flatMap(AdmissionsQueries.TargetProgress::paceNeeded)
                .filter(pace -> pace > 0)
                .map(pace -> labels.get("admissions.kpi.joined.pace", "%.1f".formatted(pace)))
                .or(() -> selection.orgCode().isPresent() ? Optional.of(labels.get("admissions.kpi.joined.parkTarget")) : Optional.empty());
        return new Kpi("joined", labels.get("admissions.kpi.joined"), Kpi.Kind.COUNT, Optional.of(actual), Optional.of((long) actual), Optional.empty(),
                progress.map(AdmissionsQueries.TargetProgress::target), Optional.empty(), trend, Optional.empty(), Optional.of("admissions.joined"), note);
    }

    private Kpi joinedThisMonth(Selection selection, List<Month> months, List<AdmissionsQueries.StageMonth> flow)
    {
        Map<Integer, Long> byMonth = probationaryEntries(flow);
        long value = byMonth.getOrDefault(selection.month().key(), 0L);
        List<Kpi.Point> trend = months.stream().map(month -> new Kpi.Point(month.iso(), (double) byMonth.getOrDefault(month.key(), 0L))).toList();
        return count("joinedMonth", labels.get("admissions.kpi.joinedMonth"), value, trend, "admissions.entries:" + Stage.PROBATIONARY.chinese());
    }

    private List<Kpi> membershipCards(Selection selection, List<Month> months, List<AdmissionsQueries.Membership> membership)
    {
        Map<Integer, AdmissionsQueries.Membership> byMonth = membership.stream()
                .collect(Collectors.toMap(AdmissionsQueries.Membership::monthKey, Function.identity()));
        Optional<AdmissionsQueries.Membership> now = Optional.ofNullable(byMonth.get(selection.month().key()));
        return List.of(
                count("members", labels.get("admissions.kpi.members"), now.map(AdmissionsQueries.Membership::members).orElse(0L),
                        trend(months, byMonth, AdmissionsQueries.Membership::members), "membership.members"),
                count("membersIn", labels.get("admissions.kpi.membersIn"), now.map(AdmissionsQueries.Membership::membersIn).orElse(0L),
                        trend(months, byMonth, AdmissionsQueries.Membership::membersIn), "membership.in"),
                count("membersOut", labels.get("admissions.kpi.membersOut"), now.map(AdmissionsQueries.Membership::membersOut).orElse(0L),
                        trend(months, byMonth, AdmissionsQueries.Membership::membersOut), "membership.out"));
    }

    private static List<Kpi.Point> trend(List<Month> months, Map<Integer, AdmissionsQueries.Membership> byMonth,
            Function<AdmissionsQueries.Membership, Long> value)
    {
        return months.stream()
                .map(month -> new Kpi.Point(month.iso(), Optional.ofNullable(byMonth.get(month.key())).map(value).map(Long::doubleValue).orElse(null)))
                .toList();
    }

    private static Kpi count(String key, String label, long value, List<Kpi.Point> trend, String trace)
    {
        return new Kpi(key, label, Kpi.Kind.COUNT, Optional.of((double) value), Optional.of(value), Optional.empty(), Optional.empty(), Optional.empty(),
                trend, Optional.empty(), Optional.of(trace), Optional.empty());
    }

    private static Map<Integer, Long> probationaryEntries(List<AdmissionsQueries.StageMonth> flow)
    {
        return flow.stream()
                .filter(row -> Stage.PROBATIONARY.chinese().equals(row.stage()))
                .collect(Collectors.toMap(AdmissionsQueries.StageMonth::monthKey, AdmissionsQueries.StageMonth::entries));
    }
}
