package io.bastion.dashboard.organization;

import io.bastion.dashboard.scope.Month;
import io.bastion.dashboard.scope.OrganizationTree;
import io.bastion.dashboard.scope.ScopeGuard;
import io.bastion.dashboard.scope.Selection;
import io.bastion.dashboard.security.Viewer;
import io.bastion.dashboard.web.DataTable;
import io.bastion.dashboard.web.FamilyData;
import io.bastion.dashboard.web.Kpi;
import io.bastion.dashboard.web.Labels;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Builds the organization page's data: one organization's attributes, members, grades, compliance, submissions, findings, subtree. */
@Component
final class OrganizationHistory
{
    static final String FAMILY = "organization";
    private static final int TREND_MONTHS = 12;
    private static final Set<String> BRANCH_KINDS = Set.of("党支部", "联合党支部", "临时党支部");
    private static final String COMMITTEE = "党委";

    private final OrganizationQueries queries;
    private final SubmissionHistory submissions;
    private final ScopeGuard guard;
    private final Labels labels;

    OrganizationHistory(OrganizationQueries queries, SubmissionHistory submissions, ScopeGuard guard, Labels labels)
    {
        this.queries = queries;
        this.submissions = submissions;
        this.guard = guard;
        this.labels = labels;
    }

    FamilyData of(Viewer viewer, Selection selection, String orgCode)
    {
        Month month = selection.month();
        OrganizationTree.Snapshot tree = selection.tree();
        Optional<OrganizationQueries.Profile> found = queries.profile(orgCode, month);
        if (found.isEmpty()) {
            return FamilyData.of(FAMILY, selection, List.of(), List.of(), Optional.of(labels.get("organization.empty.unknown")));
        }
        OrganizationQueries.Profile profile = found.get();
        boolean root = tree.find(orgCode).map(OrganizationTree.Organization::root).orElse(false);
        List<Month> months = selection.months().stream().filter(candidate -> candidate.key() <= month.key()).toList();

        List<OrganizationQueries.MemberCount> own = queries.members(orgCode, month);
        List<OrganizationQueries.MemberCount> subtree = root ? queries.subtreeMembers(orgCode, month) : List.of();
        DataTable findings = findings(orgCode, month);

        // An active organization nobody is counted in has 0 members; one not active at the month has none to count.
        boolean active = tree.find(orgCode).map(OrganizationTree.Organization::active).orElse(false);
        List<Kpi> kpis = new ArrayList<>();
        kpis.add(count("members", labels.get("organization.kpi.members"), own, OrganizationQueries.MemberCount::members, month, active));
        kpis.add(count("fullMembers", labels.get("organization.kpi.fullMembers"), own, OrganizationQueries.MemberCount::fullMembers, month, active));
        if (root) {
            kpis.add(count("subtreeMembers", labels.get("organization.kpi.subtreeMembers"), subtree, OrganizationQueries.MemberCount::members, month,
                    false));
        }
        kpis.add(new Kpi("findings", labels.get("organization.kpi.findings"), Kpi.Kind.COUNT, Optional.of((double) findings.rows().size()),
                Optional.of((long) findings.rows().size()), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty()));

        List<DataTable> tables = new ArrayList<>();
        tables.add(path(viewer, selection, orgCode));
        tables.add(profile(viewer, selection, profile));
        tables.add(coveredUnits(profile, month));
        tables.add(members(own, subtree, root));
        tables.add(grades(orgCode, month));
        tables.add(compliance(orgCode, profile.kind(), month));
        tables.add(submissions.table(orgCode, months.isEmpty() ? List.of(month) : months));
        tables.add(findings);
        tables.add(children(tree, orgCode));
        if (root) {
            tables.add(treeNodes(tree, orgCode));
        }
        return FamilyData.of(FAMILY, selection, kpis, tables, Optional.empty());
    }

    /** Without an organization: every organization the viewer may open at the month, top down. */
    FamilyData list(Viewer viewer, Selection selection)
    {
        OrganizationTree.Snapshot tree = selection.tree();
        DataTable.Builder table = DataTable.builder("organizations", labels.get("organization.list.title"))
                .column("organization", labels.get("organization.column.organization"), DataTable.Kind.ORGANIZATION)
                .column("code", labels.get("organization.column.code"), DataTable.Kind.TEXT)
                .column("kind", labels.get("organization.column.kind"), DataTable.Kind.TEXT)
                .column("parent", labels.get("organization.column.parent"), DataTable.Kind.ORGANIZATION)
                .column("unitCategory", labels.get("organization.column.unitCategory"), DataTable.Kind.TEXT)
                .column("status", labels.get("organization.column.status"), DataTable.Kind.TEXT)
                .column("depth", labels.get("organization.column.depth"), DataTable.Kind.COUNT)
                .emptyReason(labels.get("organization.list.empty"));
        List<String> ordered = new ArrayList<>();
        if (viewer.limitedToOwnSubtree()) {
            String own = viewer.orgCode().orElseThrow();
            Set<String> subtree = tree.subtree(own);
            ordered.addAll(subtree.isEmpty() ? List.of(own) : topDown(tree, own));
        }
        else {
            tree.organizations().values().stream()
                    .filter(organization -> organization.active() && organization.parentCode().flatMap(tree::find).map(parent -> !parent.active())
                            .orElse(true))
                    .map(OrganizationTree.Organization::code)
                    .sorted()
                    .forEach(top -> ordered.addAll(topDown(tree, top)));
            tree.organizations().values().stream()
                    .filter(organization -> !organization.active())
                    .map(OrganizationTree.Organization::code)
                    .sorted()
                    .forEach(ordered::add);
        }
        int top = viewer.limitedToOwnSubtree() ? tree.depth(viewer.orgCode().orElseThrow()) : 1;
        for (String code : ordered) {
            tree.find(code).ifPresent(organization -> table.row(named(tree, code), code, organization.kind(),
                    organization.parentCode().map(parent -> parent(viewer, selection, parent)).orElse(null), organization.unitCategory(),
                    status(organization), Math.max(1, tree.depth(code) - top + 1)));
        }
        return FamilyData.of(FAMILY, selection, List.of(), List.of(table.build()), Optional.empty());
    }

    /** A parent above a secretary's own organization shows by name, marked so no link is offered to it. */
    private Map<String, Object> parent(Viewer viewer, Selection selection, String code)
    {
        Map<String, Object> parent = named(selection.tree(), code);
        if (!guard.answersFor(viewer, code, Optional.of(selection.month()))) {
            parent.put("allowed", false);
        }
        return parent;
    }

    private static List<String> topDown(OrganizationTree.Snapshot tree, String code)
    {
        List<String> ordered = new ArrayList<>();
        ordered.add(code);
        for (String child : tree.children().getOrDefault(code, List.of())) {
            ordered.addAll(topDown(tree, child));
        }
        return ordered;
    }

    private String status(OrganizationTree.Organization organization)
    {
        return labels.get(organization.active() ? "organization.status.active" : "organization.status.inactive");
    }

    private static Map<String, Object> named(OrganizationTree.Snapshot tree, String code)
    {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("code", code);
        organization.put("name", tree.name(code));
        return organization;
    }

    private static Kpi count(String key, String label, List<OrganizationQueries.MemberCount> series,
            java.util.function.ToLongFunction<OrganizationQueries.MemberCount> value, Month month, boolean zeroWhenMissing)
    {
        Map<Integer, Long> byMonth = new TreeMap<>();
        series.forEach(point -> byMonth.put(point.monthKey(), value.applyAsLong(point)));
        Optional<Long> current = Optional.ofNullable(byMonth.get(month.key())).or(() -> zeroWhenMissing ? Optional.of(0L) : Optional.empty());
        List<Kpi.Point> trend = byMonth.entrySet().stream()
                .skip(Math.max(0, byMonth.size() - TREND_MONTHS))
                .map(entry -> new Kpi.Point(new Month(entry.getKey()).iso(), (double) entry.getValue()))
                .toList();
        return new Kpi(key, label, Kpi.Kind.COUNT, current.map(Long::doubleValue), current, Optional.empty(), Optional.empty(),
                Optional.ofNullable(byMonth.get(month.previous().key())).map(Long::doubleValue), trend, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** From the top of the park down to the organization; a secretary may open only those in their subtree. */
    private DataTable path(Viewer viewer, Selection selection, String orgCode)
    {
        DataTable.Builder table = DataTable.builder("path", labels.get("organization.path.title"))
                .column("organization", labels.get("organization.column.organization"), DataTable.Kind.ORGANIZATION)
                .column("allowed", labels.get("organization.column.allowed"), DataTable.Kind.BOOLEAN);
        for (OrganizationTree.Organization step : selection.tree().path(orgCode)) {
            table.row(named(selection.tree(), step.code()), guard.answersFor(viewer, step.code(), Optional.of(selection.month())));
        }
        return table.build();
    }

    private DataTable profile(Viewer viewer, Selection selection, OrganizationQueries.Profile profile)
    {
        Month month = selection.month();
        DataTable.Builder table = DataTable.builder("profile", labels.get("organization.profile.title"))
                .column("item", labels.get("organization.column.itemKey"), DataTable.Kind.TEXT)
                .column("label", labels.get("organization.column.item"), DataTable.Kind.TEXT)
                .column("value", labels.get("organization.column.value"), DataTable.Kind.TEXT)
                .column("code", labels.get("organization.column.code"), DataTable.Kind.TEXT);
        String none = labels.get("organization.value.none");
        table.row("name", labels.get("organization.item.name"), profile.name(), profile.code());
        table.row("code", labels.get("organization.item.code"), profile.code(), null);
        table.row("kind", labels.get("organization.item.kind"), profile.kind(), null);
        profile.parentCode().ifPresentOrElse(
                parent -> table.row("parent", labels.get("organization.item.parent"), selection.tree().name(parent),
                        guard.answersFor(viewer, parent, Optional.of(month)) ? parent : null),
                () -> table.row("parent", labels.get("organization.item.parent"), labels.get("organization.value.top"), null));
        table.row("unitCategory", labels.get("organization.item.unitCategory"), profile.unitCategory(), null);
        table.row("formation", labels.get("organization.item.formation"), profile.formation().orElse(none), null);
        table.row("established", labels.get("organization.item.established"), profile.establishedOn().toString(), null);
        profile.dissolvedOn().ifPresent(dissolved -> table.row("dissolved", labels.get("organization.item.dissolved"), dissolved.toString(), null));
        boolean active = !profile.establishedOn().isAfter(month.lastDay()) && profile.dissolvedOn().map(month.lastDay()::isBefore).orElse(true);
        table.row("status", labels.get("organization.item.status"),
                labels.get(active ? "organization.status.active" : "organization.status.inactive"), null);
        table.row("termStarted", labels.get("organization.item.termStarted"), profile.termStartedOn().map(LocalDate::toString).orElse(none), null);
        profile.termStartedOn().ifPresent(started -> {
            int years = COMMITTEE.equals(profile.kind()) ? 5 : 3;
            LocalDate due = started.plusYears(years);
            String text = due.isBefore(month.lastDay())
                    ? labels.get("organization.value.dueOverdue", due.toString(), years, java.time.temporal.ChronoUnit.DAYS.between(due, month.lastDay()))
                    : labels.get("organization.value.due", due.toString(), years);
            table.row("termDue", labels.get("organization.item.termDue"), text, null);
        });
        if (viewer.seesPersonalData()) {
            table.row("secretary", labels.get("organization.item.secretary"), queries.secretary(profile.code(), month).orElse(none), null);
        }
        return table.build();
    }

    /** 覆盖单位 by enterprise name, the 挂靠 mark read from the reported list. */
    private DataTable coveredUnits(OrganizationQueries.Profile profile, Month month)
    {
        DataTable.Builder table = DataTable.builder("coveredUnits", labels.get("organization.covered.title"))
                .column("unitName", labels.get("organization.column.unitName"), DataTable.Kind.TEXT)
                .column("unitCode", labels.get("organization.column.unitCode"), DataTable.Kind.TEXT)
                .column("attached", labels.get("organization.column.attached"), DataTable.Kind.BOOLEAN)
                .emptyReason(labels.get("organization.covered.empty"));
        Map<String, Boolean> units = new LinkedHashMap<>();
        for (String part : profile.coveredUnits().orElse("").split("[;；]")) {
            String unit = part.trim();
            boolean attached = unit.endsWith("（挂靠）") || unit.endsWith("(挂靠)");
            unit = unit.replace("（挂靠）", "").replace("(挂靠)", "").trim();
            if (!unit.isEmpty()) {
                units.put(unit, attached);
            }
        }
        Map<String, String> names = queries.enterpriseNames(units.keySet(), month);
        units.forEach((code, attached) -> table.row(names.getOrDefault(code, code), code, attached));
        return table.build();
    }

    private DataTable members(List<OrganizationQueries.MemberCount> own, List<OrganizationQueries.MemberCount> subtree, boolean root)
    {
        DataTable.Builder table = DataTable.builder("members", labels.get("organization.members.title"))
                .column("month", labels.get("organization.column.month"), DataTable.Kind.MONTH)
                .column("members", labels.get("organization.column.members"), DataTable.Kind.COUNT)
                .column("fullMembers", labels.get("organization.column.fullMembers"), DataTable.Kind.COUNT);
        if (root) {
            table.column("subtreeMembers", labels.get("organization.column.subtreeMembers"), DataTable.Kind.COUNT)
                    .column("subtreeFullMembers", labels.get("organization.column.subtreeFullMembers"), DataTable.Kind.COUNT);
        }
        table.emptyReason(labels.get("organization.members.empty"));
        Map<Integer, OrganizationQueries.MemberCount> ownByMonth = new TreeMap<>();
        own.forEach(point -> ownByMonth.put(point.monthKey(), point));
        Map<Integer, OrganizationQueries.MemberCount> subtreeByMonth = new TreeMap<>();
        subtree.forEach(point -> subtreeByMonth.put(point.monthKey(), point));
        TreeMap<Integer, Boolean> monthKeys = new TreeMap<>();
        ownByMonth.keySet().forEach(key -> monthKeys.put(key, true));
        subtreeByMonth.keySet().forEach(key -> monthKeys.put(key, true));
        for (int key : monthKeys.keySet()) {
            Optional<OrganizationQueries.MemberCount> mine = Optional.ofNullable(ownByMonth.get(key));
            Optional<OrganizationQueries.MemberCount> below = Optional.ofNullable(subtreeByMonth.get(key));
            String month = new Month(key).iso();
            if (root) {
                table.row(month, mine.map(OrganizationQueries.MemberCount::members).orElse(0L),
                        mine.map(OrganizationQueries.MemberCount::fullMembers).orElse(0L),
                        below.map(OrganizationQueries.MemberCount::members).orElse(null),
                        below.map(OrganizationQueries.MemberCount::fullMembers).orElse(null));
            }
            else {
                table.row(month, mine.map(OrganizationQueries.MemberCount::members).orElse(0L),
                        mine.map(OrganizationQueries.MemberCount::fullMembers).orElse(0L));
            }
        }
        return table.build();
    }

    private DataTable grades(String orgCode, Month month)
    {
        DataTable.Builder table = DataTable.builder("grades", labels.get("organization.grades.title"))
                .column("period", labels.get("organization.column.period"), DataTable.Kind.MONTH)
                .column("grade", labels.get("organization.column.grade"), DataTable.Kind.TEXT)
                .column("score", labels.get("organization.column.score"), DataTable.Kind.SCORE)
                .column("assessedOn", labels.get("organization.column.assessedOn"), DataTable.Kind.DATE)
                .emptyReason(labels.get("organization.grades.empty"));
        for (OrganizationQueries.Grade grade : queries.grades(orgCode, month)) {
            table.row(grade.period(), grade.grade(), grade.score().orElse(null), grade.assessedOn().orElse(null));
        }
        return table.build();
    }

    private DataTable compliance(String orgCode, String kind, Month month)
    {
        DataTable.Builder table = DataTable.builder("compliance", labels.get("organization.compliance.title"))
                .column("quarter", labels.get("organization.column.quarter"), DataTable.Kind.MONTH)
                .column("result", labels.get("organization.column.result"), DataTable.Kind.TEXT)
                .column("generalMeetings", labels.get("organization.column.generalMeetings"), DataTable.Kind.COUNT)
                .column("partyLectures", labels.get("organization.column.partyLectures"), DataTable.Kind.COUNT)
                .column("committee", labels.get("organization.column.committee"), DataTable.Kind.TEXT)
                .column("groups", labels.get("organization.column.groups"), DataTable.Kind.TEXT)
                .column("themeDays", labels.get("organization.column.themeDays"), DataTable.Kind.TEXT)
                .column("missed", labels.get("organization.column.missed"), DataTable.Kind.TEXT);
        if (!BRANCH_KINDS.contains(kind)) {
            return table.emptyReason(labels.get("organization.compliance.notBranch")).build();
        }
        table.emptyReason(labels.get("organization.compliance.empty"));
        for (OrganizationQueries.Compliance quarter : queries.compliance(orgCode, lastEndedQuarter(month))) {
            table.row(quarter.quarter(), labels.get(quarter.compliant() ? "organization.compliance.met" : "organization.compliance.missed"),
                    quarter.generalMeetings(), quarter.partyLectures(),
                    quarter.committeeMonthsRequired() == 0 ? labels.get("organization.compliance.notRequired")
                            : quarter.committeeMonthsHeld() + " / " + quarter.committeeMonthsRequired(),
                    quarter.groupMonthsRequired() == 0 ? labels.get("organization.compliance.notRequired")
                            : quarter.groupMonthsHeld() + " / " + quarter.groupMonthsRequired(),
                    quarter.themeDayMonthsHeld() + " / 3", missed(quarter));
        }
        return table.build();
    }

    /** Which rules the branch missed in the quarter, in plain words. */
    private String missed(OrganizationQueries.Compliance quarter)
    {
        List<String> missed = new ArrayList<>();
        if (quarter.generalMeetings() < 1) {
            missed.add(labels.get("organization.missed.generalMeeting"));
        }
        if (quarter.partyLectures() < 1) {
            missed.add(labels.get("organization.missed.partyLecture"));
        }
        if (quarter.committeeMonthsHeld() < quarter.committeeMonthsRequired()) {
            missed.add(labels.get("organization.missed.committee", quarter.committeeMonthsRequired() - quarter.committeeMonthsHeld()));
        }
        if (quarter.groupMonthsHeld() < quarter.groupMonthsRequired()) {
            missed.add(labels.get("organization.missed.group", quarter.groupMonthsRequired() - quarter.groupMonthsHeld()));
        }
        if (quarter.themeDayMonthsHeld() < 3) {
            missed.add(labels.get("organization.missed.themeDay", 3 - quarter.themeDayMonthsHeld()));
        }
        if (missed.isEmpty() && !quarter.compliant()) {
            missed.add(labels.get("organization.missed.other"));
        }
        return String.join(labels.get("organization.missed.separator"), missed);
    }

    /** 程序问题, 人数不符, 换届逾期 and 失联党员 of the organization at the month; people by person_key only. */
    private DataTable findings(String orgCode, Month month)
    {
        DataTable.Builder table = DataTable.builder("findings", labels.get("organization.findings.title"))
                .column("category", labels.get("organization.column.category"), DataTable.Kind.TEXT)
                .column("finding", labels.get("organization.column.finding"), DataTable.Kind.TEXT)
                .column("personKey", labels.get("organization.column.personKey"), DataTable.Kind.TEXT)
                .column("detail", labels.get("organization.column.detail"), DataTable.Kind.TEXT)
                .emptyReason(labels.get("organization.findings.empty"));
        queries.overdueElection(orgCode, month).ifPresent(overdue -> table.row(labels.get("organization.category.overdueElection"),
                labels.get("organization.category.overdueElection"), null,
                labels.get("organization.detail.overdueElection", overdue.termStartedOn().toString(), overdue.termYears(), overdue.dueOn().toString(),
                        overdue.daysOverdue())));
        queries.reconciliation(orgCode, month).ifPresent(mismatch -> table.row(labels.get("organization.category.reconciliation"),
                labels.get("organization.finding.reconciliation"), null,
                labels.get("organization.detail.reconciliation", mismatch.reportedMembers(), mismatch.rosterMembers(), mismatch.difference())));
        for (OrganizationQueries.ProcedureFinding finding : queries.procedureFindings(orgCode, month)) {
            String detail = finding.personKey().isPresent()
                    ? labels.get("organization.detail.personProcedure", finding.observed(), finding.threshold())
                    : labels.get("organization.detail.procedure", finding.observed(), finding.threshold());
            table.row(labels.get("organization.category.procedure"), finding.finding(), finding.personKey().map(String::valueOf).orElse(null), detail);
        }
        for (OrganizationQueries.LostContact lost : queries.lostContacts(orgCode, month)) {
            table.row(labels.get("organization.category.lostContact"), lost.reason(), String.valueOf(lost.personKey()),
                    labels.get("organization.detail.lostContact", new Month(lost.lastReportMonth()).chinese(), lost.monthsUnreported()));
        }
        return table.build();
    }

    private DataTable children(OrganizationTree.Snapshot tree, String orgCode)
    {
        DataTable.Builder table = DataTable.builder("children", labels.get("organization.children.title"))
                .column("organization", labels.get("organization.column.organization"), DataTable.Kind.ORGANIZATION)
                .column("code", labels.get("organization.column.code"), DataTable.Kind.TEXT)
                .column("kind", labels.get("organization.column.kind"), DataTable.Kind.TEXT)
                .column("unitCategory", labels.get("organization.column.unitCategory"), DataTable.Kind.TEXT)
                .column("below", labels.get("organization.column.below"), DataTable.Kind.COUNT)
                .emptyReason(labels.get("organization.children.empty"));
        for (String child : tree.children().getOrDefault(orgCode, List.of())) {
            tree.find(child).ifPresent(organization -> table.row(named(tree, child), child, organization.kind(), organization.unitCategory(),
                    tree.subtree(child).size() - 1));
        }
        return table.build();
    }

    /** The subtree's nodes for the tree chart: each with its parent inside the subtree. */
    private DataTable treeNodes(OrganizationTree.Snapshot tree, String orgCode)
    {
        DataTable.Builder table = DataTable.builder("tree", labels.get("organization.tree.title"))
                .column("code", labels.get("organization.column.code"), DataTable.Kind.TEXT)
                .column("name", labels.get("organization.column.name"), DataTable.Kind.TEXT)
                .column("kind", labels.get("organization.column.kind"), DataTable.Kind.TEXT)
                .column("parentCode", labels.get("organization.column.parentCode"), DataTable.Kind.TEXT);
        for (String code : topDown(tree, orgCode)) {
            OrganizationTree.Organization organization = tree.find(code).orElseThrow();
            table.row(code, organization.name(), organization.kind(), code.equals(orgCode) ? null : organization.parentCode().orElse(null));
        }
        return table.build();
    }

    /** The last quarter that has ended by the end of the month: {@code 2025-10} → {@code 2025Q3}, {@code 2025-09} → {@code 2025Q3}. */
    static String lastEndedQuarter(Month month)
    {
        if (month.endsQuarter()) {
            return month.quarter();
        }
        int quarter = (month.monthOfYear() - 1) / 3;
        return quarter == 0 ? (month.year() - 1) + "Q4" : month.year() + "Q" + quarter;
    }
}
