package io.bastion.dashboard.organizationlife;

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

import static io.bastion.sql.generated.default_schema.Tables.MART_ORGANIZATION_LIFE;
import static io.bastion.sql.generated.default_schema.Tables.MART_SUBMISSION_TIMELINESS;

/** 组织生活: 三会一课 compliance per branch and quarter, 党员参加组织生活率, 报送及时率 and the late list. */
@Controller
final class OrganizationLifeController
{
    static final String FAMILY = "organizationlife";
    /** How many quarters the heatmap shows, ending at the chosen one. */
    static final int HEATMAP_QUARTERS = 6;
    /** How many quarters the 三会一课达标率 trend shows. */
    static final int TREND_QUARTERS = 8;

    private static final Rates.Source PARTICIPATION = new Rates.Source(MART_ORGANIZATION_LIFE, MART_ORGANIZATION_LIFE.MONTH_KEY,
            MART_ORGANIZATION_LIFE.SCOPE_KIND, MART_ORGANIZATION_LIFE.SCOPE_CODE, MART_ORGANIZATION_LIFE.ATTENDED_TOTAL,
            MART_ORGANIZATION_LIFE.EXPECTED_TOTAL);
    private static final Rates.Source TIMELINESS = new Rates.Source(MART_SUBMISSION_TIMELINESS, MART_SUBMISSION_TIMELINESS.MONTH_KEY,
            MART_SUBMISSION_TIMELINESS.SCOPE_KIND, MART_SUBMISSION_TIMELINESS.SCOPE_CODE, MART_SUBMISSION_TIMELINESS.ON_TIME,
            MART_SUBMISSION_TIMELINESS.ACTIVE_ORGANIZATIONS);

    private final MartCache cache;
    private final ScopeGuard guard;
    private final Shell shell;
    private final Rates rates;
    private final OrganizationLifeQueries queries;
    private final OrganizationLifeTables tables;
    private final Labels labels;

    OrganizationLifeController(ScopeGuard guard, Shell shell, Rates rates, OrganizationLifeQueries queries, OrganizationLifeTables tables, Labels labels, MartCache cache)
    {
        this.cache = cache;
        this.guard = guard;
        this.shell = shell;
        this.rates = rates;
        this.queries = queries;
        this.tables = tables;
        this.labels = labels;
    }

    /** A quarter the page's selector offers. */
    record QuarterChoice(String code, String label)
    {
    }

    @GetMapping("/organizationlife")
    String page(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org,
            @RequestParam(required = false) String quarter, Model model)
    {
        Selection selection = guard.select(viewer, month, org);
        shell.fill(model, viewer, selection, FAMILY);
        Optional<String> chosen = Quarters.chosen(selection, quarter);
        List<QuarterChoice> choices = new ArrayList<>();
        Quarters.endedBy(selection).forEach(code -> choices.add(0, new QuarterChoice(code, tables.quarterText(code))));
        model.addAttribute("quarterChoices", choices);
        model.addAttribute("quarter", chosen.orElse(""));
        model.addAttribute("query", selection.query() + chosen.map(code -> "&quarter=" + code).orElse(""));
        return FAMILY;
    }

    @GetMapping("/api/organizationlife")
    @ResponseBody
    FamilyData api(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month, @RequestParam(required = false) String org,
            @RequestParam(required = false) String quarter)
    {
        Selection selection = guard.select(viewer, month, org);
        return data(selection, Quarters.chosen(selection, quarter));
    }

    @GetMapping("/api/organizationlife/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Viewer viewer, @RequestParam(required = false) String month,
            @RequestParam(required = false) String org, @RequestParam(required = false) String quarter)
    {
        Selection selection = guard.select(viewer, month, org);
        return XlsxResponse.of(FAMILY, data(selection, Quarters.chosen(selection, quarter)));
    }

    /** The answer for the selection, kept until the marts or the tree change (MartCache). */
    FamilyData data(Selection selection, Optional<String> quarter)
    {
        return cache.get(List.of(FAMILY, selection.month(), selection.orgCode(), quarter), () -> compute(selection, quarter));
    }

    private FamilyData compute(Selection selection, Optional<String> quarter)
    {
        if (selection.months().isEmpty()) {
            return FamilyData.of(FAMILY, selection, List.of(), List.of(), Optional.of(labels.get("empty.noAnalysis")));
        }
        List<DataTable> all = new ArrayList<>();
        int lectures = queries.lecturesRequired();
        List<BranchQuarter> branches = quarter.map(chosen -> queries.branches(selection, Quarters.window(selection, chosen, HEATMAP_QUARTERS)))
                .orElse(List.of());
        DataTable late = tables.late(selection, queries.late(selection));
        all.add(tables.heatmap(branches, lectures, quarter));
        all.add(tables.nonCompliant(branches, lectures, quarter));
        all.add(late);
        if (!selection.scopeHasFigures()) {
            // A branch has no mart scope, but its own quarters and late months are still lists it may act on.
            return FamilyData.of(FAMILY, selection, List.of(), all, Optional.of(labels.get("empty.branchScope")));
        }
        Map<String, Rates.Fraction> compliance = quarter
                .map(chosen -> queries.compliance(selection, Quarters.window(selection, chosen, TREND_QUARTERS)))
                .orElse(Map.of());
        Map<Integer, Rates.Fraction> participation = rates.series(PARTICIPATION, selection, selection.scopeKind(), selection.scopeCode());
        Map<Integer, Rates.Fraction> timeliness = rates.series(TIMELINESS, selection, selection.scopeKind(), selection.scopeCode());
        Optional<Double> participationTarget = queries.target(selection.month(), "党员参加组织生活率");
        String blank = labels.get("blank.noDenominator");
        List<Kpi> kpis = new ArrayList<>();
        kpis.add(complianceCard(compliance, quarter));
        kpis.add(count("nonCompliant", labels.get("life.kpi.nonCompliant"), quarter.isEmpty() ? null
                : branches.stream().filter(branch -> branch.quarter().equals(quarter.get()) && !branch.compliant()).count(),
                "life.noncompliant" + quarter.map(code -> ":" + code).orElse(""), quarter));
        kpis.add(Rates.card("participation", labels.get("life.kpi.participation"), participation, selection, participationTarget, "life.events", blank));
        kpis.add(Rates.card("timeliness", labels.get("life.kpi.timeliness"), timeliness, selection, Optional.empty(), "timeliness.onTime", blank));
        kpis.add(count("late", labels.get("life.kpi.late"), (long) late.rows().size(), "timeliness.late", Optional.empty()));
        all.add(tables.complianceTrend(compliance));
        all.add(tables.participation(selection, participation));
        all.add(tables.timeliness(selection, timeliness));
        return FamilyData.of(FAMILY, selection, kpis, all, Optional.empty());
    }

    /** 三会一课达标率 of the chosen quarter, against the quarter before it. */
    private Kpi complianceCard(Map<String, Rates.Fraction> compliance, Optional<String> quarter)
    {
        List<String> names = new ArrayList<>(compliance.keySet());
        Optional<Rates.Fraction> current = quarter.map(compliance::get);
        int index = quarter.map(names::indexOf).orElse(-1);
        Optional<Rates.Fraction> previous = index > 0 ? Optional.of(compliance.get(names.get(index - 1))) : Optional.empty();
        List<Kpi.Point> trend = names.stream().map(name -> new Kpi.Point(name, compliance.get(name).rate().orElse(null))).toList();
        Optional<Double> value = current.flatMap(Rates.Fraction::rate);
        Optional<String> blank = value.isPresent() ? Optional.empty()
                : Optional.of(labels.get(quarter.isEmpty() ? "blank.noQuarter" : "blank.noDenominator"));
        return new Kpi("compliance", labels.get("life.kpi.compliance"), Kpi.Kind.RATE, value, current.map(Rates.Fraction::numerator),
                current.map(Rates.Fraction::denominator), Optional.empty(), previous.flatMap(Rates.Fraction::rate), trend, blank,
                Optional.of("life.compliant" + quarter.map(code -> ":" + code).orElse("")), quarter);
    }

    private Kpi count(String key, String label, Long value, String trace, Optional<String> quarter)
    {
        return new Kpi(key, label, Kpi.Kind.COUNT, Optional.ofNullable(value).map(Long::doubleValue), Optional.ofNullable(value), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), value == null ? Optional.of(labels.get("blank.noQuarter")) : Optional.empty(),
                Optional.of(trace), quarter);
    }
}
